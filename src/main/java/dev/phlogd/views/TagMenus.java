package dev.phlogd.views;

import dev.phlogd.index.Hole;
import dev.phlogd.index.Journal;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tags: every tag with its entry count in alphabetical order, and each tag's entries, newest first. */
public final class TagMenus {
    private TagMenus() {}

    public static List<MenuItem> tags(Hole hole) {
        List<MenuItem> items = new ArrayList<>();
        items.add(MenuItem.info("Tags"));
        items.add(MenuItem.info(""));
        List<MenuItem> tags = tagItems(hole);
        if (tags.isEmpty()) {
            items.add(MenuItem.info("No entry has a tag yet."));
        }
        items.addAll(tags);
        return items;
    }

    static List<MenuItem> tagItems(Hole hole) {
        List<MenuItem> items = new ArrayList<>();
        for (Journal.Tag tag : hole.journal().tags().values()) {
            items.add(MenuItem.local(ItemType.MENU, tag.name() + " (" + tag.entries().size() + ")",
                    VirtualSelectors.tag(tag.name())));
        }
        return items;
    }

    /** One tag's entries, or empty when there is no such tag. */
    public static Optional<List<MenuItem>> tag(Hole hole, String name) {
        return hole.journal().tag(name).map(tag -> {
            List<MenuItem> items = new ArrayList<>();
            int n = tag.entries().size();
            items.add(MenuItem.info("Tagged \"" + tag.name() + "\": " + n + (n == 1 ? " entry" : " entries")));
            items.add(MenuItem.info(""));
            items.addAll(EntryLines.of(tag.entries(), hole));
            items.add(MenuItem.info(""));
            items.add(MenuItem.local(ItemType.MENU, "All tags", VirtualSelectors.TAGS));
            return items;
        });
    }
}
