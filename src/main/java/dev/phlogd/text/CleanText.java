package dev.phlogd.text;

/**
 * Makes text safe to put on the wire: TABs expanded to spaces, every other control character
 * (C0, DEL, C1) dropped. Line feeds are kept where the caller allows them.
 */
public final class CleanText {
    /** Tab stops every this many columns, as terminals and most editors default to. */
    public static final int TAB_STOP = 8;

    private CleanText() {}

    /** One line: TAB expanded relative to the line start, controls (LF and CR too) dropped. */
    public static String line(String s) {
        if (isClean(s, false)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int column = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int spaces = TAB_STOP - (column % TAB_STOP);
                out.append(" ".repeat(spaces));
                column += spaces;
            } else if (!isControl(c)) {
                out.append(c);
                column++;
            }
        }
        return out.toString();
    }

    /** A single-line label (menu display string): TAB, CR and LF become spaces, controls go. */
    public static String label(String s) {
        if (isClean(s, false)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text of several lines: each line cleaned as {@link #line}, LFs kept. */
    public static String lines(String s) {
        if (isClean(s, true)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int start = 0;
        while (true) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                out.append(line(s.substring(start)));
                return out.toString();
            }
            out.append(line(s.substring(start, nl))).append('\n');
            start = nl + 1;
        }
    }

    /**
     * Control characters dropped, TABs and LFs kept: for source text whose TABs still mean
     * something (Markdown indentation) and are expanded later, where they are shown.
     */
    public static String withoutControls(String s) {
        if (keepsEveryChar(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || !isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 controls, DEL and C1 controls. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c < 0xA0);
    }

    /**
     * Whether {@link #withoutControls} leaves {@code s} as it is: one pass, TABs and LFs allowed (a
     * check that stopped at the first TAB was followed by a stream over every char).
     */
    private static boolean keepsEveryChar(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isClean(String s, boolean allowLf) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isControl(c) && !(allowLf && c == '\n')) {
                return false;
            }
        }
        return true;
    }
}
