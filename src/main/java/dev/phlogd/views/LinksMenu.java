package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.journal.Reference;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuItem;
import dev.phlogd.render.RenderedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entry's links menu: lynx and Lagrange cannot follow a link inside a text reply, so every link
 * of an entry is also an item here, in the entry's order and with its number from the text. Web
 * links become {@code h} items, gopher:// links items on their own server, links into the hole
 * local items; the previous and next entries close the menu.
 */
public final class LinksMenu {
    private LinksMenu() {}

    public static List<MenuItem> menu(Entry entry, RenderedEntry rendered, Hole hole) {
        List<MenuItem> items = new ArrayList<>();
        items.add(MenuItem.info(entry.info().title()));
        String date = entry.info().date().display();
        items.add(MenuItem.info(entry.info().tags().isEmpty() ? date : date + "  Tags: " + String.join(", ", entry.info().tags())));
        items.add(MenuItem.info(""));
        items.add(MenuItem.local(ItemType.TEXT, "Read the entry", entry.selector()));
        items.add(MenuItem.info(""));
        if (rendered.links().isEmpty()) {
            items.add(MenuItem.info("This entry has no links."));
        } else {
            items.add(MenuItem.info("Links in this entry:"));
            for (RenderedEntry.Link link : rendered.links()) {
                items.add(item(link, hole));
            }
        }
        items.add(MenuItem.info(""));
        hole.journal().older(entry).ifPresent(e -> items.add(MenuItem.local(ItemType.TEXT, "Older: " + e.listing(), e.selector())));
        hole.journal().newer(entry).ifPresent(e -> items.add(MenuItem.local(ItemType.TEXT, "Newer: " + e.listing(), e.selector())));
        hole.folder(entry.file().folder()).ifPresent(f -> items.add(MenuItem.local(ItemType.MENU,
                "Folder: " + (f.relPath().isEmpty() ? "/" : f.relPath() + "/"), f.selector())));
        return items;
    }

    private static MenuItem item(RenderedEntry.Link link, Hole hole) {
        String mark = link.number() > 0 ? "[" + link.number() + "] " : "";
        Reference r = link.reference();
        if (r instanceof Reference.Web web) {
            return MenuItem.local(ItemType.HTML, mark + web.url(), "URL:" + web.url());
        }
        if (r instanceof Reference.Gopher g) {
            return new MenuItem(g.type(), mark + g.url(), g.selector(), g.host(), g.port());
        }
        if (r instanceof Reference.Local local) {
            Optional<Entry> target = hole.journal().entry(local.selector());
            String shown = target.map(Entry::listing).orElse(local.selector());
            return MenuItem.local(local.type(), mark + shown, local.selector());
        }
        return MenuItem.info(mark + r.label());
    }
}
