package dev.phlogd.protocol;

/**
 * One line of a Gopher menu. A {@code null} host means "this server": {@link MenuFormat} fills in
 * the public host name and port, so code that builds menus never needs to know them.
 */
public record MenuItem(ItemType type, String display, String selector, String host, int port) {

    /** An item on this server. */
    public static MenuItem local(ItemType type, String display, String selector) {
        return new MenuItem(type, display, selector, null, 0);
    }

    /** An informational line (type {@code i}). */
    public static MenuItem info(String text) {
        return new MenuItem(ItemType.INFO, text, "", null, 0);
    }

    /** An error line (type {@code 3}). */
    public static MenuItem error(String text) {
        return new MenuItem(ItemType.ERROR, text, "", null, 0);
    }

    /** True when the item points at this server. */
    public boolean isLocal() {
        return host == null;
    }
}
