package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Kind;
import dev.phlogd.page.Link;
import dev.phlogd.page.MenuLine;
import java.util.ArrayList;
import java.util.List;

/**
 * How menus list an entry: {@code 2024-05-12 Title} pointing at its text, and, when the entry has
 * links, an indented {@code links} item under it pointing at its links menu. The entry line leads
 * straight to the text because that is what most readers want; the links stay one step away for
 * clients that cannot follow links inside text (lynx, Lagrange).
 */
final class EntryLines {
    /** Under the title: "YYYY-MM-DD " is eleven columns. */
    private static final String UNDER_TITLE = " ".repeat(11);

    /**
     * {@code ↳ 3 links}, indented under the title in lynx; Lagrange trims the indent, so the count
     * is what tells it from an entry there.
     */
    static String linksLabel(int links) {
        return UNDER_TITLE + "↳ " + links + (links == 1 ? " link" : " links");
    }

    private EntryLines() {}

    static List<MenuLine> of(Entry e, Hole hole) {
        List<MenuLine> items = new ArrayList<>(2);
        add(items, e, hole);
        return items;
    }

    static List<MenuLine> of(List<Entry> entries, Hole hole) {
        // Added straight to one list: a tag menu lists hundreds of entries, and a list of its own
        // for each was a quarter of what building it allocated.
        List<MenuLine> items = new ArrayList<>(entries.size() * 2);
        for (Entry e : entries) {
            add(items, e, hole);
        }
        return items;
    }

    private static void add(List<MenuLine> items, Entry e, Hole hole) {
        items.add(MenuLine.local(Kind.TEXT, display(e, hole), e.selector()));
        int links = hole.followableLinks(e);
        if (links > 0) {
            items.add(new MenuLine(
                    Kind.MENU,
                    linksLabel(links),
                    new Link.Local(VirtualSelectors.links(e.selector())),
                    MenuLine.Role.LINKS_OF_ENTRY));
        }
    }

    /** {@code 2024-05-12 Title} (the title alone when undated), marked when it is a draft shown for previewing. */
    static String display(Entry e, Hole hole) {
        return hole.published(e) ? e.listing() : e.listing() + " (draft)";
    }
}
