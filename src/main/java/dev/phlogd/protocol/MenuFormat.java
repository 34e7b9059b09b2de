package dev.phlogd.protocol;

import dev.phlogd.page.Link;
import dev.phlogd.page.MenuLine;
import dev.phlogd.text.CleanText;
import dev.phlogd.text.DisplayWidth;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes menus in the wire format of RFC 1436 section 3.8: {@code type display TAB selector TAB
 * host TAB port CRLF} per item and a final {@code .CRLF}. Every line carries all four fields, info
 * lines too ({@code iText TAB TAB null.host TAB 1}), because Lagrange drops lines with fewer than
 * three TABs. Local links get this server's host and port (spacecookie's idea: views never need to
 * know them); web links become {@code h} items with a {@code URL:} selector, the convention every
 * client knows.
 */
public final class MenuFormat {
    /** lynx adds a 7-column type label before each display string, so 67 + 7 fills 74 columns. */
    public static final int DISPLAY_COLUMNS = 67;

    private static final String DUMMY_HOST = "null.host";
    private static final String DUMMY_PORT = "1";
    /** After an info line's display string: an empty selector, then the dummy host and port. */
    private static final byte[] NOWHERE =
            ("\t\t" + DUMMY_HOST + "\t" + DUMMY_PORT + "\r\n").getBytes(StandardCharsets.UTF_8);

    private static final byte[] ELLIPSIS = "…".getBytes(StandardCharsets.UTF_8);

    private MenuFormat() {}

    /** The whole menu, local items pointing at {@code host}:{@code port}. */
    public static byte[] format(List<MenuLine> lines, String host, int port) {
        Utf8Bytes out = new Utf8Bytes(72 * lines.size() + 3);
        // What ends every local item, encoded once per menu rather than once per line.
        byte[] here = ("\t" + host + "\t" + port + "\r\n").getBytes(StandardCharsets.UTF_8);
        for (MenuLine line : lines) {
            appendLine(out, line, here);
        }
        return out.append(".\r\n").toByteArray();
    }

    /** One item line, with its CRLF; {@code here} ends a local item (TAB, host, TAB, port, CRLF). */
    private static void appendLine(Utf8Bytes out, MenuLine line, byte[] here) {
        ItemType type = ItemType.of(line.kind());
        out.append(type.code());
        if (line.asWritten()) {
            out.append(CleanText.label(line.label()).stripTrailing());
        } else {
            appendDisplay(out, line.label());
        }
        Link link = line.link();
        if (type == ItemType.INFO || type == ItemType.ERROR || link instanceof Link.None) {
            out.append(NOWHERE);
        } else if (link instanceof Link.Remote remote) {
            out.append('\t');
            appendField(out, remote.selector());
            out.append('\t');
            appendField(out, remote.host());
            out.append('\t').append(Integer.toString(remote.port())).append("\r\n");
        } else {
            String selector = link instanceof Link.Web web ? "URL:" + web.url() : ((Link.Local) link).selector();
            out.append('\t');
            appendField(out, selector);
            out.append(here);
        }
    }

    /** A display string as it goes on the wire: one line, no controls, at most 67 columns. */
    public static String display(String s) {
        return DisplayWidth.truncate(CleanText.label(s).stripTrailing(), DISPLAY_COLUMNS, "…");
    }

    /**
     * {@link #display(String)} of {@code label}, encoded. Most labels are printable ASCII (titles,
     * dates, and the long first lines jrnl entries are titled by): one column a byte, so one pass
     * over their bytes decides where they are cut. Otherwise, most have no controls and fit: their
     * bytes are checked and copied as they are, which with the JIT the server runs on (C1) takes
     * half the time of checking the string's chars.
     */
    private static void appendDisplay(Utf8Bytes out, String label) {
        byte[] utf8 = label.getBytes(StandardCharsets.UTF_8);
        if (Utf8Bytes.isPrintableAscii(utf8)) {
            int end = withoutTrailingSpaces(utf8, utf8.length);
            if (end <= DISPLAY_COLUMNS) {
                out.append(utf8, end);
            } else {
                // As DisplayWidth.truncate cuts: the columns but one, then the ellipsis.
                out.append(utf8, withoutTrailingSpaces(utf8, DISPLAY_COLUMNS - 1))
                        .append(ELLIPSIS);
            }
        } else if (!Utf8Bytes.hasControls(utf8)) {
            // Without controls the label is its own clean form.
            String shown = DisplayWidth.truncate(label.stripTrailing(), DISPLAY_COLUMNS, "…");
            out.append(shown == label ? utf8 : shown.getBytes(StandardCharsets.UTF_8));
        } else {
            out.append(display(label));
        }
    }

    private static int withoutTrailingSpaces(byte[] ascii, int end) {
        while (end > 0 && ascii[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    /** A selector or host: one line, no controls. */
    private static void appendField(Utf8Bytes out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.append(Utf8Bytes.hasControls(utf8) ? CleanText.label(s).getBytes(StandardCharsets.UTF_8) : utf8);
    }
}
