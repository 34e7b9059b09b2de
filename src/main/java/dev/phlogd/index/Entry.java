package dev.phlogd.index;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryDate;
import dev.phlogd.journal.EntryInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One journal entry as menus, tags, archives, search and the feed list it: a whole file, or one
 * dated section of a file.
 *
 * <p>An unchanged file keeps its node, and so its entries, across rescans: what every rebuild of
 * the views asks of an entry (its sort keys, its tags' keys, how menus list it)
 * is worked out once here. Each is made on first use by whichever thread asks; they are immutable
 * values, so two threads making one at once do no harm.
 */
public final class Entry {
    private final FileNode file;
    private final EntryInfo info;
    private final String selector;
    /** The day and time as {@link #newestFirst} compares them, made with the entry (a rebuild sorts thousands). */
    private final long day;

    private final long nanos;

    private String listing;
    private Due due;
    private String foldedTitle;
    private List<String> tagKeys;

    /**
     * @param selector where it is served
     */
    public Entry(FileNode file, EntryInfo info, String selector) {
        this.file = file;
        this.info = info;
        this.selector = selector;
        EntryDate d = info == null ? null : info.date();
        this.day = d == null ? 0 : d.date().toEpochDay();
        this.nanos = d == null || d.time() == null ? 0 : d.time().toNanoOfDay();
    }

    public FileNode file() {
        return file;
    }

    public EntryInfo info() {
        return info;
    }

    public String selector() {
        return selector;
    }

    /**
     * {@code 2024-05-12 Title}, how menus list it (the form phlog aggregators parse); just the
     * title when undated.
     */
    public String listing() {
        String made = listing;
        if (made == null) {
            made = dated() ? info.date().iso() + " " + info.title() : info.title();
            listing = made;
        }
        return made;
    }

    /** When it is due in {@code zone}: its moment if it has a time, else the start of its day. */
    Instant due(ZoneId zone) {
        Due made = due;
        if (made == null || made.zone() != zone) {
            made = new Due(zone, info.date().instant(zone));
            due = made;
        }
        return made.at();
    }

    /** One field, so that a thread never reads a moment worked out for another zone. */
    private record Due(ZoneId zone, Instant at) {}

    /** The section's id within its file, empty for a whole file. */
    public String sectionId() {
        return info.id();
    }

    /**
     * Whether the entry has a date of its own (front matter, file name or heading). An entry dated
     * only by its file's modification time is undated: a page such as "about" rather than news.
     */
    public boolean dated() {
        return info.dateSource() != DateSource.MODIFIED;
    }

    /** The title in lower case, as listings compare titles. */
    String foldedTitle() {
        String made = foldedTitle;
        if (made == null) {
            made = info.title().toLowerCase(Locale.ROOT);
            foldedTitle = made;
        }
        return made;
    }

    /** The keys of its tags ({@link Journal#tagKey}), in the order of {@code info().tags()}. */
    List<String> tagKeys() {
        List<String> made = tagKeys;
        if (made == null) {
            made = info.tags().stream().map(Journal::tagKey).toList();
            // Most tags are written in lower case already: then the tags are their own keys.
            made = made.equals(info.tags()) ? info.tags() : made;
            tagKeys = made;
        }
        return made;
    }

    /** Newest first, then by folded title, then by selector: {@link Journal#NEWEST_FIRST}, from the kept keys. */
    static int newestFirst(Entry a, Entry b) {
        int c = a.day != b.day ? Long.compare(b.day, a.day) : Long.compare(b.nanos, a.nanos);
        c = c != 0 ? c : a.foldedTitle().compareTo(b.foldedTitle());
        return c != 0 ? c : a.selector.compareTo(b.selector);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entry e
                && Objects.equals(file, e.file)
                && Objects.equals(info, e.info)
                && Objects.equals(selector, e.selector);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, info, selector);
    }

    @Override
    public String toString() {
        return "Entry[" + selector + "]";
    }
}
