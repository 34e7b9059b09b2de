package dev.phlogd.journal;

import java.util.Optional;

/**
 * Resolves the links of one entry. Empty means the link gets no reference at all: an in-page
 * anchor ({@code #section}) or an Obsidian wikilink to a page that does not exist.
 */
@FunctionalInterface
public interface LinkResolver {
    Optional<Reference> resolve(RawLink link);

    /** The text of the Logseq block with this {@code id::} (a {@code ((uuid))} reference), if the hole has it. */
    default Optional<String> blockText(String uuid) {
        return Optional.empty();
    }

    /** The text of the page a {@code {{embed [[Page]]}}} names, if the hole has it. */
    default Optional<String> pageText(String page) {
        return Optional.empty();
    }
}
