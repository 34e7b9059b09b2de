package dev.phlogd.menu;

import dev.phlogd.page.MenuLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-written gophermap in gophernicus' syntax, parsed. Lines without a TAB are info lines;
 * {@code TYPEdisplay TAB selector [TAB host [TAB port]]} are items (relative selectors resolved
 * against the folder, a missing host and port meaning this server); {@code #} starts a comment,
 * {@code !} gives the title, {@code -name} hides a file from the generated listing, {@code *}
 * inserts the generated listing (and {@code *NAME} a named generated block), {@code .} ends the
 * map. A line that cannot be understood is shown as an info line instead of breaking the menu.
 */
public record Gophermap(Optional<String> title, List<Element> elements, Set<String> hidden) {

    /** The generated blocks a gophermap can pull in: {@code *} for the listing, {@code *NAME} for the others. */
    public enum Generated {
        /** The folder's own entries, subfolders and files. */
        LISTING,
        /** The newest entries of the whole hole. */
        RECENT,
        /** Every tag. */
        TAGS,
        /** Every year of the archive. */
        ARCHIVE,
        /** Links to the archive, tags, search, feed and about page. */
        NAV;

        /** The block {@code *name} names ({@code *recent}), if any. */
        public static Optional<Generated> named(String name) {
            for (Generated g : values()) {
                if (g.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }
    }

    /** One piece of a gophermap: a menu line or a generated block. */
    public sealed interface Element {}

    /** A ready menu line. */
    public record Line(MenuLine item) implements Element {}

    /** A generated block (the folder's listing, recent entries...), filled in when served. */
    public record Block(Generated block) implements Element {}

    /**
     * Parses a gophermap's text (LF line ends) that lives in the folder with selector
     * {@code folderSelector} (such as {@code /} or {@code /phlog/}).
     */
    public static Gophermap parse(String text, String folderSelector) {
        Optional<String> title = Optional.empty();
        List<Element> elements = new ArrayList<>();
        java.util.Set<String> hidden = new java.util.LinkedHashSet<>();
        for (String raw : lines(text)) {
            MapLine line = MapLine.of(raw, folderSelector);
            if (line instanceof MapLine.End) {
                break;
            } else if (line instanceof MapLine.Title t && title.isEmpty()) {
                title = Optional.of(t.text());
                elements.add(new Line(MenuLine.text(t.text())));
            } else if (line instanceof MapLine.Title t) {
                elements.add(new Line(MenuLine.text("!" + t.text())));
            } else if (line instanceof MapLine.Block b) {
                elements.add(new Block(b.block()));
            } else if (line instanceof MapLine.Hide h) {
                hidden.add(h.name());
            } else if (line instanceof MapLine.Info info) {
                InfoLines.wrap(info.text()).forEach(l -> elements.add(new Line(l)));
            } else if (line instanceof MapLine.Error e) {
                elements.add(new Line(MenuLine.error(e.text())));
            } else if (line instanceof MapLine.Item item) {
                elements.add(new Line(
                        item.local()
                                ? MenuLine.local(item.kind(), item.display(), item.selector())
                                : MenuLine.remote(
                                        item.kind(),
                                        item.display(),
                                        item.host(),
                                        item.port() == null ? 70 : item.port(),
                                        item.selector())));
            } else if (line instanceof MapLine.Broken broken) {
                elements.add(new Line(MenuLine.text(broken.raw().replace('\t', ' '))));
            }
            // Comments are never shown.
        }
        return new Gophermap(title, List.copyOf(elements), Set.copyOf(hidden));
    }

    /** The lines of a map's text (LF line ends), without the empty one after a final line end. */
    static List<String> lines(String text) {
        String[] lines = text.split("\n", -1);
        int count = text.isEmpty() || text.endsWith("\n") ? lines.length - 1 : lines.length;
        return List.of(java.util.Arrays.copyOf(lines, count));
    }

    /**
     * A selector written in a gophermap, made absolute: {@code URL:} and absolute selectors are sent
     * exactly as written (a request is normalised when it is resolved, never the menu); relative
     * ones are resolved against the folder, {@code .} and {@code ..} folded without ever climbing
     * above the root.
     */
    static String resolve(String folderSelector, String selector) {
        if (selector.startsWith("URL:") || selector.startsWith("/")) {
            return selector;
        }
        String path = folderSelector + (folderSelector.endsWith("/") ? "" : "/") + selector;
        boolean trailingSlash = path.endsWith("/");
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(segment);
        }
        String joined = "/" + String.join("/", out);
        return trailingSlash && !out.isEmpty() ? joined + "/" : joined;
    }
}
