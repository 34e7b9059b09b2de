package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The archive: years with their entry counts, and each year's entries by month, newest first. */
public final class ArchiveMenus {
    private ArchiveMenus() {}

    public static Page.Menu years(Hole hole) {
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title("Archive by year"));
        items.add(MenuLine.text(""));
        List<MenuLine> years = yearItems(hole);
        if (years.isEmpty()) {
            items.add(MenuLine.text("No entries yet."));
        }
        items.addAll(years);
        return new Page.Menu("Archive", items);
    }

    static List<MenuLine> yearItems(Hole hole) {
        List<MenuLine> items = new ArrayList<>();
        for (Map.Entry<Integer, List<Entry>> year : hole.journal().years().entrySet()) {
            int n = year.getValue().size();
            items.add(MenuLine.local(
                    Kind.MENU,
                    year.getKey() + " (" + n + (n == 1 ? " entry)" : " entries)"),
                    VirtualSelectors.year(year.getKey())));
        }
        return items;
    }

    /** One year's entries under month headings, or empty when that year has none. */
    public static Optional<Page.Menu> year(Hole hole, int year) {
        List<Entry> entries = hole.journal().years().get(year);
        if (entries == null) {
            return Optional.empty();
        }
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title(year + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries")));
        int month = 0;
        for (Entry e : entries) {
            int m = e.info().date().date().getMonthValue();
            if (m != month) {
                month = m;
                items.add(MenuLine.text(""));
                items.add(MenuLine.heading(
                        e.info().date().date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year));
            }
            items.addAll(EntryLines.of(e, hole));
        }
        items.add(MenuLine.text(""));
        items.add(MenuLine.local(Kind.MENU, "All years", VirtualSelectors.ARCHIVE));
        return Optional.of(new Page.Menu("Archive " + year, items));
    }
}
