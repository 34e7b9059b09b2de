package dev.phlogd.routing;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.feed.AtomFeed;
import dev.phlogd.index.Entry;
import dev.phlogd.index.FileNode;
import dev.phlogd.index.FolderNode;
import dev.phlogd.index.Hole;
import dev.phlogd.index.Indexer;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.protocol.MenuItem;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.protocol.TextFormat;
import dev.phlogd.render.EntryRenderer;
import dev.phlogd.render.RenderedEntry;
import dev.phlogd.views.AboutPage;
import dev.phlogd.views.ArchiveMenus;
import dev.phlogd.views.FolderMenus;
import dev.phlogd.views.LinksMenu;
import dev.phlogd.views.RootMenu;
import dev.phlogd.views.SearchMenu;
import dev.phlogd.views.Site;
import dev.phlogd.views.TagMenus;
import dev.phlogd.views.VirtualSelectors;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers requests: turns a {@link Request} into a {@link Reply}. Knows the special selectors
 * ({@code URL:}, {@code /caps.txt}), HTTP and Gopher+ requests, the generated pages under
 * {@code /.}, and serves the content folder from the index: folders as menus, entries rendered as
 * text, other files byte for byte. Menus and entries come from the reply cache when their inputs
 * are unchanged; only a cache miss reads and renders a file.
 */
public final class Router {
    private static final Logger log = LoggerFactory.getLogger(Router.class);
    /** How often one file or folder is checked against the disk while it is being served. */
    static final Duration VERIFY_INTERVAL = Duration.ofSeconds(1);

    private final ServerConfig config;
    private final Site site;
    private final Indexer indexer;
    private final ReplyCache cache;
    private final EntryRenderer renderer;
    private final JournalParser parser;

    public Router(ServerConfig config, String host, int port, Indexer indexer) {
        this.config = config;
        this.site = new Site(config.title(), config.description(), host, port, config.recentEntries(), config.admin());
        this.indexer = indexer;
        this.cache = new ReplyCache((long) config.cacheMb() << 20);
        this.renderer = new EntryRenderer(config.width());
        this.parser = new JournalParser(config.width(), config.timezone());
    }

    public Reply route(Request request) {
        if (request instanceof Request.Http http) {
            return new Reply.Data(Outcome.HTTP, HttpNotice.reply(http.method(), site.host(), site.port()));
        }
        if (request instanceof Request.Invalid invalid) {
            return error(invalid.reason());
        }
        Request.Gopher gopher = (Request.Gopher) request;
        // A search selector's first field is the query, whatever it starts with; only a field
        // after it can be Gopher+. Elsewhere the first field is Gopher+ or ignored.
        boolean search = isSearch(gopher.selector());
        int plusField = search ? 1 : 0;
        Optional<GopherPlus.Kind> plus = gopher.fields().size() > plusField
                ? GopherPlus.kind(gopher.fields().get(plusField))
                : Optional.empty();
        String query = search && !gopher.fields().isEmpty() ? gopher.fields().get(0) : "";
        Target target = resolve(gopher.selector(), query, indexer.hole());
        if (plus.isEmpty()) {
            return target.reply(config.strictRfc1436(), site.host(), site.port());
        }
        return gopherPlus(plus.get(), gopher.selector(), target);
    }

    /** True for selectors that take a search string (type 7). */
    static boolean isSearch(String selector) {
        return selector.equals(VirtualSelectors.SEARCH) || selector.equals(VirtualSelectors.SEARCH.substring(1));
    }

    /** What a selector names. */
    Target resolve(String selector, String query, Hole hole) {
        if (selector.startsWith("URL:")) {
            return WebLinkPage.target(selector)
                    .<Target>map(url -> new Target.Page(Outcome.REDIRECT, WebLinkPage.page(url)))
                    .orElseGet(() -> new Target.Missing("Not a link phlogd can follow: " + ErrorReplies.quote(selector)));
        }
        String path = selector.startsWith("/") ? selector : "/" + selector;
        if (path.startsWith(VirtualSelectors.PREFIX)) {
            return generated(path, query, hole);
        }
        Optional<Hole.Target> found = hole.resolve(selector);
        if (found.isEmpty()) {
            if (path.equals("/caps.txt")) {
                return text("caps.txt", CapsFile.text(config.description(), config.admin()));
            }
            return notFound(selector);
        }
        Hole.Target t = found.get();
        if (t instanceof Hole.FolderTarget f) {
            return folder(f.folder(), hole);
        }
        if (t instanceof Hole.EntryTarget e) {
            return entry(selector, e, hole);
        }
        FileNode file = ((Hole.FileTarget) t).file();
        indexer.fresh(file, VERIFY_INTERVAL);
        return new Target.File(file.realPath(), hole.realRoot(), file.type(), file.name());
    }

