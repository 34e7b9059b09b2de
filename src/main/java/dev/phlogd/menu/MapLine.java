package dev.phlogd.menu;

import dev.phlogd.page.Kind;
import dev.phlogd.protocol.ItemType;
import java.util.Optional;

/**
 * One line of a hand-written gophermap, read as gophernicus reads it. The map's menu and
 * {@code check}'s findings both come from this one reading.
 */
public sealed interface MapLine {
    /** {@code .}: the map ends here. */
    record End() implements MapLine {}

    /** {@code # ...}: a comment, never shown. */
    record Comment(String text) implements MapLine {}

    /** {@code !Title}. */
    record Title(String text) implements MapLine {}

    /** {@code *} or {@code *NAME}: a generated block. */
    record Block(Gophermap.Generated block) implements MapLine {}

    /** {@code -name}: a file the generated listing leaves out. */
    record Hide(String name) implements MapLine {}

    /** Text shown as an info line: a line without a TAB, or an {@code i} item. */
    record Info(String text) implements MapLine {}

    /** A type-3 line. */
    record Error(String text) implements MapLine {}

    /**
     * An item as written: its selector exactly as the map has it (made absolute only when
     * relative), an empty host for this server.
     *
     * @param written the selector field before it was made absolute
     */
    record Item(ItemType type, String display, String selector, String written, String host, Integer port)
            implements MapLine {
        public Kind kind() {
            return type.kind();
        }

        public boolean local() {
            return host.isEmpty();
        }
    }

    /** A line with a TAB that is no valid item; it is shown as text, TABs as spaces. */
    record Broken(String raw, String why) implements MapLine {}

    /** Reads one line of a map in the folder {@code folderSelector}. */
    static MapLine of(String line, String folderSelector) {
        if (line.indexOf('\t') < 0) {
            if (line.equals(".")) {
                return new End();
            }
            if (line.startsWith("#")) {
                return new Comment(line.substring(1));
            }
            if (line.startsWith("!")) {
                return new Title(line.substring(1).strip());
            }
            if (line.equals("*")) {
                return new Block(Gophermap.Generated.LISTING);
            }
            Optional<Gophermap.Generated> named = line.startsWith("*")
                    ? Gophermap.Generated.named(line.substring(1).strip())
                    : Optional.empty();
            if (named.isPresent()) {
                return new Block(named.get());
            }
            if (isHideDirective(line)) {
                return new Hide(line.substring(1));
            }
            return new Info(infoText(line));
        }
        String[] f = line.split("\t", -1);
        if (f[0].isEmpty()) {
            return new Broken(line, "the line starts with a TAB, so it has no item type");
        }
        Optional<ItemType> type = ItemType.of(f[0].charAt(0));
        if (type.isEmpty()) {
            return new Broken(line, "'" + f[0].charAt(0) + "' is no item type");
        }
        String display = f[0].substring(1);
        if (type.get() == ItemType.INFO) {
            return new Info(display);
        }
        String written = f.length > 1 ? f[1] : "";
        String host = f.length > 2 ? f[2].strip() : "";
        String portText = f.length > 3 ? f[3].strip() : "";
        Integer port = null;
        if (!portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                return new Broken(line, "the port '" + portText + "' is not a number");
            }
            if (port < 1 || port > 65535) {
                return new Broken(line, "the port " + port + " is out of range");
            }
        }
        if (type.get() == ItemType.ERROR) {
            return new Error(display);
        }
        String selector =
                host.isEmpty() ? Gophermap.resolve(folderSelector, written.isEmpty() ? display : written) : written;
        return new Item(type.get(), display, selector, written, host, port);
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
}
