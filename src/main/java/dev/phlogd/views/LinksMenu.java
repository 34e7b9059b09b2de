package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.Hole;
import dev.phlogd.journal.Reference;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
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

    public static Page.Menu menu(Entry entry, RenderedEntry rendered, Hole hole) {
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title(entry.info().title()));
        String date = entry.info().date().display();
        items.add(MenuLine.text(
                entry.info().tags().isEmpty()
                        ? date
                        : date + "  Tags: " + String.join(", ", entry.info().tags())));
        items.add(MenuLine.text(""));
        items.add(MenuLine.local(Kind.TEXT, "Read the entry", entry.selector()));
        items.add(MenuLine.text(""));
        if (rendered.links().isEmpty()) {
            items.add(MenuLine.text("This entry has no links."));
        } else {
            items.add(MenuLine.text("Links in this entry:"));
            for (RenderedEntry.Link link : rendered.links()) {
                items.add(item(link, hole));
            }
        }
        items.add(MenuLine.text(""));
        hole.journal()
                .older(entry)
                .ifPresent(e -> items.add(MenuLine.local(Kind.TEXT, "Older: " + e.listing(), e.selector())));
        hole.journal()
                .newer(entry)
                .ifPresent(e -> items.add(MenuLine.local(Kind.TEXT, "Newer: " + e.listing(), e.selector())));
        hole.folder(entry.file().folder())
                .ifPresent(f -> items.add(MenuLine.local(
                        Kind.MENU, "Folder: " + (f.relPath().isEmpty() ? "/" : f.relPath() + "/"), f.selector())));
        return new Page.Menu("Links: " + entry.info().title(), items);
    }

    private static MenuLine item(RenderedEntry.Link link, Hole hole) {
        String mark = link.number() > 0 ? "[" + link.number() + "] " : "";
        Reference r = link.reference();
        if (r instanceof Reference.Web web) {
            return MenuLine.web(mark + web.url(), web.url());
        }
        if (r instanceof Reference.Gopher g) {
            return MenuLine.remote(g.type(), mark + g.url(), g.host(), g.port(), g.selector());
        }
        if (r instanceof Reference.Local local) {
            Optional<Entry> target = hole.journal().entry(local.selector());
            String shown = target.map(Entry::listing).orElse(local.selector());
            // A local HTML page: the URL: form of h item, the only one Lagrange shows.
            return local.type() == Kind.HTML
                    ? MenuLine.web(mark + shown, local.url())
                    : MenuLine.local(local.type(), mark + shown, local.selector());
        }
        return MenuLine.text(mark + r.label());
    }
}
