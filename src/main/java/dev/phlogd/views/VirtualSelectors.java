package dev.phlogd.views;

/**
 * Selectors of generated pages. They all start with {@code /.}, a name that no file in the hole
 * can be served under (dot names are hidden), so they can never collide with content.
 */
public final class VirtualSelectors {
    public static final String PREFIX = "/.";
    public static final String TAGS = "/.tags/";
    public static final String ARCHIVE = "/.archive/";
    public static final String SEARCH = "/.search";
    public static final String FEED = "/.feed.xml";
    public static final String LINKS = "/.links";
    public static final String ABOUT = "/.about";

    private VirtualSelectors() {}

    /** The links menu of the entry at {@code entrySelector} ({@code /phlog/rain} gives {@code /.links/phlog/rain}). */
    public static String links(String entrySelector) {
        return LINKS + entrySelector;
    }

    public static String tag(String tag) {
        return TAGS + tag;
    }

    public static String year(int year) {
        return ARCHIVE + year;
    }
}
