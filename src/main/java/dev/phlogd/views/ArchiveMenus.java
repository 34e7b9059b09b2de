package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuItem;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The archive: years with their entry counts, and each year's entries by month, newest first. */
public final class ArchiveMenus {
    private ArchiveMenus() {}

    public static List<MenuItem> years(Hole hole) {
        List<MenuItem> items = new ArrayList<>();
        items.add(MenuItem.info("Archive by year"));
        items.add(MenuItem.info(""));
        List<MenuItem> years = yearItems(hole);
        if (years.isEmpty()) {
            items.add(MenuItem.info("No entries yet."));
        }
        items.addAll(years);
        return items;
    }

    static List<MenuItem> yearItems(Hole hole) {
        List<MenuItem> items = new ArrayList<>();
        for (Map.Entry<Integer, List<Entry>> year : hole.journal().years().entrySet()) {
            int n = year.getValue().size();
            items.add(MenuItem.local(ItemType.MENU, year.getKey() + " (" + n + (n == 1 ? " entry)" : " entries)"),
                    VirtualSelectors.year(year.getKey())));
        }
        return items;
    }

    /** One year's entries under month headings, or empty when that year has none. */
    public static Optional<List<MenuItem>> year(Hole hole, String yearText) {
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<Entry> entries = hole.journal().years().get(year);
        if (entries == null) {
            return Optional.empty();
        }
        List<MenuItem> items = new ArrayList<>();
        items.add(MenuItem.info(year + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries")));
        int month = 0;
        for (Entry e : entries) {
            int m = e.info().date().date().getMonthValue();
            if (m != month) {
                month = m;
                items.add(MenuItem.info(""));
                items.add(MenuItem.info(e.info().date().date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year));
            }
            items.addAll(EntryLines.of(e, hole));
        }
        items.add(MenuItem.info(""));
        items.add(MenuItem.local(ItemType.MENU, "All years", VirtualSelectors.ARCHIVE));
        return Optional.of(items);
    }
}
