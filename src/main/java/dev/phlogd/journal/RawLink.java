package dev.phlogd.journal;

/** A link as written in an entry, before it is resolved. */
public record RawLink(Kind kind, String target) {
    /** How the link was written. */
    public enum Kind {
        /** {@code [text](target)}, {@code <url>} or a bare URL. */
        LINK,
        /** {@code ![alt](target)}. */
        IMAGE,
        /** Obsidian {@code [[Page]]} or {@code [[Page|alias]]}. */
        WIKI,
        /** Obsidian {@code ![[file]]}. */
        EMBED,
        /** Logseq {@code ((uuid))} or {@code {{embed ((uuid))}}}: a block, shown in place, never a reference. */
        BLOCK
    }
}
