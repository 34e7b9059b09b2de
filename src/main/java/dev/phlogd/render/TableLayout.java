package dev.phlogd.render;

import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.LineBreaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * A GFM table as aligned text columns. When the natural widths do not fit, wide columns are
 * narrowed and their cells wrapped; when even that cannot work (too many columns, words too long
 * for their column), each row is shown as "Header: value" lines instead.
 */
final class TableLayout {
    private static final String SEPARATOR = " | ";
    private static final int MIN_COLUMN = 6;

    private TableLayout() {}

    private record Row(List<String> cells, List<TableCell.Alignment> alignments, boolean header) {}

    static List<String> lines(TableBlock table, int width, References references) {
        List<Row> rows = new ArrayList<>();
        collect(table, references, rows, false);
        if (rows.isEmpty()) {
            return List.of();
        }
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int[] natural = new int[columns];
        for (Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                natural[i] = Math.max(
                        natural[i], Math.max(1, DisplayWidth.of(row.cells().get(i))));
            }
        }
        int separators = SEPARATOR.length() * (columns - 1);
        int[] widths = natural.clone();
        if (Arrays.stream(natural).sum() + separators > width) {
            int available = width - separators;
            if (available < MIN_COLUMN * columns) {
                return records(rows, width);
            }
            widths = share(natural, available);
            for (Row row : rows) {
                for (int i = 0; i < row.cells().size(); i++) {
                    if (Lines.maxWidth(LineBreaker.wrap(row.cells().get(i), widths[i])) > widths[i]) {
                        return records(rows, width);
                    }
                }
            }
        }
        return grid(rows, widths);
    }

    private static void collect(Node node, References references, List<Row> rows, boolean header) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                List<TableCell.Alignment> alignments = new ArrayList<>();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(InlineRenderer.plain(cell, references));
                        alignments.add(cell.getAlignment());
                    }
                }
                rows.add(new Row(cells, alignments, header));
            } else {
                collect(n, references, rows, n instanceof TableHead);
            }
        }
    }

    /** Narrow columns keep their width; the rest share what is left, evenly. */
    private static int[] share(int[] natural, int available) {
        int[] widths = new int[natural.length];
        Integer[] order = new Integer[natural.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(natural[a], natural[b]));
        int left = available;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            int share = left / (order.length - k);
            widths[i] = Math.min(natural[i], share);
            left -= widths[i];
        }
        return widths;
    }

    private static List<String> grid(List<Row> rows, int[] widths) {
        List<String> out = new ArrayList<>();
        for (Row row : rows) {
            List<List<String>> cellLines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < widths.length; i++) {
                String cell = i < row.cells().size() ? row.cells().get(i) : "";
                List<String> wrapped = LineBreaker.wrap(cell, widths[i]);
                cellLines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    if (i > 0) {
                        line.append(SEPARATOR);
                    }
                    String text = k < cellLines.get(i).size() ? cellLines.get(i).get(k) : "";
                    TableCell.Alignment a =
                            i < row.alignments().size() ? row.alignments().get(i) : null;
                    line.append(pad(text, widths[i], a));
                }
                out.add(line.toString().stripTrailing());
            }
            if (row.header()) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i > 0 ? "-+-" : "").append("-".repeat(widths[i]));
                }
                out.add(rule.toString());
            }
        }
        return out;
    }

    private static String pad(String text, int width, TableCell.Alignment alignment) {
        int space = Math.max(0, width - DisplayWidth.of(text));
        if (alignment == TableCell.Alignment.RIGHT) {
            return " ".repeat(space) + text;
        }
        if (alignment == TableCell.Alignment.CENTER) {
            return " ".repeat(space / 2) + text + " ".repeat(space - space / 2);
        }
        return text + " ".repeat(space);
    }

    /** Each body row as "Header: value" lines, rows apart. */
    private static List<String> records(List<Row> rows, int width) {
        List<String> headers = rows.get(0).header() ? rows.get(0).cells() : List.of();
        List<List<String>> blocks = new ArrayList<>();
        for (Row row : rows) {
            if (row.header()) {
                continue;
            }
            List<String> block = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String name = i < headers.size() && !headers.get(i).isEmpty() ? headers.get(i) + ": " : "";
                List<String> wrapped = LineBreaker.wrap(name + row.cells().get(i), width - 2);
                block.addAll(Lines.prefix(wrapped, "", "  "));
            }
            blocks.add(block);
        }
        return Lines.join(blocks, false);
    }
}
