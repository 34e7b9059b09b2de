package dev.phlogd.render;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.LinkResolver;
import dev.phlogd.text.LineBreaker;
import dev.phlogd.text.TextRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * Renders an entry as Gopher text: a header (title, date, tags), a rule, the body wrapped to the
 * width, and a "References" list for the links numbered in the text. Immutable; one instance
 * serves every thread.
 */
public final class EntryRenderer {
    private final int width;

    public EntryRenderer(int width) {
        this.width = width;
    }

    /** The whole file ({@code sectionId} empty) or one of its dated sections. */
    public RenderedEntry render(JournalDocument doc, String sectionId, LinkResolver links) {
        EntryInfo info;
        JournalDocument.Body body;
        if (sectionId.isEmpty()) {
            info = doc.whole();
            body = doc.body();
        } else {
            JournalDocument.Section section = doc.section(sectionId)
                    .orElseThrow(
                            () -> new IllegalArgumentException("no section " + sectionId + " in " + doc.fileName()));
            info = section.info();
            body = section.body();
        }
        References references = new References(links, doc.blocks());
        List<String> lines = new ArrayList<>(header(info));
        List<String> bodyLines = body(body, info, references);
        if (!bodyLines.isEmpty()) {
            lines.add("");
            lines.addAll(bodyLines);
        }
        List<String> refs = references.lines();
        if (!refs.isEmpty()) {
            lines.add("");
            lines.addAll(refs);
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.stripTrailing()).append('\n');
        }
        return new RenderedEntry(text.toString(), references.all());
    }

    private static final String TAGS = "Tags: ";

    private List<String> header(EntryInfo info) {
        List<String> lines = new ArrayList<>(new TextRun().text(info.title()).wrap(width));
        // A page dated only by its file's time has no writing date; its time would read as one.
        String date =
                info.dateSource() == DateSource.MODIFIED ? "" : info.date().display();
        String draft = info.draft() ? "(draft, not published)" : "";
        if (!date.isEmpty() || !draft.isEmpty()) {
            lines.add(date.isEmpty() ? draft : date + (draft.isEmpty() ? "" : "  " + draft));
        }
        if (!info.tags().isEmpty()) {
            // Continuation lines of a long tag list start under the first tag.
            List<String> tags = LineBreaker.wrap(String.join(", ", info.tags()), width - TAGS.length());
            lines.addAll(Lines.prefix(tags, TAGS, " ".repeat(TAGS.length())));
        }
        lines.add("=".repeat(width));
        return lines;
    }

    private List<String> body(JournalDocument.Body body, EntryInfo info, References references) {
        if (body instanceof JournalDocument.TextBody text) {
            return PlainTextRenderer.lines(text.format(), text.text(), width, references);
        }
        List<Node> blocks = new ArrayList<>(((JournalDocument.MarkdownBody) body).blocks());
        blocks.removeIf(n -> n instanceof LinkReferenceDefinition);
        if (blocks.size() == 1
                && (blocks.get(0) instanceof FencedCodeBlock || blocks.get(0) instanceof IndentedCodeBlock)) {
            // A body that is one block of hand-formatted text is that text, untouched.
            String literal = blocks.get(0) instanceof FencedCodeBlock f
                    ? f.getLiteral()
                    : ((IndentedCodeBlock) blocks.get(0)).getLiteral();
            return trimBlankEdges(BlockRenderer.verbatim(literal));
        }
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading h && sameText(h, info.title())) {
            // The header already shows the title; do not repeat it.
            blocks.remove(0);
        }
        return new BlockRenderer(references).blocks(blocks, width, false);
    }

    private static boolean sameText(Heading h, String title) {
        String text = InlineRenderer.plain(h, new References(link -> java.util.Optional.empty(), java.util.Map.of()));
        return norm(text).equals(norm(title));
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s*_`]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> trimBlankEdges(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }
}
