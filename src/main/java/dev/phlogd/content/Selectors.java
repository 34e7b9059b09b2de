package dev.phlogd.content;

import dev.phlogd.journal.FileNames;
import dev.phlogd.journal.SourceFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The selector scheme. Folders are {@code /path/} and files {@code /path/name}, except that
 * Markdown and gemtext entries drop their extension ({@code /phlog/rain.md} is served at
 * {@code /phlog/rain}): Lagrange picks a text reply's MIME type from the selector's extension, and
 * {@code .md} or {@code .gmi} would make it restyle phlogd's plain text. When the short name is
 * taken (a folder or another file of that name), the entry keeps its full name. A dated section of
 * an entry is {@code <entry selector>/<date>}, e.g. {@code /journal/2023-09-03}.
 */
public final class Selectors {
    private static final Pattern DOUBLED_SLASHES = Pattern.compile("/{2,}");

    private Selectors() {}

    /** A folder's selector: {@code /} for the root, else {@code /a/b/}. */
    public static String folder(String relPath) {
        return relPath.isEmpty() ? "/" : "/" + relPath + "/";
    }

    /** A file's selector as it is named: {@code /a/b/name.ext}. */
    public static String file(String relPath) {
        return "/" + relPath;
    }

    /**
     * An entry's selector. {@code siblings} are the visible names in its folder (itself included),
     * which decide whether the short form is free.
     */
    public static String entry(String relPath, Collection<String> siblings) {
        return entry(relPath, Siblings.of(siblings));
    }

    /** The same, with the folder's names looked at once for all its files (a scan names thousands). */
    public static String entry(String relPath, Siblings siblings) {
        int slash = relPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : relPath.substring(0, slash + 1);
        String name = relPath.substring(slash + 1);
        if (!SourceFormat.dropsExtension(name)) {
            return "/" + relPath;
        }
        String stem = FileNames.stem(name);
        String first = siblings.firstByStem().get(stem);
        if (stem.isEmpty() || siblings.names().contains(stem) || first != null && first.compareTo(name) < 0) {
            return "/" + relPath;
        }
        return "/" + dir + stem;
    }

    /**
     * The names of one folder as the selector scheme needs them: all of them, and for each stem the
     * first (in name order) of the names that drop their extension, which alone may take the short
     * form.
     */
    public record Siblings(Set<String> names, Map<String, String> firstByStem) {
        public static Siblings of(Collection<String> names) {
            Map<String, String> first = new HashMap<>();
            for (String n : names) {
                if (SourceFormat.dropsExtension(n)) {
                    first.merge(FileNames.stem(n), n, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            return new Siblings(Set.copyOf(names), Map.copyOf(first));
        }
    }

    /**
     * What a request plainly means when it names nothing as written: without the spaces a
     * hand-written map left around its selector, without doubled slashes. Nothing else is guessed.
     */
    public static String forgiven(String selector) {
        String stripped = selector.strip();
        // Asked for on every request: the pattern is compiled once, and only run when it can match.
        return stripped.contains("//") ? DOUBLED_SLASHES.matcher(stripped).replaceAll("/") : stripped;
    }

    /** A dated section's selector. */
    public static String section(String entrySelector, String sectionId) {
        return entrySelector + "/" + sectionId;
    }
}