    private Target folder(FolderNode folder, Hole hole) {
        indexer.fresh(folder, VERIFY_INTERVAL);
        boolean root = folder.relPath().isEmpty();
        String title = root ? site.title() : folder.name();
        // A generated folder menu shows the folder and when its future entries fall due; the root
        // menu and gophermaps with generated blocks show the whole journal.
        Object version = root || folder.gophermap() != null
                ? List.of(folder, hole.journal())
                : List.of(folder, hole.journal().validUntil());
        byte[] bytes = cache.get(folder.selector(), version,
                () -> menu(root ? RootMenu.menu(hole, site) : FolderMenus.menu(folder, hole, site)));
        return new Target.Menu(title, bytes);
    }

    private Target entry(String selector, Hole.EntryTarget target, Hole hole) {
        FileNode file = target.file();
        Object version = List.of(file, hole.structure(), hole.journal().validUntil());
        Optional<byte[]> bytes;
        if (indexer.fresh(file, VERIFY_INTERVAL)) {
            byte[] cached = cache.get(target.file().selector() + "\t" + target.sectionId(), version,
                    () -> render(file, target.sectionId(), hole).map(r -> TextFormat.format(r.text(), config.strictRfc1436()))
                            .orElse(null));
            bytes = Optional.ofNullable(cached);
        } else {
            // Changed on disk since it was indexed: render what is there now, without caching it.
            bytes = render(file, target.sectionId(), hole).map(r -> TextFormat.format(r.text(), config.strictRfc1436()));
        }
        return bytes.<Target>map(b -> new Target.Text(target.info().title(), b)).orElseGet(() -> notFound(selector));
    }

