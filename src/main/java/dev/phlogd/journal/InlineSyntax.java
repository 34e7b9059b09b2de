package dev.phlogd.journal;

import java.util.regex.Pattern;

/** Journal syntax found inside running text: Obsidian wikilinks and embeds, hashtags. */
public final class InlineSyntax {
    /** {@code [[Page]]}, {@code [[Page|alias]]}, {@code ![[file]]}; group 1 is "!" for embeds. */
    public static final Pattern WIKILINK = Pattern.compile("(!?)\\[\\[([^\\[\\]\\n]+?)\\]\\]");

    /**
     * {@code #tag}, {@code #nested/tag}, Logseq's {@code #[[multi word tag]]} (group 2). Not after a
     * letter, digit, slash or ampersand, so {@code C#}, URL fragments and entities are no tags.
     */
    public static final Pattern HASHTAG = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/&#\\]\\)\\[])#(?:\\[\\[([^\\[\\]\\n]+)\\]\\]|([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_/-]*[\\p{L}\\p{N}_])?))");

    /**
     * Logseq's block references and embeds: {@code ((uuid))} (group 3), {@code {{embed ((uuid))}}}
     * (group 1) and {@code {{embed [[Page]]}}} (group 2).
     */
    public static final Pattern LOGSEQ_REF =
            Pattern.compile("\\{\\{\\s*embed\\s+(?:\\(\\(([0-9a-fA-F-]{36})\\)\\)|\\[\\[([^\\[\\]\\n]+)\\]\\])\\s*}}"
                    + "|\\(\\(([0-9a-fA-F-]{36})\\)\\)");

    /** jrnl's {@code @tag}. */
    public static final Pattern AT_TAG = Pattern.compile("(?<![\\p{L}\\p{N}_.])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)");

    private InlineSyntax() {}

    /** A hashtag's name from a {@link #HASHTAG} match, or null when it has no letter (like {@code #42}). */
    public static String tagName(java.util.regex.Matcher m) {
        String name = m.group(1) != null ? m.group(1).strip() : m.group(2);
        return name.codePoints().anyMatch(Character::isLetter) ? name : null;
    }

    /** The page part of a wikilink target ({@code ../Notes/Page#Heading|alias} gives {@code ../Notes/Page}). */
    public static String wikiPage(String inner) {
        String page = inner;
        int bar = page.indexOf('|');
        if (bar >= 0) {
            page = page.substring(0, bar);
        }
        int hash = page.indexOf('#');
        if (hash >= 0) {
            page = page.substring(0, hash);
        }
        int caret = page.indexOf('^');
        if (caret >= 0) {
            page = page.substring(0, caret);
        }
        return page.strip();
    }

    /** What a wikilink shows: its alias, else the page name without folders or extension. */
    public static String wikiDisplay(String inner) {
        int bar = inner.indexOf('|');
        if (bar >= 0 && !inner.substring(bar + 1).isBlank()) {
            return inner.substring(bar + 1).strip();
        }
        String page = bar >= 0 ? inner.substring(0, bar) : inner;
        String heading = "";
        int hash = page.indexOf('#');
        if (hash >= 0) {
            // A block id (#^a4b3a2) is an anchor: the link is to the page.
            heading = page.substring(hash + 1).startsWith("^")
                    ? ""
                    : page.substring(hash + 1).strip();
            page = page.substring(0, hash);
        }
        String name = page.strip();
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.isEmpty()) {
            return heading;
        }
        return heading.isEmpty() ? name : name + " > " + heading;
    }
}
