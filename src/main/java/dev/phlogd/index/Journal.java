package dev.phlogd.index;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The journal as readers see it at one moment: every visible dated entry newest first, by year,
 * with its neighbours; undated entries (pages dated only by their file's time) by title; both by
 * tag and in search. Drafts ({@code draft: true}, {@code published: false}) and entries dated in
 * the future are left out unless drafts are shown; {@link #validUntil()} says when a future entry
 * becomes due, so that the views are rebuilt then.
 */
public final class Journal {
    /** Newest first; ties by title. */
    static final Comparator<Entry> NEWEST_FIRST = Entry::newestFirst;
    /** By title, for undated entries. */
    static final Comparator<Entry> BY_TITLE =
            Comparator.comparing(Entry::foldedTitle).thenComparing(Entry::selector);
    /** How a menu lists entries: dated ones newest first, then undated ones by title. */
    public static final Comparator<Entry> LISTING = Comparator.comparing((Entry e) -> !e.dated())
            .thenComparing((a, b) -> a.dated() ? NEWEST_FIRST.compare(a, b) : BY_TITLE.compare(a, b));

    private final List<Entry> entries;
    private final List<Entry> undated;
    private final Map<String, Entry> bySelector;
    private final Map<String, Tag> tags;
    private final TreeMap<Integer, List<Entry>> years;
    private final BackgroundSearch search;
    private final Instant validUntil;
    private final boolean showDrafts;
    /** Whether some entry is shown only because drafts are; then, when and where that was decided. */
    private final boolean previewing;

    private final Instant asOf;
    private final ZoneId zone;

    /** A tag with how it is spelled and its entries, newest first. */
    public record Tag(String name, List<Entry> entries) {}

    private Journal(
            List<Entry> entries,
            List<Entry> undated,
            Map<String, Tag> tags,
            TreeMap<Integer, List<Entry>> years,
            Instant validUntil,
            boolean showDrafts,
            boolean previewing,
            Instant asOf,
            ZoneId zone,
            BackgroundSearch previousSearch) {
        this.entries = List.copyOf(entries);
        this.undated = List.copyOf(undated);
        this.bySelector = new HashMap<>((entries.size() + undated.size()) * 2);
        for (Entry e : entries) {
            bySelector.put(e.selector(), e);
        }
        for (Entry e : undated) {
            bySelector.put(e.selector(), e);
        }
        this.tags = tags;
        this.years = years;
        List<Entry> searchable = new ArrayList<>(entries);
        searchable.addAll(undated);
        this.search = new BackgroundSearch(searchable, previousSearch);
        this.validUntil = validUntil;
        this.showDrafts = showDrafts;
        this.previewing = previewing;
        this.asOf = asOf;
        this.zone = zone;
    }

    /**
     * The views over every entry of {@code files}, as seen at {@code now}.
     *
     * @param zone the zone in which a date without time or offset is read
     */
    static Journal of(Iterable<FileNode> files, Instant now, ZoneId zone, boolean showDrafts) {
        return of(files, now, zone, showDrafts, null);
    }

    /** The views, reusing what {@code previous} knows of unchanged entries (their search words). */
    static Journal of(Iterable<FileNode> files, Instant now, ZoneId zone, boolean showDrafts, Journal previous) {
        List<Entry> visible = new ArrayList<>();
        List<Entry> undated = new ArrayList<>();
        Instant next = Instant.MAX;
        boolean previewing = false;
        Map<java.nio.file.Path, FileNode> byRealPath = canonical(files);
        for (FileNode f : byRealPath.values()) {
            for (Entry e : f.entries()) {
                Instant due = e.due(zone);
                if (e.dated() && due.isAfter(now)) {
                    next = next.isBefore(due) ? next : due;
                }
                boolean published = isPublished(e.info(), due, now);
                if (showDrafts || published) {
                    (e.dated() ? visible : undated).add(e);
                }
                previewing |= showDrafts && !published;
            }
        }
        sortNewestFirst(visible);
        undated.sort(BY_TITLE);
        Map<String, List<Entry>> byTag = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        TreeMap<Integer, List<Entry>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : visible) {
            years.computeIfAbsent(e.info().date().date().getYear(), y -> new ArrayList<>())
                    .add(e);
        }
        List<Entry> tagged = new ArrayList<>(visible);
        tagged.addAll(undated);
        for (Entry e : tagged) {
            List<String> keys = e.tagKeys();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                spelling.putIfAbsent(key, e.info().tags().get(i));
                byTag.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        byTag.keySet().stream().sorted().forEach(k -> tags.put(k, new Tag(spelling.get(k), List.copyOf(byTag.get(k)))));
        Journal journal = new Journal(
                visible,
                undated,
                tags,
                years,
                next,
                showDrafts,
                previewing,
                now,
                zone,
                previous == null ? null : previous.search);
        // A file reached through a symbolic link is the same entry: its other selectors lead to it.
        for (FileNode f : files) {
            FileNode same = f.entry() == null ? null : byRealPath.get(f.realPath());
            if (same != null && same != f) {
                Map<String, String> sameSelectors = new HashMap<>();
                same.entries().forEach(e -> sameSelectors.put(e.sectionId(), e.selector()));
                for (Entry alias : f.entries()) {
                    Optional.ofNullable(sameSelectors.get(alias.sectionId()))
                            .flatMap(journal::entry)
                            .ifPresent(e -> journal.bySelector.putIfAbsent(alias.selector(), e));
                }
            }
        }
        return journal;
    }

    /**
     * One node per real file: a file reachable under two paths (a symbolic link to a folder of the
     * hole) is indexed once, under the path that passes through no link (else the first by path).
     */
    private static Map<java.nio.file.Path, FileNode> canonical(Iterable<FileNode> files) {
        Map<java.nio.file.Path, FileNode> out = new LinkedHashMap<>();
        for (FileNode f : files) {
            if (f.entry() == null) {
                continue;
            }
            out.merge(f.realPath(), f, (a, b) -> {
                boolean directA = direct(a);
                boolean directB = direct(b);
                if (directA != directB) {
                    return directA ? a : b;
                }
                return a.relPath().compareTo(b.relPath()) <= 0 ? a : b;
            });
        }
        return out;
    }

    private static boolean direct(FileNode f) {
        return f.realPath().endsWith(java.nio.file.Path.of(f.relPath()));
    }

    /**
     * Not a draft, not unpublished, and not dated after {@code now} (a file's modification time
     * in the future, from a skewed clock, does not count: only a date the writer gave).
     */
    public static boolean isPublished(EntryInfo info, Instant now, ZoneId zone) {
        return isPublished(info, due(info, zone), now);
    }

    /**
     * Whether an entry of this snapshot is out for everyone, as opposed to shown for previewing. As
     * the snapshot saw it: an entry falling due is published once the views are rebuilt for it
     * (at {@link #validUntil()}), with its place in them. Menus ask this of every entry they list;
     * unless some entry is shown for previewing, every entry they can list is published, and
     * looking at each was a sixth of building a tag menu.
     */
    public boolean published(Entry e) {
        return !previewing || isPublished(e.info(), e.due(zone), asOf);
    }

    private static boolean isPublished(EntryInfo info, Instant due, Instant now) {
        return !info.draft() && (info.dateSource() == DateSource.MODIFIED || !due.isAfter(now));
    }

    /** Sorts as {@link #NEWEST_FIRST}; every entry's keys were worked out when it was made. */
    static void sortNewestFirst(List<Entry> entries) {
        entries.sort(NEWEST_FIRST);
    }

    /** When an entry is due: its moment if it has a time, else the start of its day. */
    private static Instant due(EntryInfo info, ZoneId zone) {
        return info.date().instant(zone);
    }

    /** How tags are compared: case-insensitively. */
    public static String tagKey(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    /** Every visible dated entry, newest first. */
    public List<Entry> entries() {
        return entries;
    }

    /** Visible undated entries, by title. */
    public List<Entry> undated() {
        return undated;
    }

    /** The visible entry (dated or not) served at {@code selector}. */
    public Optional<Entry> entry(String selector) {
        return Optional.ofNullable(bySelector.get(selector));
    }

    /** The entry after {@code e} in time (newer), if any. */
    public Optional<Entry> newer(Entry e) {
        int i = position(e);
        return i <= 0 ? Optional.empty() : Optional.of(entries.get(i - 1));
    }

    /** The entry before {@code e} in time (older), if any. */
    public Optional<Entry> older(Entry e) {
        int i = position(e);
        return i < 0 || i == entries.size() - 1 ? Optional.empty() : Optional.of(entries.get(i + 1));
    }

    /**
     * Where {@code e} is among the dated entries, or -1: found by its sort keys (a selector sorts
     * once, so the keys find exactly it), which saves a map of ten thousand boxed positions.
     */
    private int position(Entry e) {
        if (!e.dated()) {
            return -1;
        }
        int i = java.util.Collections.binarySearch(entries, e, NEWEST_FIRST);
        return i >= 0 && entries.get(i).selector().equals(e.selector()) ? i : -1;
    }

    /** Tags in alphabetical order (by their lower-case key). */
    public Map<String, Tag> tags() {
        return tags;
    }

    public Optional<Tag> tag(String name) {
        return Optional.ofNullable(tags.get(tagKey(name)));
    }

    /** Years, newest first, each with its entries newest first. */
    public TreeMap<Integer, List<Entry>> years() {
        return years;
    }

    /** The search index (built in the background: the first call may wait for it). */
    public SearchIndex search() {
        return search.get();
    }

    /** Until when these views are right: the moment the next future entry becomes due. */
    public Instant validUntil() {
        return validUntil;
    }

    /** Whether an entry file is visible as a whole (it is not a draft and not due in the future). */
    public boolean visible(EntryInfo info, Instant now, ZoneId zone) {
        return showDrafts || isPublished(info, now, zone);
    }
}
