package dev.phlogd.journal;

import java.util.Optional;

/**
 * Resolves the links of one entry. Empty means the link gets no reference at all: an in-page
 * anchor ({@code #section}) or an Obsidian wikilink to a page that does not exist.
 */
@FunctionalInterface
public interface LinkResolver {
    Optional<Reference> resolve(RawLink link);
}
