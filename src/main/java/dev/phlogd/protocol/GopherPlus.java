package dev.phlogd.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The small part of Gopher+ that clients actually send: {@code TAB $} (the UMN client's opening
 * probe), {@code TAB !} (item attributes) and {@code TAB +} (fetch with a Gopher+ header). Replies
 * follow gophernicus, whose answers these clients are known to accept.
 */
public final class GopherPlus {
    /** What a Gopher+ request asks for. */
    public enum Query {
        /** {@code +} or {@code +view}: the item, after a {@code +-1} or {@code +-2} header. */
        FETCH,
        /** {@code !}: the item's attribute block. */
        ATTRIBUTES,
        /** {@code $}: attribute blocks for a menu. */
        MENU_ATTRIBUTES
    }

    private GopherPlus() {}

    /** The Gopher+ request in a field after the selector (or after the search string). */
    public static Optional<Query> query(String field) {
        if (field.startsWith("$")) {
            return Optional.of(Query.MENU_ATTRIBUTES);
        }
        if (field.startsWith("!")) {
            return Optional.of(Query.ATTRIBUTES);
        }
        if (field.startsWith("+")) {
            return Optional.of(Query.FETCH);
        }
        return Optional.empty();
    }

    /** Header for data that ends with a {@code .} line (menus, strict text). */
    public static final byte[] DOT_TERMINATED = ascii("+-1\r\n");

    /** Header for data that ends when the connection closes. */
    public static final byte[] UNTIL_CLOSE = ascii("+-2\r\n");

    /** The attribute block of one item, as a complete reply. */
    public static byte[] attributes(
            ItemType type,
            String display,
            String selector,
            String host,
            int port,
            String mime,
            long size,
            String admin) {
        StringBuilder out = new StringBuilder();
        out.append("+-1\r\n");
        out.append("+INFO: ")
                .append(type.code())
                .append(MenuFormat.display(display))
                .append('\t')
                .append(selector)
                .append('\t')
                .append(host)
                .append('\t')
                .append(port)
                .append("\t+\r\n");
        out.append("+ADMIN:\r\n Admin: ")
                .append(admin.isBlank() ? "phlogd" : admin)
                .append("\r\n");
        out.append("+VIEWS:\r\n ")
                .append(mime)
                .append(": <")
                .append(sizeText(size))
                .append(">\r\n");
        out.append(".\r\n");
        return ascii(out.toString());
    }

    /**
     * The answer to {@code TAB $}: like gophernicus, one {@code +INFO} block describing the menu,
     * which is what the UMN client needs before it asks for the menu itself.
     */
    public static byte[] menuAttributes(String title, String selector, String host, int port, long size) {
        return ascii("+-1\r\n+INFO: 1" + MenuFormat.display(title) + "\t" + selector + "\t" + host + "\t" + port
                + "\r\n+VIEWS:\r\n application/gopher+-menu: <" + sizeText(size) + ">\r\n.\r\n");
    }

    /** A Gopher+ error: {@code --1}, the error code line, the message, the terminator. */
    public static byte[] error(String message, String admin) {
        return ascii("--1\r\n1 " + (admin.isBlank() ? "phlogd" : admin) + "\r\n" + message + "\r\n.\r\n");
    }

    private static String sizeText(long size) {
        return size < 1024 ? size + "b" : (size + 1023) / 1024 + "k";
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[] head, byte[] body) {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
