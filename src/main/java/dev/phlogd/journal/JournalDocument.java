package dev.phlogd.journal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * A parsed entry file: its metadata, its body ready for rendering and, for a file of dated
 * sections (or a jrnl file), one entry per section.
 *
 * @param whole the file as one entry
 * @param sections the dated sections, empty unless the file is made of them
 * @param frontMatterError why the front matter could not be read, if it could not
 * @param blocks the text of each block with a Logseq {@code id::}, by its uuid (lower case)
 */
public record JournalDocument(
        String fileName,
        SourceFormat format,
        EntryInfo whole,
        Body body,
        List<Section> sections,
        Optional<String> frontMatterError,
        Map<String, String> blocks) {

    /** A document whose blocks carry no ids (every format but Logseq's). */
    public JournalDocument(
            String fileName,
            SourceFormat format,
            EntryInfo whole,
            Body body,
            List<Section> sections,
            Optional<String> frontMatterError) {
        this(fileName, format, whole, body, sections, frontMatterError, Map.of());
    }

    /** One dated section: its own entry and body (without its heading). */
    public record Section(EntryInfo info, Body body) {}

    /** A body to render. */
    public sealed interface Body {}

    /** Markdown blocks (top-level nodes of the parsed document). */
    public record MarkdownBody(List<Node> blocks) implements Body {}

    /** Text in a non-Markdown format. */
    public record TextBody(SourceFormat format, String text) implements Body {}

    /** The section with this id, if any. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.info().id().equals(id)).findFirst();
    }
}