    /** Reads, parses and renders an entry now; empty when the file (or the section) is gone. */
    private Optional<RenderedEntry> render(FileNode file, String sectionId, Hole hole) {
        try {
            byte[] bytes = Files.readAllBytes(file.realPath());
            JournalDocument doc = parser.parse(file.name(), bytes, Files.getLastModifiedTime(file.realPath()).toInstant());
            if (!sectionId.isEmpty() && doc.section(sectionId).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(renderer.render(doc, sectionId, hole.links(site.host(), site.port(), file.folder())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("cannot read {}: {}", file.relPath(), e.toString());
            return Optional.empty();
        }
    }

    private Target generated(String path, String query, Hole hole) {
        String p = path.length() > 2 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String tags = VirtualSelectors.TAGS.substring(0, VirtualSelectors.TAGS.length() - 1);
        String archive = VirtualSelectors.ARCHIVE.substring(0, VirtualSelectors.ARCHIVE.length() - 1);
        if (p.equals(tags)) {
            return cachedMenu("Tags", p, hole, () -> TagMenus.tags(hole));
        }
        if (p.startsWith(tags + "/")) {
            String name = p.substring(tags.length() + 1);
            return hole.journal().tag(name).isEmpty() ? notFound(path)
                    : cachedMenu("Tag " + name, p, hole, () -> TagMenus.tag(hole, name).orElseThrow());
        }
        if (p.equals(archive)) {
            return cachedMenu("Archive", p, hole, () -> ArchiveMenus.years(hole));
        }
        if (p.startsWith(archive + "/")) {
            String year = p.substring(archive.length() + 1);
            return year.matches("\\d{4}") && hole.journal().years().containsKey(Integer.parseInt(year))
                    ? cachedMenu("Archive " + year, p, hole, () -> ArchiveMenus.year(hole, year).orElseThrow())
                    : notFound(path);
        }
        if (p.equals(VirtualSelectors.SEARCH)) {
            return new Target.Menu("Search", menu(SearchMenu.results(hole, query)));
        }
        if (p.equals(VirtualSelectors.FEED)) {
            return new Target.Text("Atom feed", cache.get(p, hole.journal(), () -> AtomFeed.xml(hole, site)));
        }
        if (p.equals(VirtualSelectors.ABOUT)) {
            return new Target.Text("About", cache.get(p, hole.journal(),
                    () -> TextFormat.format(AboutPage.text(hole, site), config.strictRfc1436())));
        }
        if (p.startsWith(VirtualSelectors.LINKS + "/")) {
            return links(p.substring(VirtualSelectors.LINKS.length()), hole);
        }
        return notFound(path);
    }

    private Target links(String entrySelector, Hole hole) {
        Optional<Entry> entry = hole.journal().entry(entrySelector);
        if (entry.isEmpty()) {
            return notFound(VirtualSelectors.links(entrySelector));
        }
        Entry e = entry.get();
        Object version = List.of(e.file(), hole.structure(), hole.journal());
        byte[] bytes = cache.get(VirtualSelectors.links(entrySelector), version, () -> render(e.file(), e.sectionId(), hole)
                .map(r -> menu(LinksMenu.menu(e, r, hole))).orElse(null));
        return bytes == null ? notFound(VirtualSelectors.links(entrySelector)) : new Target.Menu("Links: " + e.info().title(), bytes);
    }

    private Target cachedMenu(String title, String key, Hole hole, java.util.function.Supplier<List<MenuItem>> items) {
        return new Target.Menu(title, cache.get(key, hole.journal(), () -> menu(items.get())));
    }

    private byte[] menu(List<MenuItem> items) {
        return MenuFormat.format(items, site.host(), site.port());
    }

    private Target text(String display, String text) {
        return new Target.Text(display, TextFormat.format(text, config.strictRfc1436()));
    }

    private static Target notFound(String selector) {
        return new Target.Missing("Not found: " + ErrorReplies.quote(selector));
    }

    private Reply gopherPlus(GopherPlus.Kind kind, String selector, Target target) {
        String admin = config.admin();
        if (target instanceof Target.Missing missing) {
            return new Reply.Data(Outcome.ERROR, GopherPlus.error(missing.message(), admin));
        }
        return switch (kind) {
            case MENU_ATTRIBUTES -> {
                String title = target instanceof Target.Menu menu ? menu.title() : target.display();
                String shown = selector.isEmpty() || selector.equals("/") ? "Main menu" : title;
                yield new Reply.Data(Outcome.MENU, GopherPlus.menuAttributes(shown,
                        selector.equals("/") ? "" : selector, site.host(), site.port(), target.size()));
            }
            case ATTRIBUTES -> new Reply.Data(target.outcome(), GopherPlus.attributes(target.type(), target.display(),
                    selector, site.host(), site.port(), target.mime(), target.size(), admin));
            case FETCH -> {
                Reply plain = target.reply(config.strictRfc1436(), site.host(), site.port());
                boolean dotted = target instanceof Target.Menu || config.strictRfc1436() && target instanceof Target.Text;
                byte[] header = dotted ? GopherPlus.DOT_TERMINATED : GopherPlus.UNTIL_CLOSE;
                if (plain instanceof Reply.File file) {
                    yield new Reply.File(file.channel(), file.size(), header);
                }
                yield new Reply.Data(plain.outcome(), GopherPlus.concat(header, ((Reply.Data) plain).bytes()));
            }
        };
    }

    private Reply error(String message) {
        return new Reply.Data(Outcome.ERROR, MenuFormat.format(ErrorReplies.of(message), site.host(), site.port()));
    }

    /** A resolved selector, before it is written in plain Gopher or Gopher+. */
    sealed interface Target {
        ItemType type();

        String display();

        Outcome outcome();

        default String mime() {
            return "text/plain";
        }

        Reply reply(boolean strict, String host, int port);

        /** The plain reply's length in bytes. */
        long size();

        record Menu(String title, byte[] bytes) implements Target {
            public ItemType type() {
                return ItemType.MENU;
            }

            public String display() {
                return title;
            }

            public Outcome outcome() {
                return Outcome.MENU;
            }

            public String mime() {
                return "application/gopher-menu";
            }

            public Reply reply(boolean strict, String host, int port) {
                return new Reply.Data(Outcome.MENU, bytes);
            }

            public long size() {
                return bytes.length;
            }
        }

        record Text(String display, byte[] bytes) implements Target {
            public ItemType type() {
                return ItemType.TEXT;
            }

            public Outcome outcome() {
                return Outcome.TEXT;
            }

            public Reply reply(boolean strict, String host, int port) {
                return new Reply.Data(Outcome.TEXT, bytes);
            }

            public long size() {
                return bytes.length;
            }
        }

        record Page(Outcome outcome, byte[] bytes) implements Target {
            public ItemType type() {
                return ItemType.HTML;
            }

            public String display() {
                return "Link";
            }

            public String mime() {
                return "text/html";
            }

            public Reply reply(boolean strict, String host, int port) {
                return new Reply.Data(outcome, bytes);
            }

            public long size() {
                return bytes.length;
            }
        }

        /** A file sent as it is; its real path is checked against the root again when it is opened. */
        record File(Path path, Path root, ItemType type, String display) implements Target {
            public Outcome outcome() {
                return Outcome.FILE;
            }

            public String mime() {
                return "application/octet-stream";
            }

            public Reply reply(boolean strict, String host, int port) {
                try {
                    // A symbolic link swapped since the scan must not lead out of the root.
                    Path real = path.toRealPath();
                    if (!real.startsWith(root)) {
                        return missing(host, port);
                    }
                    FileChannel channel = FileChannel.open(real, StandardOpenOption.READ);
                    return new Reply.File(channel, channel.size(), new byte[0]);
                } catch (IOException e) {
                    return missing(host, port);
                }
            }

            private Reply missing(String host, int port) {
                return new Reply.Data(Outcome.ERROR, MenuFormat.format(ErrorReplies.notFound(display), host, port));
            }

            public long size() {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    return 0;
                }
            }
        }

        record Missing(String message) implements Target {
            public ItemType type() {
                return ItemType.ERROR;
            }

            public String display() {
                return message;
            }

            public Outcome outcome() {
                return Outcome.ERROR;
            }

            public Reply reply(boolean strict, String host, int port) {
                return new Reply.Data(Outcome.ERROR, MenuFormat.format(ErrorReplies.of(message), host, port));
            }

            public long size() {
                return message.getBytes(StandardCharsets.UTF_8).length;
            }
        }
    }
}
