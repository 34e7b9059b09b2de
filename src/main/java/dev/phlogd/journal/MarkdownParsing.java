package dev.phlogd.journal;

import dev.phlogd.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown parser phlogd uses (CommonMark plus GFM tables, strikethrough, task lists and bare
 * URL autolinking), and the repairs it makes to what journal files really contain.
 */
final class MarkdownParsing {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListItemsExtension.create(),
            AutolinkExtension.create());

    /** Thread-safe once built, so one is shared. */
    static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private static final Set<String> MARKDOWN_INFO = Set.of("markdown", "md");

    private MarkdownParsing() {}

    static Document parse(String source, int width) {
        Document doc = (Document) PARSER.parse(source);
        unwrapProseFences(doc, width);
        return doc;
    }

    /**
     * A {@code ```markdown} fence holding lines too long to show as code is prose pasted into a
     * fence (journals migrated between tools are full of them): its content is parsed as Markdown
     * and takes the fence's place. Fences whose lines fit stay code, as Markdown examples should.
     */
    private static void unwrapProseFences(Document doc, int width) {
        List<FencedCodeBlock> fences = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock f
                    && MARKDOWN_INFO.contains(infoWord(f))
                    && hasLongLine(f.getLiteral(), width)) {
                fences.add(f);
            }
        }
        for (FencedCodeBlock fence : fences) {
            Node inner = PARSER.parse(fence.getLiteral());
            List<Node> children = new ArrayList<>();
            for (Node c = inner.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            for (Node c : children) {
                fence.insertBefore(c);
            }
            fence.unlink();
        }
    }

    private static String infoWord(FencedCodeBlock f) {
        String info = f.getInfo() == null ? "" : f.getInfo().strip();
        int space = info.indexOf(' ');
        return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    private static boolean hasLongLine(String text, int width) {
        for (String line : text.split("\n")) {
            if (DisplayWidth.of(line) > width) {
                return true;
            }
        }
        return false;
    }
}
