package dev.phlogd.views;

import dev.phlogd.content.Selectors;
import dev.phlogd.index.Entry;
import dev.phlogd.index.FileNode;
import dev.phlogd.index.FolderNode;
import dev.phlogd.index.Hole;
import dev.phlogd.index.Journal;
import dev.phlogd.menu.FolderMenu;
import dev.phlogd.menu.Gophermap;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folder menus: the folder's journal entries newest first (a file of dated sections gives one
 * line per section), then its subfolders, then its other files; or, when the folder has a
 * gophermap, that map with its generated blocks filled in.
 */
public final class FolderMenus {
    private FolderMenus() {}

    /** The menu a folder is served as (not the root, which {@link RootMenu} builds). */
    public static Page.Menu menu(FolderNode folder, Hole hole, Site site) {
        return new Page.Menu(folder.name(), lines(folder, hole, site));
    }

    private static List<MenuLine> lines(FolderNode folder, Hole hole, Site site) {
        if (folder.gophermap() != null && !site.gemini()) {
            return fromGophermap(folder, hole, site);
        }
        List<MenuLine> items = new ArrayList<>();
        items.add(MenuLine.title(folder.relPath() + "/"));
        items.add(MenuLine.text(""));
        List<MenuLine> listing = listing(folder, hole, site, Set.of());
        if (listing.isEmpty()) {
            return FolderMenu.withContent(List.of());
        }
        items.addAll(listing);
        return items;
    }

    /** A hand-written gophermap, its {@code *} and named blocks filled in. */
    static List<MenuLine> fromGophermap(FolderNode folder, Hole hole, Site site) {
        Gophermap map = folder.gophermap();
        return FolderMenu.fromGophermap(map, block -> switch (block) {
            case LISTING -> listing(folder, hole, site, map.hidden());
            case RECENT -> EntryLines.of(RootMenu.recent(hole, site), hole);
            case TAGS -> TagMenus.tagItems(hole);
            case ARCHIVE -> ArchiveMenus.yearItems(hole);
            case NAV -> RootMenu.navigation();
        });
    }

    /** The generated listing: entries newest first, then subfolders, then other files. */
    public static List<MenuLine> listing(FolderNode folder, Hole hole, Site site, Set<String> hidden) {
        List<MenuLine> items = new ArrayList<>();
        items.addAll(EntryLines.of(entries(folder, hole, hidden), hole));
        for (FolderNode sub : folder.folders()) {
            if (!hidden.contains(sub.name())) {
                items.add(MenuLine.local(Kind.MENU, sub.name() + "/", sub.selector()));
            }
        }
        items.addAll(otherFiles(folder, hole, site, hidden));
        return items;
    }

    /** The visible entries of one folder: dated ones newest first, then undated ones by title. */
    static List<Entry> entries(FolderNode folder, Hole hole, Set<String> hidden) {
        Journal journal = hole.journal();
        List<Entry> entries = new ArrayList<>();
        for (FileNode f : folder.files()) {
            if (f.entry() == null || hidden.contains(f.name())) {
                continue;
            }
            if (f.entry().sections().isEmpty()) {
                journal.entry(f.selector()).ifPresent(entries::add);
            } else {
                for (var s : f.entry().sections()) {
                    journal.entry(Selectors.section(f.selector(), s.id())).ifPresent(entries::add);
                }
            }
        }
        entries.sort(Journal.LISTING);
        return entries;
    }

    /**
     * A file as it is. A local HTML page is offered as a gopher:// URL behind {@code URL:}, the one
     * form of {@code h} item that both lynx and Lagrange show (Lagrange drops {@code h} items with a
     * plain selector).
     */
    static MenuLine file(FileNode f, Site site) {
        return f.type() == Kind.HTML
                ? MenuLine.web(f.name(), site.url('h', f.selector()))
                : MenuLine.local(f.type(), f.name(), f.selector());
    }

    /** Files that are not single entries: whole files of dated sections, and everything else, by name. */
    static List<MenuLine> otherFiles(FolderNode folder, Hole hole, Site site, Set<String> hidden) {
        List<MenuLine> items = new ArrayList<>();
        for (FileNode f : folder.files()) {
            if (hidden.contains(f.name())) {
                continue;
            }
            if (f.entry() == null) {
                items.add(file(f, site));
            } else if (!f.entry().sections().isEmpty() && hole.visible(f.entry().whole())) {
                // The count says what the item is; a long title gives way to it, not the other way round.
                String count = " (the whole file, " + f.entry().sections().size() + " entries)";
                String title = DisplayWidth.truncate(
                        f.entry().whole().title(), MenuFormat.DISPLAY_COLUMNS - DisplayWidth.of(count), "…");
                items.add(MenuLine.local(Kind.TEXT, title + count, f.selector()));
            }
        }
        return items;
    }
}
