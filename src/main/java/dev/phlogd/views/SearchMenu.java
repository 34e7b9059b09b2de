package dev.phlogd.views;

import dev.phlogd.index.Hole;
import dev.phlogd.index.SearchIndex;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import java.util.ArrayList;
import java.util.List;

/** The reply to a search (type 7): one item per hit, newest-and-best first, each with a snippet. */
public final class SearchMenu {
    /** Enough for any reader; a query matching more says how many there were. */
    static final int MAX_HITS = 100;

    private static final String SNIPPET_INDENT = "  ";
    private static final int SNIPPET_COLUMNS = 64;

    private SearchMenu() {}

    public static Page.Menu results(Hole hole, String query) {
        return new Page.Menu("Search", lines(hole, query));
    }

    private static List<MenuLine> lines(Hole hole, String query) {
        String q = query.strip();
        List<MenuLine> items = new ArrayList<>();
        if (q.isEmpty() || SearchIndex.terms(q).isEmpty()) {
            items.add(MenuLine.text("Type one or more words to search titles, tags and entries."));
            items.add(MenuLine.local(Kind.SEARCH, "Search again", VirtualSelectors.SEARCH));
            return items;
        }
        SearchIndex.Results results = hole.journal().search().search(q, MAX_HITS);
        List<SearchIndex.Hit> hits = results.best();
        int total = results.total();
        if (hits.isEmpty()) {
            items.add(MenuLine.text("Nothing found for \"" + q + "\"."));
            items.add(MenuLine.local(Kind.SEARCH, "Search again", VirtualSelectors.SEARCH));
            return items;
        }
        items.add(MenuLine.text(total + (total == 1 ? " entry matches" : " entries match") + " \"" + q + "\""
                + (total > MAX_HITS ? "; the first " + MAX_HITS + " are shown" : "")));
        items.add(MenuLine.text(""));
        List<String> terms = SearchIndex.terms(q);
        for (SearchIndex.Hit hit : hits) {
            items.add(MenuLine.local(
                    Kind.TEXT,
                    EntryLines.display(hit.entry(), hole),
                    hit.entry().selector()));
            // Indented by two: Lagrange shows an info line with three spaces in a row as code.
            items.add(MenuLine.text(
                    SNIPPET_INDENT + SearchSnippet.of(hit.entry().info().text(), terms, SNIPPET_COLUMNS)));
        }
        items.add(MenuLine.text(""));
        items.add(MenuLine.local(Kind.SEARCH, "Search again", VirtualSelectors.SEARCH));
        return items;
    }
}
