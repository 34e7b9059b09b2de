package dev.phlogd.text;

import java.util.BitSet;
import java.util.List;

/**
 * A run of inline text being assembled for wrapping: plain text (breakable where Unicode line
 * breaking allows), atomic pieces that must never be split (URLs, reference marks), glue that
 * keeps two pieces on one line, and forced line breaks.
 */
public final class TextRun {
    private final StringBuilder text = new StringBuilder();
    /** A set bit at i forbids a line break before the char at i. */
    private final BitSet glued = new BitSet();

    /** Appends breakable text; control characters are dropped and TABs expanded to the next tab stop. */
    public TextRun text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                text.append('\n');
            } else if (c == '\t') {
                int column = text.length() - (text.lastIndexOf("\n") + 1);
                text.append(" ".repeat(CleanText.TAB_STOP - column % CleanText.TAB_STOP));
            } else if (!CleanText.isControl(c)) {
                text.append(c);
            }
        }
        return this;
    }

    /** Appends text that is never broken inside (a URL, a word with its reference mark). */
    public TextRun atomic(String s) {
        int start = text.length();
        text(s);
        if (text.length() > start + 1) {
            glued.set(start + 1, text.length());
        }
        return this;
    }

    /** Keeps what comes next on the same line as what came before. */
    public TextRun glue() {
        glued.set(text.length());
        return this;
    }

    /** A forced line break. */
    public TextRun lineBreak() {
        text.append('\n');
        return this;
    }

    /** The text so far, forced breaks as LF. */
    public String text() {
        return text.toString();
    }

    /** The run's lines wrapped to {@code width} display columns (see {@link LineBreaker}). */
    public List<String> wrap(int width) {
        return LineBreaker.wrap(text.toString(), glued, width);
    }

    /** The run's lines, broken only where forced. */
    public List<String> lines() {
        return LineBreaker.wrap(text.toString(), glued, Integer.MAX_VALUE);
    }
}
