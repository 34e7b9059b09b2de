package dev.phlogd.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Greedy line filling by display columns over Unicode line-break opportunities (ICU, UAX #14).
 * Of those opportunities only two kinds are taken: after white space, and next to characters of
 * scripts written without spaces (Chinese and Japanese ideographs and kana, Thai and its
 * neighbours). So a word in a Latin script, or a URL, is never split, even at a hyphen or slash;
 * Korean, written with spaces, breaks at spaces too. A piece wider than the line sits alone on
 * its own line, uncut. Trailing white space is dropped from every line.
 */
public final class LineBreaker {
    private static final ThreadLocal<BreakIterator> LINE_BREAKS =
            ThreadLocal.withInitial(BreakIterator::getLineInstance);

    private LineBreaker() {}

    /** Wraps {@code text} (LF forces a break) to {@code width} columns; never breaks before a glued index. */
    public static List<String> wrap(String text, BitSet glued, int width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            wrapPiece(text, start, end, glued, width, lines);
            if (nl < 0 || nl == n - 1) {
                return lines;
            }
            start = nl + 1;
        }
    }

    /** Wraps plain text with no glue. */
    public static List<String> wrap(String text, int width) {
        return wrap(text, new BitSet(), width);
    }

    private static void wrapPiece(String text, int start, int end, BitSet glued, int width, List<String> lines) {
        String piece = text.substring(start, end);
        if (DisplayWidth.of(piece) <= width) {
            lines.add(piece.stripTrailing());
            return;
        }
        BreakIterator breaks = LINE_BREAKS.get();
        breaks.setText(piece);
        StringBuilder line = new StringBuilder();
        int segmentStart = 0;
        for (int b = breaks.following(0); b != BreakIterator.DONE; b = breaks.next()) {
            if (b < piece.length() && !(accept(piece, b) && !glued.get(start + b))) {
                continue;
            }
            String segment = piece.substring(segmentStart, b);
            segmentStart = b;
            // Measured as a whole: a mark after a space joins it into one visible cluster.
            if (line.length() > 0 && DisplayWidth.of((line + segment).stripTrailing()) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                segment = segment.stripLeading();
            }
            line.append(segment);
            if (DisplayWidth.of(line.toString().stripTrailing()) > width) {
                // Too wide for any line: alone on its own line, never cut.
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /**
     * True when the line holds a break opportunity this class would take (not counting trailing
     * white space): a line wider than the width must not.
     */
    public static boolean canBreak(String line) {
        String s = line.strip();
        BreakIterator breaks = LINE_BREAKS.get();
        breaks.setText(s);
        for (int b = breaks.following(0); b != BreakIterator.DONE && b < s.length(); b = breaks.next()) {
            if (accept(s, b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a break opportunity ICU offers at {@code i} is one we take (see the class comment). */
    private static boolean accept(String s, int i) {
        char before = s.charAt(i - 1);
        if (Character.isWhitespace(before)) {
            return true;
        }
        return withoutSpaces(s.codePointBefore(i)) || withoutSpaces(s.codePointAt(i));
    }

    /** Characters of scripts written without spaces between words, and wide punctuation. */
    private static boolean withoutSpaces(int cp) {
        int lb = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
        if (lb == UCharacter.LineBreak.IDEOGRAPHIC
                || lb == UCharacter.LineBreak.CONDITIONAL_JAPANESE_STARTER
                || lb == UCharacter.LineBreak.COMPLEX_CONTEXT) {
            return true;
        }
        if (lb == UCharacter.LineBreak.H2
                || lb == UCharacter.LineBreak.H3
                || lb == UCharacter.LineBreak.JL
                || lb == UCharacter.LineBreak.JV
                || lb == UCharacter.LineBreak.JT) {
            return false;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH;
    }
}
