package dev.phlogd.protocol;

import dev.phlogd.text.CleanText;
import dev.phlogd.text.DisplayWidth;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes menus in the wire format of RFC 1436 section 3.8: {@code type display TAB selector TAB
 * host TAB port CRLF} per item and a final {@code .CRLF}. Every line carries all four fields, info
 * lines too ({@code iText TAB TAB null.host TAB 1}), because Lagrange drops lines with fewer than
 * three TABs.
 */
public final class MenuFormat {
    /** lynx adds a 7-column type label before each display string, so 67 + 7 fills 74 columns. */
    public static final int DISPLAY_COLUMNS = 67;

    private static final String DUMMY_HOST = "null.host";
    private static final int DUMMY_PORT = 1;

    private MenuFormat() {}

    /** The whole menu, local items pointing at {@code host}:{@code port}. */
    public static byte[] format(List<MenuItem> items, String host, int port) {
        StringBuilder out = new StringBuilder(64 * items.size() + 3);
        for (MenuItem item : items) {
            appendLine(out, item, host, port);
        }
        out.append(".\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One item line, with its CRLF. */
    public static void appendLine(StringBuilder out, MenuItem item, String host, int port) {
        out.append(item.type().code()).append(display(item.display())).append('\t');
        if (item.type() == ItemType.INFO || item.type() == ItemType.ERROR) {
            out.append('\t').append(DUMMY_HOST).append('\t').append(DUMMY_PORT);
        } else {
            out.append(field(item.selector())).append('\t');
            if (item.isLocal()) {
                out.append(host).append('\t').append(port);
            } else {
                out.append(field(item.host())).append('\t').append(item.port());
            }
        }
        out.append("\r\n");
    }

    /** A display string as it goes on the wire: one line, no controls, at most 67 columns. */
    public static String display(String s) {
        return DisplayWidth.truncate(CleanText.label(s).stripTrailing(), DISPLAY_COLUMNS, "…");
    }

    private static String field(String s) {
        return CleanText.label(s);
    }
}
