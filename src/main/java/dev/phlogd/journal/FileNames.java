package dev.phlogd.journal;

import dev.phlogd.text.Whitespace;
import java.util.Locale;
import java.util.Optional;

/** What a file name says about an entry: a date ({@code 2024-03-10}, {@code 2024_02_29}, {@code 2023-11-02-slug}) and a title. */
public final class FileNames {
    private FileNames() {}

    /** The lower-case extension of a file name, or "" when it has none (a dot file has none). */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without its last extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The date a file name starts with. */
    public static Optional<DateParser.Leading> date(String fileName) {
        String stem = stem(fileName);
        return DateParser.parseLeading(stem).filter(l -> l.date().time() == null || !stem.contains(" "));
    }

    /** The file name made readable: no extension, no leading date, dashes and underscores as spaces. */
    public static String readableTitle(String fileName) {
        String stem = stem(fileName);
        String rest = date(fileName).map(DateParser.Leading::rest).orElse(stem);
        String words = Whitespace.collapse(rest.replaceAll("[-_]+", " "));
        if (words.isEmpty()) {
            return "";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
