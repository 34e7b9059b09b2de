package dev.phlogd.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * Display columns of text as a terminal shows it: East Asian wide and fullwidth characters take
 * two columns, combining marks none, an emoji (ZWJ sequences, flags, keycaps and variation
 * selectors included) takes two. Widths are counted per grapheme cluster (ICU), so a cluster is
 * never split.
 */
public final class DisplayWidth {
    private static final int ZWJ = 0x200D;
    private static final int VS15 = 0xFE0E;
    private static final int VS16 = 0xFE0F;

    private static final ThreadLocal<BreakIterator> CLUSTERS =
            ThreadLocal.withInitial(BreakIterator::getCharacterInstance);

    private DisplayWidth() {}

    /** Columns taken by {@code s} on a terminal. */
    public static int of(CharSequence s) {
        if (isSimple(s)) {
            return s.length();
        }
        String text = s.toString();
        if (text.length() == Character.charCount(text.codePointAt(0))) {
            // One code point is one cluster: no break iterator needed (an ellipsis, measured for
            // every menu line).
            return ofCluster(text, 0, text.length());
        }
        BreakIterator clusters = clusters(text);
        int width = 0;
        for (int start = clusters.first(), end = clusters.next();
                end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            width += ofCluster(text, start, end);
        }
        return width;
    }

    /**
     * The longest prefix of {@code s} that fits in {@code columns}; when {@code s} is cut, the
     * prefix ends with {@code ellipsis} (which is counted in the columns). Only the part of
     * {@code s} up to the first column past {@code columns} is looked at: a snippet cut from a
     * long window costs no more than a short one.
     */
    public static String truncate(String s, int columns, String ellipsis) {
        // No cluster is wider than two columns or shorter than one char: a string this short fits
        // without being measured (every "↳ n links" line of a menu), and so does one of simple
        // characters no longer than the width, one column each (most titles).
        int n = s.length();
        if (n <= columns / 2 || (n <= columns && isSimple(s))) {
            return s;
        }
        int budget = columns - of(ellipsis);
        int width = 0;
        int cut = 0;
        int i = 0;
        // A simple character followed by another (or by the end) is a cluster of one column.
        while (i < n && isSimple(s.charAt(i)) && (i + 1 == n || isSimple(s.charAt(i + 1)))) {
            i++;
            width++;
            if (width <= budget) {
                cut = i;
            } else if (width > columns) {
                return cut(s, cut, budget, ellipsis);
            }
        }
        if (i < n) {
            BreakIterator clusters = clusters(s);
            for (int start = i, end = clusters.following(i);
                    end != BreakIterator.DONE;
                    start = end, end = clusters.next()) {
                width += ofCluster(s, start, end);
                if (width <= budget) {
                    cut = end;
                } else if (width > columns) {
                    return cut(s, cut, budget, ellipsis);
                }
            }
        }
        return s;
    }

    private static String cut(String s, int cut, int budget, String ellipsis) {
        return budget < 0 ? "" : s.substring(0, cut).stripTrailing() + ellipsis;
    }

    /** Columns of the grapheme cluster {@code text[start, end)}. */
    public static int ofCluster(String text, int start, int end) {
        int first = text.codePointAt(start);
        if (end - start == 1 && first >= 0x20 && first < 0x7F) {
            return 1;
        }
        boolean emojiSequence = false;
        boolean textPresentation = false;
        int regionalIndicators = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp == VS16 || (cp == ZWJ && i > start)) {
                emojiSequence = true;
            } else if (cp == VS15) {
                textPresentation = true;
            } else if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
                regionalIndicators++;
            }
            i += Character.charCount(cp);
        }
        if (regionalIndicators >= 2) {
            return 2;
        }
        if (emojiSequence && UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC)) {
            return 2;
        }
        if (emojiSequence && UCharacter.hasBinaryProperty(first, UProperty.EMOJI)) {
            return 2;
        }
        return codePointWidth(first, textPresentation);
    }

    private static int codePointWidth(int cp, boolean textPresentation) {
        int type = UCharacter.getType(cp);
        if (type == UCharacter.CONTROL
                || type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
            return 2;
        }
        if (!textPresentation && UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            return 2;
        }
        return 1;
    }

    /** True when every char is printable and below U+0300, where one char is one column. */
    private static boolean isSimple(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!isSimple(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A printable character below U+0300 (where combining marks begin) but the soft hyphen, or one
     * of the dashes, quotes, bullet and ellipsis of General Punctuation (U+2010 to U+2027, common in
     * titles and snippets): one column, and no part of a larger cluster on its own.
     */
    private static boolean isSimple(char c) {
        return (c >= 0x20 && !(c >= 0x7F && c < 0xA0) && c != 0xAD && c < 0x300) || (c >= 0x2010 && c <= 0x2027);
    }

    private static BreakIterator clusters(String text) {
        BreakIterator it = CLUSTERS.get();
        it.setText(text);
        return it;
    }
}
