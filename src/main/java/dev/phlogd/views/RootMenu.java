package dev.phlogd.views;

import dev.phlogd.index.Entry;
import dev.phlogd.index.FolderNode;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
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

    public static Page.Menu menu(Hole hole, Site site) {
        return new Page.Menu(site.title(), lines(hole, site));
    }

    private static List<MenuLine> lines(Hole hole, Site site) {
        FolderNode root = hole.root();
        if (root.gophermap() != null) {
            return FolderMenus.fromGophermap(root, hole, site);
        }
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title(site.title()));
        if (!site.description().isBlank()) {
            items.add(MenuLine.text(site.description()));
        }
        List<Entry> recent = recent(hole, site);
        if (!recent.isEmpty()) {
            items.add(MenuLine.text(""));
            items.add(MenuLine.heading("Newest entries"));
            items.addAll(EntryLines.of(recent, hole));
        }
        items.addAll(rest(hole, site, recent));
        items.add(MenuLine.text(""));
        items.addAll(navigation());
        return items;
    }

    /**
     * What a root page shows after its entries: the root's folders, then its pages and other files
     * ({@code listed}, the entries shown already, left out), each part under its heading.
     */
    static List<MenuLine> rest(Hole hole, Site site, List<Entry> listed) {
        FolderNode root = hole.root();
        List<MenuLine> items = new ArrayList<>();
        if (!root.folders().isEmpty()) {
            items.add(MenuLine.text(""));
            items.add(MenuLine.heading("Folders"));
            for (FolderNode f : root.folders()) {
                items.add(MenuLine.local(Kind.MENU, f.name() + "/", f.selector()));
            }
        }
        List<Entry> rootEntries = new ArrayList<>(FolderMenus.entries(root, hole, Set.of()));
        rootEntries.removeAll(listed);
        List<MenuLine> files = new ArrayList<>(EntryLines.of(rootEntries, hole));
        files.addAll(FolderMenus.otherFiles(root, hole, site, Set.of()));
        if (!files.isEmpty()) {
            items.add(MenuLine.text(""));
            items.add(MenuLine.heading("Pages and files"));
            items.addAll(files);
        }
        return items;
    }

    /** The newest entries across the whole hole. */
    static List<Entry> recent(Hole hole, Site site) {
        List<Entry> all = hole.journal().entries();
        return all.subList(0, Math.min(site.recent(), all.size()));
    }

    /** Links to the generated pages: archive, tags, search, feed, about. */
    static List<MenuLine> navigation() {
        return List.of(
                MenuLine.local(Kind.MENU, "Archive by year", VirtualSelectors.ARCHIVE),
                MenuLine.local(Kind.MENU, "Tags", VirtualSelectors.TAGS),
                MenuLine.local(Kind.SEARCH, "Search this journal", VirtualSelectors.SEARCH),
                MenuLine.local(Kind.TEXT, "Atom feed", VirtualSelectors.FEED),
                MenuLine.local(Kind.TEXT, "About this hole", VirtualSelectors.ABOUT));
    }
}
