package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.FolderNode;
import dev.phlogd.index.Hole;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The root menu, unless the root has a gophermap: the hole's title and description, the newest
 * entries of the whole tree, the root's folders, its other files and entries, and links to the
 * archive, tags, search, feed and about page.
 */
public final class RootMenu {
    private RootMenu() {}

    public static List<MenuItem> menu(Hole hole, Site site) {
        FolderNode root = hole.root();
        if (root.gophermap() != null) {
            return FolderMenus.fromGophermap(root, hole, site);
        }
        List<MenuItem> items = new ArrayList<>();
        items.add(MenuItem.info(site.title()));
        if (!site.description().isBlank()) {
            items.add(MenuItem.info(site.description()));
        }
        List<Entry> recent = recent(hole, site);
        if (!recent.isEmpty()) {
            items.add(MenuItem.info(""));
            items.add(MenuItem.info("Newest entries"));
            items.addAll(EntryLines.of(recent, hole));
        }
        if (!root.folders().isEmpty()) {
            items.add(MenuItem.info(""));
            items.add(MenuItem.info("Folders"));
            for (FolderNode f : root.folders()) {
                items.add(MenuItem.local(ItemType.MENU, f.name() + "/", f.selector()));
            }
        }
        List<Entry> rootEntries = new ArrayList<>(FolderMenus.entries(root, hole, Set.of()));
        rootEntries.removeAll(recent);
        List<MenuItem> files = new ArrayList<>(EntryLines.of(rootEntries, hole));
        files.addAll(FolderMenus.otherFiles(root, hole, Set.of()));
        if (!files.isEmpty()) {
            items.add(MenuItem.info(""));
            items.add(MenuItem.info("Here"));
            items.addAll(files);
        }
        items.add(MenuItem.info(""));
        items.addAll(navigation());
        return items;
    }

    /** The newest entries across the whole hole. */
    static List<Entry> recent(Hole hole, Site site) {
        List<Entry> all = hole.journal().entries();
        return all.subList(0, Math.min(site.recent(), all.size()));
    }

    /** Links to the generated pages: archive, tags, search, feed, about. */
    static List<MenuItem> navigation() {
        return List.of(
                MenuItem.local(ItemType.MENU, "Archive by year", VirtualSelectors.ARCHIVE),
                MenuItem.local(ItemType.MENU, "Tags", VirtualSelectors.TAGS),
                MenuItem.local(ItemType.SEARCH, "Search this journal", VirtualSelectors.SEARCH),
                MenuItem.local(ItemType.TEXT, "Atom feed", VirtualSelectors.FEED),
                MenuItem.local(ItemType.TEXT, "About this hole", VirtualSelectors.ABOUT));
    }
}
