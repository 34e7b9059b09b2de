package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gemini root page, a gemlog in the subscription format of the Gemini companion specification
 * (what Lagrange and feed aggregators read): the title as the first heading, the description, then
 * every dated entry as {@code => URL YYYY-MM-DD Title}, newest first; then the root's folders,
 * pages and files, and the generated pages. A subscriber sees new entries appear at the top.
 */
public final class GemlogIndex {
    private GemlogIndex() {}

    public static Page.Menu page(Hole hole, Site site) {
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title(site.title()));
        if (!site.description().isBlank()) {
            items.add(MenuLine.text(site.description()));
        }
        List<Entry> entries = hole.journal().entries();
        items.add(MenuLine.text(""));
        if (entries.isEmpty()) {
            items.add(MenuLine.text("No entries yet."));
        }
        for (Entry e : entries) {
            // Only the entry line: a gemtext entry carries its own links, so no links page is offered.
            items.add(MenuLine.local(Kind.TEXT, EntryLines.display(e, hole), e.selector()));
        }
        items.addAll(RootMenu.rest(hole, site, entries));
        items.add(MenuLine.text(""));
        items.addAll(RootMenu.navigation());
        return new Page.Menu(site.title(), items);
    }
}
