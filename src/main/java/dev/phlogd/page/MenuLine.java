package dev.phlogd.page;

/**
 * One line of a menu: its kind, what it shows, and where it leads. A line {@code asWritten} is a
 * writer's hand-formatted text (ASCII art, a table) that is never cut to the menu width.
 */
public record MenuLine(Kind kind, String label, Link link, boolean asWritten) {

    public MenuLine(Kind kind, String label, Link link) {
        this(kind, label, link, false);
    }

    /** A text line laid out by hand, shown whole however wide. */
    public static MenuLine asWritten(String text) {
        return new MenuLine(Kind.INFO, text, Link.NONE, true);
    }

    /** A text line. */
    public static MenuLine text(String text) {
        return new MenuLine(Kind.INFO, text, Link.NONE);
    }

    /** An error line. */
    public static MenuLine error(String text) {
        return new MenuLine(Kind.ERROR, text, Link.NONE);
    }

    /** A line leading to a selector of this hole. */
    public static MenuLine local(Kind kind, String label, String selector) {
        return new MenuLine(kind, label, new Link.Local(selector));
    }

    /** A line leading to a selector on another server. */
    public static MenuLine remote(Kind kind, String label, String host, int port, String selector) {
        return new MenuLine(kind, label, new Link.Remote(host, port, selector));
    }

    /** A line leading out of Gopherspace. */
    public static MenuLine web(String label, String url) {
        return new MenuLine(Kind.HTML, label, new Link.Web(url));
    }
}
