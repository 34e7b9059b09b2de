package dev.phlogd.routing;

import dev.phlogd.content.Selectors;
import dev.phlogd.index.Entry;
import dev.phlogd.index.FileNode;
import dev.phlogd.index.FolderNode;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Hole;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.page.Page;
import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.WebLinkPage;
import dev.phlogd.render.EntryPipeline;
import dev.phlogd.render.RenderedEntry;
import dev.phlogd.views.AboutPage;
import dev.phlogd.views.ArchiveMenus;
import dev.phlogd.views.AtomFeed;
import dev.phlogd.views.CapsFile;
import dev.phlogd.views.FolderMenus;
import dev.phlogd.views.GemlogIndex;
import dev.phlogd.views.LinksMenu;
import dev.phlogd.views.RootMenu;
import dev.phlogd.views.SearchMenu;
import dev.phlogd.views.Site;
import dev.phlogd.views.TagMenus;
import dev.phlogd.views.VirtualSelectors;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a selector to a page, for any protocol: the special selectors ({@code URL:},
 * {@code /caps.txt}), the generated pages under {@code /.}, and the content folder from the index
 * (folders as menus, entries rendered, other files as they are). Entries are read and rendered
 * only when a page is built, so a cached page costs no disk access. A resolver for Gemini
 * ({@link Site#gemini()}) renders entries as gemtext, serves a folder's {@code index.gmi} as its
 * page, makes the root a gemlog index and leaves gophermaps to Gopher.
 */
public final class PageResolver {
    private static final Logger log = LoggerFactory.getLogger(PageResolver.class);

    /** A folder's hand-written Gemini page, served instead of the generated one. */
    static final String GEMINI_INDEX = "index.gmi";

    private final Site site;
    private final Freshness freshness;
    private final EntryPipeline pipeline;

    public PageResolver(Site site, Freshness freshness, EntryPipeline pipeline) {
        this.site = site;
        this.freshness = freshness;
        this.pipeline = pipeline;
    }

    /** What {@code selector} names in {@code hole}; {@code query} is the search string, if any. */
    Resolution resolve(String requested, String query, Hole hole) {
        // "/URL:https://..." is a common slip in hand-written maps; it can only mean the web link.
        String selector = requested.startsWith("/URL:") ? requested.substring(1) : requested;
        if (selector.startsWith("URL:")) {
            return Resolution.uncached(WebLinkPage.target(selector)
                    .<Page>map(Page.Redirect::new)
                    .orElseGet(
                            () -> new Page.NotFound("Not a link phlogd can follow: " + ErrorReplies.quote(selector))));
        }
        String path = selector.startsWith("/") ? selector : "/" + selector;
        if (VirtualSelectors.isVirtual(path)) {
            return VirtualSelectors.parse(path)
                    .map(v -> generated(v, path, query, hole))
                    .orElseGet(() -> Resolution.uncached(ErrorReplies.notFound(path)));
        }
        Optional<Hole.Resource> found = hole.resolve(selector);
        String forgiven = Selectors.forgiven(selector);
        if (found.isEmpty() && !forgiven.equals(selector)) {
            found = hole.resolve(forgiven);
        }
        if (found.isEmpty()) {
            return Resolution.uncached(
                    path.equals("/caps.txt")
                            ? CapsFile.page(site.description(), site.admin())
                            : ErrorReplies.notFound(selector));
        }
        Hole.Resource resource = found.get();
        if (resource instanceof Hole.FolderResource f) {
            if (site.gemini() && !selector.endsWith("/")) {
                // Relative links in an index.gmi are resolved against the folder's URL with its slash.
                return Resolution.uncached(new Page.Redirect(f.folder().selector()));
            }
            return folder(f.folder(), hole);
        }
        if (resource instanceof Hole.EntryResource e) {
            return entry(selector, e, hole);
        }
        return file(((Hole.FileResource) resource).file(), hole);
    }

    private Resolution folder(FolderNode folder, Hole hole) {
        freshness.fresh(folder);
        if (site.gemini()) {
            Optional<FileNode> index = folder.files().stream()
                    .filter(f -> f.name().equals(GEMINI_INDEX))
                    .findFirst();
            if (index.isPresent()) {
                return file(index.get(), hole);
            }
        }
        boolean root = folder.relPath().isEmpty();
        // A generated folder menu shows the folder and when its future entries fall due; the root
        // menu and gophermaps with generated blocks (Gopher's only) show the whole journal.
        Object version = root || folder.gophermap() != null && !site.gemini()
                ? List.of(folder, hole.journal())
                : List.of(folder, hole.journal().validUntil());
        return Resolution.menu(folder.selector(), version, () -> {
            if (!root) {
                return FolderMenus.menu(folder, hole, site);
            }
            return site.gemini() ? GemlogIndex.page(hole, site) : RootMenu.menu(hole, site);
        });
    }

    /** A file as it is, checked against the disk now. */
    private Resolution file(FileNode file, Hole hole) {
        freshness.fresh(file);
        return Resolution.uncached(new Page.File(file.realPath(), hole.realRoot(), file.type(), file.name()));
    }

    private Resolution entry(String selector, Hole.EntryResource target, Hole hole) {
        FileNode file = target.file();
        String title = target.info().title();
        java.util.function.Supplier<Page> page = () -> (site.gemini()
                        ? gemtext(file, target.sectionId(), hole)
                        : render(file, target.sectionId(), hole).map(RenderedEntry::text))
                .<Page>map(text -> new Page.Entry(title, text))
                .orElseGet(() -> ErrorReplies.notFound(selector));
        if (!freshness.fresh(file)) {
            // Changed on disk since it was indexed: render what is there now, without keeping it.
            return Resolution.uncached(page);
        }
        Object version = List.of(file, hole.structure(), hole.journal().validUntil());
        return Resolution.text(file.selector() + "\t" + target.sectionId(), version, page);
    }

    private Resolution generated(VirtualSelectors.Virtual page, String path, String query, Hole hole) {
        String key = page.toString();
        if (page instanceof VirtualSelectors.Tags) {
            return Resolution.menu(key, hole.journal(), () -> TagMenus.tags(hole));
        }
        if (page instanceof VirtualSelectors.Tag tag) {
            return hole.journal().tag(tag.name()).isEmpty()
                    ? Resolution.uncached(ErrorReplies.notFound(path))
                    : Resolution.menu(
                            key,
                            hole.journal(),
                            () -> TagMenus.tag(hole, tag.name()).orElseThrow());
        }
        if (page instanceof VirtualSelectors.Archive) {
            return Resolution.menu(key, hole.journal(), () -> ArchiveMenus.years(hole));
        }
        if (page instanceof VirtualSelectors.Year year) {
            return hole.journal().years().containsKey(year.year())
                    ? Resolution.menu(
                            key,
                            hole.journal(),
                            () -> ArchiveMenus.year(hole, year.year()).orElseThrow())
                    : Resolution.uncached(ErrorReplies.notFound(path));
        }
        if (page instanceof VirtualSelectors.Search) {
            return Resolution.uncached(SearchMenu.results(hole, query));
        }
        if (page instanceof VirtualSelectors.Feed) {
            return Resolution.text(key, hole.journal(), () -> AtomFeed.page(hole, site));
        }
        if (page instanceof VirtualSelectors.About) {
            return Resolution.text(key, hole.journal(), () -> AboutPage.page(hole, site));
        }
        return links(((VirtualSelectors.Links) page).entrySelector(), hole);
    }

    private Resolution links(String entrySelector, Hole hole) {
        String selector = VirtualSelectors.links(entrySelector);
        Optional<Entry> entry = hole.journal().entry(entrySelector);
        if (entry.isEmpty()) {
            return Resolution.uncached(ErrorReplies.notFound(selector));
        }
        Entry e = entry.get();
        Object version = List.of(e.file(), hole.structure(), hole.journal());
        return Resolution.menu(
                selector,
                version,
                () -> render(e.file(), e.sectionId(), hole)
                        .<Page>map(r -> LinksMenu.menu(e, r, hole))
                        .orElseGet(() -> ErrorReplies.notFound(selector)));
    }

    /** Reads, parses and renders an entry now; empty when the file (or the section) is gone. */
    private Optional<RenderedEntry> render(FileNode file, String sectionId, Hole hole) {
        return read(file).flatMap(doc -> pipeline.render(doc, sectionId, links(file, hole)));
    }

    /** The same, as gemtext. */
    private Optional<String> gemtext(FileNode file, String sectionId, Hole hole) {
        return read(file).flatMap(doc -> pipeline.gemtext(doc, sectionId, links(file, hole)));
    }

    private HoleLinks links(FileNode file, Hole hole) {
        return hole.links(site.host(), site.port(), file.folder());
    }

    private Optional<JournalDocument> read(FileNode file) {
        try {
            return Optional.of(pipeline.read(file.realPath(), file.name()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("cannot read {}: {}", file.relPath(), e.toString());
            return Optional.empty();
        }
    }
}
