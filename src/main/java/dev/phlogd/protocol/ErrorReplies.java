package dev.phlogd.protocol;

import java.util.List;

/**
 * Type-3 error replies: a one-line menu naming what went wrong (and the selector, escaped), so
 * that every client shows a readable message instead of hanging or a stack trace.
 */
public final class ErrorReplies {
    private ErrorReplies() {}

    public static List<MenuItem> notFound(String selector) {
        return List.of(MenuItem.error("Not found: " + quote(selector)));
    }

    public static List<MenuItem> of(String message) {
        return List.of(MenuItem.error(message));
    }

    /** A selector as it can be shown in one line: controls escaped, long ones shortened. */
    public static String quote(String selector) {
        String shown = selector.isEmpty() ? "/" : selector;
        StringBuilder out = new StringBuilder(shown.length());
        int i = 0;
        for (; i < shown.length() && out.length() < 200; i++) {
            char c = shown.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return i < shown.length() ? out + "…" : out.toString();
    }
}
