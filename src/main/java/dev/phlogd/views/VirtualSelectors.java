package dev.phlogd.views;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Selectors of generated pages, built and parsed in this one place. They all start with {@code /.},
 * a name that no file in the hole can be served under (dot names are hidden), so they can never
 * collide with content.
 */
public final class VirtualSelectors {
    public static final String PREFIX = "/.";
    public static final String TAGS = "/.tags/";
    public static final String ARCHIVE = "/.archive/";
    public static final String SEARCH = "/.search";
    public static final String FEED = "/.feed.xml";
    public static final String LINKS = "/.links";
    public static final String ABOUT = "/.about";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A generated page a selector names. */
    public sealed interface Virtual {}

    /** Every tag. */
    public record Tags() implements Virtual {}

    /** One tag's entries. */
    public record Tag(String name) implements Virtual {}

    /** Every year. */
    public record Archive() implements Virtual {}

    /** One year's entries. */
    public record Year(int year) implements Virtual {}

    /** The search (type 7). */
    public record Search() implements Virtual {}

    /** The Atom feed. */
    public record Feed() implements Virtual {}

    /** The about page. */
    public record About() implements Virtual {}

    /** The links menu of the entry at {@code entrySelector}. */
    public record Links(String entrySelector) implements Virtual {}

    private VirtualSelectors() {}

    /** True for selectors in the generated namespace. */
    public static boolean isVirtual(String path) {
        return path.startsWith(PREFIX);
    }

    /** True for selectors that take a search string (type 7), with or without their leading slash. */
    public static boolean isSearch(String selector) {
        return selector.equals(SEARCH) || selector.equals(SEARCH.substring(1));
    }

    /**
     * The generated page {@code path} names ({@code /.tags}, {@code /.tags/}, {@code /.tags/rain},
     * {@code /.archive/2024}, {@code /.links/phlog/rain}...), or empty when it names none.
     */
    public static Optional<Virtual> parse(String path) {
        String p = path.length() > 2 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Optional<String> tag = under(p, TAGS);
        if (tag.isPresent()) {
            return Optional.of(tag.get().isEmpty() ? new Tags() : new Tag(tag.get()));
        }
        Optional<String> year = under(p, ARCHIVE);
        if (year.isPresent()) {
            if (year.get().isEmpty()) {
                return Optional.of(new Archive());
            }
            return YEAR.matcher(year.get()).matches()
                    ? Optional.of(new Year(Integer.parseInt(year.get())))
                    : Optional.empty();
        }
        if (p.equals(SEARCH)) {
            return Optional.of(new Search());
        }
        if (p.equals(FEED)) {
            return Optional.of(new Feed());
        }
        if (p.equals(ABOUT)) {
            return Optional.of(new About());
        }
        if (p.startsWith(LINKS + "/")) {
            return Optional.of(new Links(p.substring(LINKS.length())));
        }
        return Optional.empty();
    }

    /**
     * What follows a folder-like prefix such as {@code /.tags/}: "" for the folder itself (with or
     * without its slash), the rest after the slash, or empty when {@code path} is not under it.
     */
    private static Optional<String> under(String path, String folderPrefix) {
        String bare = folderPrefix.substring(0, folderPrefix.length() - 1);
        if (path.equals(bare)) {
            return Optional.of("");
        }
        return path.startsWith(folderPrefix) ? Optional.of(path.substring(folderPrefix.length())) : Optional.empty();
    }

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
