package dev.phlogd.text;

/**
 * Runs of whitespace made one space, as {@code s.replaceAll("\\s+", " ").strip()} would, without
 * a regular expression: titles, tags and block text go through it for every file indexed, and a
 * {@code replaceAll} compiles its pattern on each call.
 */
public final class Whitespace {
    private Whitespace() {}

    /** Each run of ASCII whitespace (the regex {@code \s}) made one space, then {@link String#strip}. */
    public static String collapse(String s) {
        if (!needsCollapsing(s)) {
            return s.strip();
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().strip();
    }

    /** Whether some whitespace is other than a single space between two other chars. */
    private static boolean needsCollapsing(String s) {
        boolean previousSpace = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || previousSpace)) {
                return true;
            }
            previousSpace = space;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
