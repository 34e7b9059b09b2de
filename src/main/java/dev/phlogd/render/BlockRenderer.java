package dev.phlogd.render;

import dev.phlogd.text.CleanText;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.TextRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Lays out Markdown blocks as lines of at most the given width. Containers render their children
 * at a smaller width and prefix them: {@code > } for quotes, the marker and a hanging indent for
 * list items. Where a prefix would leave less than {@link #MIN_WIDTH} columns, it is left out
 * rather than let lines grow past the width.
 */
final class BlockRenderer {
    static final int MIN_WIDTH = 20;
    static final String CODE_INDENT = "    ";
    private static final Pattern CALLOUT = Pattern.compile("^\\[!([A-Za-z][\\w-]*)\\][+-]?\\s*(.*)$", Pattern.DOTALL);

    private final References references;

    BlockRenderer(References references) {
        this.references = references;
    }

    /** Blocks separated by blank lines (none when {@code tight}). */
    List<String> blocks(List<Node> nodes, int width, boolean tight) {
        List<List<String>> rendered = new ArrayList<>();
        for (Node n : nodes) {
            rendered.add(block(n, width));
        }
        return Lines.join(rendered, tight);
    }

    static List<Node> children(Node parent) {
        List<Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
        }
        return out;
    }

    List<String> block(Node n, int width) {
        if (n instanceof Paragraph p) {
            return paragraph(children(p), sourceLineLengths(p), width);
        }
        if (n instanceof Heading h) {
            return heading(h, width);
        }
        if (n instanceof BlockQuote q) {
            return quote(q, width);
        }
        if (n instanceof ListBlock list) {
            return list(list, width);
        }
        if (n instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (n instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        }
        if (n instanceof ThematicBreak) {
            return List.of("-".repeat(width));
        }
        if (n instanceof HtmlBlock html) {
            return HtmlText.lines(html.getLiteral(), width);
        }
        if (n instanceof TableBlock table) {
            return TableLayout.lines(table, width, references);
        }
        if (n instanceof LinkReferenceDefinition) {
            return List.of();
        }
        return blocks(children(n), width, false);
    }

    /**
     * A paragraph is reflowed to the width, unless its lines were broken on purpose. When every
     * line already fits (verse, text wrapped by hand) the lines stay as written. When they do not,
     * prose hard-wrapped by an editor (judged by the lengths of the source lines, before link
     * syntax is removed) is reflowed, and anything else (one thought per line, as Obsidian and
     * Logseq write) has each line wrapped on its own.
     *
     * @param sourceLengths the source lines' lengths, or null when unknown
     */
    List<String> paragraph(List<Node> inline, List<Integer> sourceLengths, int width) {
        TextRun asWritten = InlineRenderer.render(inline, references, true);
        List<String> lines = asWritten.lines();
        if (lines.size() > 1) {
            if (Lines.allFit(lines, width)) {
                return lines;
            }
            boolean prose = sourceLengths != null && sourceLengths.size() == lines.size()
                    ? Lines.looksHardWrapped(sourceLengths)
                    : Lines.looksHardWrapped(
                            lines.stream().map(DisplayWidth::of).toList());
            if (!prose) {
                return asWritten.wrap(width);
            }
        }
        return InlineRenderer.render(inline, references, false).wrap(width);
    }

    private static List<Integer> sourceLineLengths(Paragraph p) {
        List<Integer> lengths = new ArrayList<>();
        for (SourceSpan span : p.getSourceSpans()) {
            lengths.add(span.getLength());
        }
        return lengths.isEmpty() ? null : lengths;
    }

    /** Every level underlined, each with its own mark: '=', '-', '~', then '.' for levels 4 to 6. */
    private List<String> heading(Heading h, int width) {
        TextRun run = InlineRenderer.render(h, references, false);
        List<String> lines = run.wrap(width);
        if (lines.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        String mark = UNDERLINES
                .substring(Math.min(h.getLevel(), UNDERLINES.length()) - 1)
                .substring(0, 1);
        List<String> out = new ArrayList<>(lines);
        out.add(mark.repeat(Math.min(width, Math.max(1, Lines.maxWidth(lines)))));
        return out;
    }

    private static final String UNDERLINES = "=-~...";

    private List<String> quote(BlockQuote q, int width) {
        if (width - 2 < MIN_WIDTH) {
            return blocks(children(q), width, false);
        }
        List<String> inner = callout(q, width - 2);
        if (inner == null) {
            inner = blocks(children(q), width - 2, false);
        }
        return Lines.prefix(inner, "> ", "> ");
    }

    /**
     * An Obsidian callout ({@code > [!note] Title}) as a labelled quote: "Note: Title" on the first
     * line, the body below. Null when the quote is not a callout.
     */
    private List<String> callout(BlockQuote q, int width) {
        if (!(q.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) {
            return null;
        }
        Matcher m = CALLOUT.matcher(text.getLiteral());
        if (!m.matches()) {
            return null;
        }
        List<Node> titleNodes = new ArrayList<>();
        List<Node> bodyNodes = new ArrayList<>();
        boolean inBody = false;
        for (Node n : children(first)) {
            if (!inBody && (n instanceof SoftLineBreak || n instanceof HardLineBreak)) {
                inBody = true;
                continue;
            }
            (inBody ? bodyNodes : titleNodes).add(n);
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String label = type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
        // The title is the first line after the [!type] mark: render it without the mark.
        Text mark = new Text(m.group(2));
        List<Node> title = new ArrayList<>(titleNodes);
        title.set(0, mark);
        String titleText = String.join(
                        " ", InlineRenderer.render(title, references, false).lines())
                .strip();
        List<List<String>> parts = new ArrayList<>();
        parts.add(new TextRun()
                .text(titleText.isEmpty() ? label : label + ": " + titleText)
                .wrap(width));
        if (!bodyNodes.isEmpty()) {
            parts.add(paragraph(bodyNodes, null, width));
        }
        List<String> head = Lines.join(parts, true);
        List<Node> rest = children(q);
        rest.remove(0);
        List<String> body = blocks(rest, width, false);
        return Lines.join(List.of(head, body), false);
    }

    private List<String> list(ListBlock list, int width) {
        List<ListItem> items = new ArrayList<>();
        for (Node n : children(list)) {
            if (n instanceof ListItem item) {
                items.add(item);
            }
        }
        boolean ordered = list instanceof OrderedList;
        int start = 1;
        String delimiter = ".";
        String bullet = "-";
        if (list instanceof OrderedList o) {
            start = o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            delimiter = o.getMarkerDelimiter() != null ? o.getMarkerDelimiter() : ".";
        } else if (list instanceof BulletList b && b.getMarker() != null) {
            bullet = b.getMarker();
        }
        int numberWidth = String.valueOf(start + Math.max(0, items.size() - 1)).length();
        List<List<String>> rendered = new ArrayList<>();
        int number = start;
        for (ListItem item : items) {
            List<Node> content = children(item);
            String task = "";
            if (!content.isEmpty() && content.get(0) instanceof TaskListItemMarker marker) {
                task = marker.isChecked() ? "[x] " : "[ ] ";
                content.remove(0);
            }
            String marker;
            if (ordered) {
                String n = String.valueOf(number++);
                marker = " ".repeat(numberWidth - n.length()) + n + delimiter + " ";
            } else {
                if (content.isEmpty() && task.isEmpty()) {
                    // An empty bullet (Logseq leaves them) shows nothing.
                    continue;
                }
                marker = bullet + " ";
            }
            marker += task;
            rendered.add(item(marker, content, width, list.isTight()));
        }
        return Lines.join(rendered, list.isTight());
    }

    private List<String> item(String marker, List<Node> content, int width, boolean tight) {
        int indent = DisplayWidth.of(marker);
        if (width - indent < MIN_WIDTH) {
            List<String> out = new ArrayList<>();
            out.add(marker.stripTrailing());
            out.addAll(blocks(content, width, tight));
            return out;
        }
        List<String> body = blocks(content, width - indent, tight);
        if (body.isEmpty()) {
            return List.of(marker.stripTrailing());
        }
        return Lines.prefix(body, marker, " ".repeat(indent));
    }

    /** Code is never reflowed: its lines as written (TABs expanded), indented by a few spaces. */
    static List<String> code(String literal) {
        List<String> out = new ArrayList<>();
        for (String line : verbatim(literal)) {
            out.add(line.isEmpty() ? "" : CODE_INDENT + line);
        }
        return out;
    }

    /** A code block's lines exactly as written, TABs expanded and control characters dropped. */
    static List<String> verbatim(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(CleanText.line(line).stripTrailing());
        }
        return out;
    }
}
