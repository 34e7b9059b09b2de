package dev.phlogd.protocol;

import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import java.util.List;

/**
 * Type-3 error replies: a one-line menu naming what went wrong (and the selector, escaped), so
 * that every client shows a readable message instead of hanging or a stack trace.
 */
public final class ErrorReplies {
    private ErrorReplies() {}

    /** The answer for a selector that names nothing a reader may see. */
    public static Page.NotFound notFound(String selector) {
        return new Page.NotFound("Not found: " + quote(selector));
    }

    /** A one-line error menu. */
    public static List<MenuLine> of(String message) {
        return List.of(MenuLine.error(message));
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
