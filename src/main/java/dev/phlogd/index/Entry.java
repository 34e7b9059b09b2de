package dev.phlogd.index;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryInfo;

/**
 * One journal entry as menus, tags, archives, search and the feed list it: a whole file, or one
 * dated section of a file.
 *
 * @param selector where it is served
 * @param listing {@code 2024-05-12 Title}, how menus list it (the form phlog aggregators parse);
 *     just the title when undated. Worked out once: a menu lists hundreds of entries.
 */
public record Entry(FileNode file, EntryInfo info, String selector, String listing) {
    public Entry(FileNode file, EntryInfo info, String selector) {
        this(file, info, selector, dated(info) ? info.date().iso() + " " + info.title() : info.title());
    }

    /** The section's id within its file, empty for a whole file. */
    public String sectionId() {
        return info.id();
    }

    /**
     * Whether the entry has a date of its own (front matter, file name or heading). An entry dated
     * only by its file's modification time is undated: a page such as "about" rather than news.
     */
    public boolean dated() {
        return dated(info);
    }

    private static boolean dated(EntryInfo info) {
        return info.dateSource() != DateSource.MODIFIED;
    }
}
