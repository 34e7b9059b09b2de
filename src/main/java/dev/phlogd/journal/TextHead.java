package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a text (LF line ends), each with where it starts, taken apart only as far as
 * they are asked for: front matter's closing fence is usually a few lines down, and what follows
 * it is cut out of the text as it is rather than split into lines and joined again.
 */
final class TextHead {
    private final String text;
    private final int max;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    /** Where the line after the last one taken apart starts, or -1 when the text ends there. */
    private int rest;

    /** Lines of {@code text}, at most {@code max} of them. */
    TextHead(String text, int max) {
        this.text = text;
        this.max = max;
    }

    /** Whether the text has a line {@code i} among its first {@code max}. */
    boolean has(int i) {
        while (lines.size() <= i && lines.size() < max && rest >= 0) {
            int nl = text.indexOf('\n', rest);
            starts.add(rest);
            lines.add(nl < 0 ? text.substring(rest) : text.substring(rest, nl));
            rest = nl < 0 ? -1 : nl + 1;
        }
        return i < lines.size();
    }

    /** Line {@code i}, without its LF; {@link #has} it first. */
    String line(int i) {
        return lines.get(i);
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) joined by LF, as the text has them. */
    String lines(int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = start(from);
        int end = start(to);
        return start < 0 ? "" : text.substring(start, end < 0 ? text.length() : end - 1);
    }

    /** The text from line {@code i} on; empty when the text has no line {@code i}. */
    String from(int i) {
        int start = start(i);
        return start < 0 ? "" : text.substring(start);
    }

    /** Where line {@code i} starts (taking lines apart up to it, or past {@code max}), or -1. */
    private int start(int i) {
        if (has(i)) {
            return starts.get(i);
        }
        // Past the lines taken apart: line i starts where the rest does if it is the next one.
        return i == lines.size() ? rest : lineStartPast(i);
    }

    private int lineStartPast(int i) {
        int at = rest;
        for (int n = lines.size(); at >= 0 && n < i; n++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? -1 : nl + 1;
        }
        return at;
    }
}
