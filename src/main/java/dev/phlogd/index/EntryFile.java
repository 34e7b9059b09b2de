package dev.phlogd.index;

import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.SourceFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the index keeps of a parsed entry file: its metadata as one entry and, for a file of dated
 * sections, one per section, and the text of its Logseq blocks that have ids. The body is not kept;
 * it is read again when the entry is rendered.
 */
public record EntryFile(
        SourceFormat format,
        EntryInfo whole,
        List<EntryInfo> sections,
        Optional<String> frontMatterError,
        Map<String, String> blocks) {
    public EntryFile {
        sections = List.copyOf(sections);
        blocks = Map.copyOf(blocks);
    }

    static EntryFile of(JournalDocument doc) {
        return new EntryFile(
                doc.format(),
                doc.whole(),
                doc.sections().stream().map(JournalDocument.Section::info).toList(),
                doc.frontMatterError(),
                doc.blocks());
    }
}
