package dev.phlogd.render;

import dev.phlogd.journal.Reference;
import java.util.List;

/**
 * An entry as text (LF line ends, no control characters, no trailing blanks) and its references
 * in the order they appear, for the entry's links menu.
 */
public record RenderedEntry(String text, List<Reference> references) {
    public RenderedEntry {
        references = List.copyOf(references);
    }
}
