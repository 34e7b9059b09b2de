package dev.phlogd.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Writes a text reply (type 0). Lines end with CRLF. By default there is no RFC 1436 terminator
 * line, because lynx and vf1 show that dot to the reader and the connection close already marks
 * the end; strict mode adds it and doubles leading dots (RFC 1436 section 3.9) for old clients.
 */
public final class TextFormat {
    private TextFormat() {}

    /** {@code text} (LF line ends) as wire bytes. */
    public static byte[] format(String text, boolean strict) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 30 + 8);
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (strict && end > start && text.charAt(start) == '.') {
                out.append('.');
            }
            out.append(text, start, end).append("\r\n");
            start = end + 1;
        }
        if (strict) {
            out.append(".\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
