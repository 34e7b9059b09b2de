package dev.phlogd.routing;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.content.DiskContent;
import dev.phlogd.content.FileKinds;
import dev.phlogd.menu.FolderMenu;
import dev.phlogd.menu.Gophermap;
import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.ItemType;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.protocol.MenuItem;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.protocol.TextFormat;
import dev.phlogd.text.CleanText;
import dev.phlogd.text.TextDecoder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers requests: turns a {@link Request} into a {@link Reply}. Knows the special selectors
 * ({@code URL:}, {@code /caps.txt}), HTTP and Gopher+ requests, and serves the content folder:
 * folders as menus, journal files as text, everything else byte for byte.
 */
public final class Router {
    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final ServerConfig config;
    private final String host;
    private final int port;
    private final DiskContent content;

    public Router(ServerConfig config, String host, int port, DiskContent content) {
        this.config = config;
        this.host = host;
        this.port = port;
        this.content = content;
    }

    public Reply route(Request request) {
        if (request instanceof Request.Http http) {
            return new Reply.Data(Outcome.HTTP, HttpNotice.reply(http.method(), host, port));
        }
        if (request instanceof Request.Invalid invalid) {
            return menuError(invalid.reason());
        }
        Request.Gopher gopher = (Request.Gopher) request;
        // A search selector's first field is the query, whatever it starts with; only a field
        // after it can be Gopher+. Elsewhere the first field is Gopher+ or ignored.
        int plusField = isSearch(gopher.selector()) ? 1 : 0;
        Optional<GopherPlus.Kind> plus = gopher.fields().size() > plusField
                ? GopherPlus.kind(gopher.fields().get(plusField))
                : Optional.empty();
        Target target = resolve(gopher.selector());
        if (plus.isEmpty()) {
            return target.reply(config.strictRfc1436(), host, port);
        }
        return gopherPlus(plus.get(), gopher.selector(), target);
    }

    /** What a selector names. */
    Target resolve(String selector) {
        if (selector.startsWith("URL:")) {
            return WebLinkPage.target(selector)
                    .<Target>map(url -> new Target.Page(Outcome.REDIRECT, WebLinkPage.page(url)))
                    .orElseGet(() -> new Target.Missing("Not a link phlogd can follow: " + ErrorReplies.quote(selector)));
        }
        Optional<Path> found = content.find(selector);
        if (found.isEmpty()) {
            if (isCaps(selector)) {
                return new Target.Text("caps.txt", CapsFile.text(config.description(), config.admin()));
            }
            return new Target.Missing("Not found: " + ErrorReplies.quote(selector));
        }
        Path path = found.get();
        try {
            if (Files.isDirectory(path)) {
                return folder(path);
            }
            String name = path.getFileName().toString();
            if (FileKinds.isEntry(name)) {
                return new Target.Text(name, CleanText.lines(TextDecoder.decode(Files.readAllBytes(path))));
            }
            return new Target.File(path, FileKinds.typeOf(path), name);
        } catch (NoSuchFileException e) {
            return new Target.Missing("Not found: " + ErrorReplies.quote(selector));
        } catch (IOException e) {
            log.warn("cannot read {}: {}", path, e.toString());
            return new Target.Missing("Cannot read: " + ErrorReplies.quote(selector));
        }
    }

    /** True for selectors that take a search string (type 7). */
    static boolean isSearch(String selector) {
        return false;
    }

    private static boolean isCaps(String selector) {
        return selector.equals("/caps.txt") || selector.equals("caps.txt");
    }

    private Target folder(Path dir) throws IOException {
        List<DiskContent.Child> children = content.list(dir);
        String selector = content.selectorOf(dir);
        String title = selector.equals("/") ? "Main menu" : dir.getFileName().toString();
        Path mapFile = dir.resolve("gophermap");
        if (Files.isRegularFile(mapFile) && Files.isReadable(mapFile)) {
            Gophermap map = Gophermap.parse(TextDecoder.decode(Files.readAllBytes(mapFile)), selector);
            List<MenuItem> listing = listing(children, map);
            return new Target.Menu(map.title().orElse(title), selector,
                    FolderMenu.fromGophermap(map, block -> block.equals("listing") ? listing : List.of()));
        }
        return new Target.Menu(title, selector, FolderMenu.withContent(listing(children, null)));
    }

    private static List<MenuItem> listing(List<DiskContent.Child> children, Gophermap map) {
        List<MenuItem> items = new ArrayList<>();
        for (DiskContent.Child child : children) {
            if (map != null && map.hidden().contains(child.name())) {
                continue;
            }
            items.add(MenuItem.local(child.type(), child.folder() ? child.name() + "/" : child.name(), child.selector()));
        }
        return items;
    }

    private Reply gopherPlus(GopherPlus.Kind kind, String selector, Target target) {
        String admin = config.admin();
        if (target instanceof Target.Missing missing) {
            return new Reply.Data(Outcome.ERROR, GopherPlus.error(missing.message(), admin));
        }
        return switch (kind) {
            case MENU_ATTRIBUTES -> {
                String title = target instanceof Target.Menu menu ? menu.title() : target.display();
                yield new Reply.Data(Outcome.MENU, GopherPlus.menuAttributes(title,
                        selector.equals("/") ? "" : selector, host, port, target.size(config.strictRfc1436(), host, port)));
            }
            case ATTRIBUTES -> new Reply.Data(target.outcome(), GopherPlus.attributes(target.type(), target.display(),
                    selector, host, port, target.mime(), target.size(config.strictRfc1436(), host, port), admin));
            case FETCH -> {
                Reply plain = target.reply(config.strictRfc1436(), host, port);
                boolean dotted = target instanceof Target.Menu || config.strictRfc1436() && target instanceof Target.Text;
                byte[] header = dotted ? GopherPlus.DOT_TERMINATED : GopherPlus.UNTIL_CLOSE;
                if (plain instanceof Reply.File file) {
                    yield new Reply.File(file.channel(), file.size(), header);
                }
                yield new Reply.Data(plain.outcome(), GopherPlus.concat(header, ((Reply.Data) plain).bytes()));
            }
        };
    }

    private Reply menuError(String message) {
        return new Reply.Data(Outcome.ERROR, MenuFormat.format(ErrorReplies.of(message), host, port));
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

        /** The reply's length, without opening files. */
        default long size(boolean strict, String host, int port) {
            return reply(strict, host, port).length();
        }

        record Menu(String title, String selector, List<MenuItem> items) implements Target {
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
                return new Reply.Data(Outcome.MENU, MenuFormat.format(items, host, port));
            }
        }

        record Text(String display, String text) implements Target {
            public ItemType type() {
                return ItemType.TEXT;
            }

            public Outcome outcome() {
                return Outcome.TEXT;
            }

            public Reply reply(boolean strict, String host, int port) {
                return new Reply.Data(Outcome.TEXT, TextFormat.format(text, strict));
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
        }

        record File(Path path, ItemType type, String display) implements Target {
            public Outcome outcome() {
                return Outcome.FILE;
            }

            public String mime() {
                return "application/octet-stream";
            }

            public long size(boolean strict, String host, int port) {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    return 0;
                }
            }

            public Reply reply(boolean strict, String host, int port) {
                try {
                    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                    return new Reply.File(channel, channel.size(), new byte[0]);
                } catch (IOException e) {
                    return new Reply.Data(Outcome.ERROR,
                            MenuFormat.format(ErrorReplies.notFound(display), host, port));
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
        }
    }
}
