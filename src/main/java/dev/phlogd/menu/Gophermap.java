package dev.phlogd.menu;

import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.protocol.ItemType;
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
        String[] lines = text.split("\n", -1);
        int count = text.isEmpty() || text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (line.indexOf('\t') < 0) {
                if (line.equals(".")) {
                    break;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("!") && title.isEmpty()) {
                    title = Optional.of(line.substring(1).strip());
                    elements.add(new Line(MenuLine.text(line.substring(1).strip())));
                    continue;
                }
                if (line.equals("*")) {
                    elements.add(new Block(Generated.LISTING));
                    continue;
                }
                Optional<Generated> named =
                        line.startsWith("*") ? Generated.named(line.substring(1).strip()) : Optional.empty();
                if (named.isPresent()) {
                    elements.add(new Block(named.get()));
                    continue;
                }
                if (isHideDirective(line)) {
                    hidden.add(line.substring(1));
                    continue;
                }
                elements.add(new Line(MenuLine.text(infoText(line))));
                continue;
            }
            elements.add(new Line(item(line, folderSelector)));
        }
        return new Gophermap(title, List.copyOf(elements), Set.copyOf(hidden));
    }

    /**
     * A line without a TAB is shown as it is, except the common way of writing an info line by
     * hand: {@code iThis is my corner} (an {@code i} before a capital, a digit or a sign) loses its
     * {@code i}, and a lone {@code i} is a blank line. A line of prose that starts with a small
     * letter ({@code in the morning}) is left alone.
     */
    static String infoText(String line) {
        if (line.equals("i")) {
            return "";
        }
        if (line.length() > 1 && line.charAt(0) == 'i') {
            int next = line.codePointAt(1);
            if (Character.isUpperCase(next)
                    || Character.isDigit(next)
                    || !Character.isLetter(next) && !Character.isWhitespace(next)) {
                return line.substring(1);
            }
        }
        return line;
    }

    /** {@code -name}: one word, not a row of dashes drawn as a separator. */
    private static boolean isHideDirective(String line) {
        if (line.length() < 2 || line.charAt(0) != '-') {
            return false;
        }
        String name = line.substring(1);
        return name.chars().noneMatch(Character::isWhitespace) && name.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static MenuLine item(String line, String folderSelector) {
        String[] f = line.split("\t", -1);
        if (f[0].isEmpty()) {
            return broken(line);
        }
        Optional<Kind> type = ItemType.of(f[0].charAt(0)).map(ItemType::kind);
        if (type.isEmpty()) {
            return broken(line);
        }
        String display = f[0].substring(1);
        if (type.get() == Kind.INFO) {
            return MenuLine.text(display);
        }
        String selector = f.length > 1 ? f[1] : "";
        String host = f.length > 2 ? f[2].strip() : "";
        String portText = f.length > 3 ? f[3].strip() : "";
        Integer port = null;
        if (!portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                return broken(line);
            }
            if (port < 1 || port > 65535) {
                return broken(line);
            }
        }
        if (type.get() == Kind.ERROR) {
            return MenuLine.error(display);
        }
        if (host.isEmpty()) {
            if (selector.isEmpty()) {
                selector = display;
            }
            return MenuLine.local(type.get(), display, resolve(folderSelector, selector));
        }
        return MenuLine.remote(type.get(), display, host, port == null ? 70 : port, selector);
    }

    private static MenuLine broken(String line) {
        return MenuLine.text(line.replace('\t', ' '));
    }

    /**
     * A selector written in a gophermap, made absolute: {@code URL:} and absolute selectors stay,
     * relative ones are resolved against the folder; {@code .} and {@code ..} are folded without
     * ever climbing above the root.
     */
    static String resolve(String folderSelector, String selector) {
        if (selector.startsWith("URL:")) {
            return selector;
        }
        String path = selector.startsWith("/")
                ? selector
                : folderSelector + (folderSelector.endsWith("/") ? "" : "/") + selector;
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
