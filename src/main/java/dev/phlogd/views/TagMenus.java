package dev.phlogd.views;

import dev.phlogd.index.Hole;
import dev.phlogd.index.Journal;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tags: every tag with its entry count in alphabetical order, and each tag's entries, newest first. */
public final class TagMenus {
    private TagMenus() {}

    public static Page.Menu tags(Hole hole) {
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title("Tags"));
        items.add(MenuLine.text(""));
        List<MenuLine> tags = tagItems(hole);
        if (tags.isEmpty()) {
            items.add(MenuLine.text("No entry has a tag yet."));
        }
        items.addAll(tags);
        return new Page.Menu("Tags", items);
    }

    static List<MenuLine> tagItems(Hole hole) {
        List<MenuLine> items = new ArrayList<>();
        for (Journal.Tag tag : hole.journal().tags().values()) {
            items.add(MenuLine.local(
                    Kind.MENU, tag.name() + " (" + tag.entries().size() + ")", VirtualSelectors.tag(tag.name())));
        }
        return items;
    }

    /** One tag's entries, or empty when there is no such tag. */
    public static Optional<Page.Menu> tag(Hole hole, String name) {
        return hole.journal().tag(name).map(tag -> {
            List<MenuLine> items = new ArrayList<>();
            int n = tag.entries().size();
            items.add(MenuLine.title("Tagged \"" + tag.name() + "\": " + n + (n == 1 ? " entry" : " entries")));
            items.add(MenuLine.text(""));
            items.addAll(EntryLines.of(tag.entries(), hole));
            items.add(MenuLine.text(""));
            items.add(MenuLine.local(Kind.MENU, "All tags", VirtualSelectors.TAGS));
            return new Page.Menu("Tag " + name, items);
        });
    }
}
