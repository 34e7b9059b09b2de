package dev.phlogd.render;

import dev.phlogd.journal.Reference;
import java.util.List;

/**
 * An entry as text (LF line ends, no control characters, no trailing blanks) and its links in
 * the order they appear, for the entry's links menu.
 */
public record RenderedEntry(String text, List<Link> links) {
    public RenderedEntry {
        links = List.copyOf(links);
    }

    /** One of the entry's links: where it leads, and its number in the text (0 for a bare URL). */
    public record Link(Reference reference, int number) {}
}
