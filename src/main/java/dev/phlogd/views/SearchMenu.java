package dev.phlogd.views;

import dev.phlogd.index.Hole;
import dev.phlogd.index.SearchIndex;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuItem;
import java.util.ArrayList;
import java.util.List;

/** The reply to a search (type 7): one item per hit, newest-and-best first, each with a snippet. */
public final class SearchMenu {
    /** Enough for any reader; a query matching more says how many there were. */
    static final int MAX_HITS = 100;
    private static final int SNIPPET_COLUMNS = 64;

    private SearchMenu() {}

    public static List<MenuItem> results(Hole hole, String query) {
        String q = query.strip();
        List<MenuItem> items = new ArrayList<>();
        if (q.isEmpty() || SearchIndex.terms(q).isEmpty()) {
            items.add(MenuItem.info("Type one or more words to search titles, tags and entries."));
            items.add(MenuItem.local(ItemType.SEARCH, "Search again", VirtualSelectors.SEARCH));
            return items;
        }
        List<SearchIndex.Hit> hits = hole.journal().search().search(q);
        if (hits.isEmpty()) {
            items.add(MenuItem.info("Nothing found for \"" + q + "\"."));
            items.add(MenuItem.local(ItemType.SEARCH, "Search again", VirtualSelectors.SEARCH));
            return items;
        }
        items.add(MenuItem.info(hits.size() + (hits.size() == 1 ? " entry matches" : " entries match") + " \"" + q + "\""
                + (hits.size() > MAX_HITS ? "; the first " + MAX_HITS + " are shown" : "")));
        items.add(MenuItem.info(""));
        for (SearchIndex.Hit hit : hits.subList(0, Math.min(MAX_HITS, hits.size()))) {
            items.add(MenuItem.local(ItemType.TEXT, EntryLines.display(hit.entry(), hole), hit.entry().selector()));
            items.add(MenuItem.info("    " + SearchIndex.snippet(hit.entry().info().text(), q, SNIPPET_COLUMNS)));
        }
        items.add(MenuItem.info(""));
        items.add(MenuItem.local(ItemType.SEARCH, "Search again", VirtualSelectors.SEARCH));
        return items;
    }
}
