package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a text (LF line ends), each with where it starts, so that what comes after
 * them is cut out of the text as it is rather than split into lines and joined again.
 */
final class TextHead {
    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    /** Where the line after the last one taken apart starts, or -1 when the text ends there. */
    private final int rest;

    /** At most {@code max} lines of {@code text}; fewer when it has fewer. */
    TextHead(String text, int max) {
        this.text = text;
        int at = 0;
        while (at >= 0 && lines.size() < max) {
            int nl = text.indexOf('\n', at);
            starts.add(at);
            lines.add(nl < 0 ? text.substring(at) : text.substring(at, nl));
            at = nl < 0 ? -1 : nl + 1;
        }
        this.rest = at;
    }

    /** How many lines were taken apart. */
    int size() {
        return lines.size();
    }

    /** Line {@code i}, without its LF. */
    String line(int i) {
        return lines.get(i);
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive, at most {@link #size()}) joined by LF, as the text has them. */
    String lines(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts.get(from), start(to) < 0 ? text.length() : start(to) - 1);
    }

    /** The text from line {@code i} (at most {@link #size()}) on; empty when the text has no line {@code i}. */
    String from(int i) {
        return start(i) < 0 ? "" : text.substring(start(i));
    }

    private int start(int i) {
        return i < lines.size() ? starts.get(i) : rest;
    }
}
