package dev.phlogd.page;

/**
 * One line of a menu: its kind, what it shows, where it leads, and what {@link Role} it plays on
 * the page. Gopher shows every role as a plain menu line; a richer format (gemtext) shows titles
 * and headings as such and leaves out what only helps clients that cannot follow links in text.
 */
public record MenuLine(Kind kind, String label, Link link, Role role) {

    /** What a line is to the page, beyond its kind. */
    public enum Role {
        /** An ordinary line. */
        PLAIN,
        /** A writer's hand-formatted text (ASCII art, a table), never cut to the menu width. */
        AS_WRITTEN,
        /** The page's title, its first line. */
        TITLE,
        /** The heading of a part of the page ("Folders", "Newest entries"). */
        HEADING,
        /** The way to an entry's links menu, for clients that cannot follow links inside text. */
        LINKS_OF_ENTRY
    }

    public MenuLine(Kind kind, String label, Link link) {
        this(kind, label, link, Role.PLAIN);
    }

    /** Whether the line is laid out by hand and shown whole however wide. */
    public boolean asWritten() {
        return role == Role.AS_WRITTEN;
    }

    /** A text line laid out by hand, shown whole however wide. */
    public static MenuLine asWritten(String text) {
        return new MenuLine(Kind.INFO, text, Link.NONE, Role.AS_WRITTEN);
    }

    /** A text line. */
    public static MenuLine text(String text) {
        return new MenuLine(Kind.INFO, text, Link.NONE);
    }

    /** The page's title, as a text line. */
    public static MenuLine title(String text) {
        return new MenuLine(Kind.INFO, text, Link.NONE, Role.TITLE);
    }

    /** The heading of a part of the page, as a text line. */
    public static MenuLine heading(String text) {
        return new MenuLine(Kind.INFO, text, Link.NONE, Role.HEADING);
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
