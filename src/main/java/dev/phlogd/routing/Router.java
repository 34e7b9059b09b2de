package dev.phlogd.routing;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.content.SafePath;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Kind;
import dev.phlogd.page.Page;
import dev.phlogd.protocol.ErrorReplies;
import dev.phlogd.protocol.GopherPlus;
import dev.phlogd.protocol.GopherWriter;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.render.EntryPipeline;
import dev.phlogd.views.Site;
import dev.phlogd.views.VirtualSelectors;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers Gopher requests: resolves the selector to a page, writes it with the {@link GopherWriter}
 * (from the reply cache when its inputs are unchanged) or opens the file it names, and shapes
 * Gopher+ replies. HTTP requests get a notice, invalid ones a type-3 error.
 */
public final class Router {
    private final Supplier<Hole> hole;
    private final PageResolver pages;
    private final GopherWriter writer;
    private final ReplyCache cache;
    private final GopherPlusReplies plus;

    public Router(Supplier<Hole> hole, PageResolver pages, GopherWriter writer, long cacheBytes, String admin) {
        this.hole = hole;
        this.pages = pages;
        this.writer = writer;
        this.cache = new ReplyCache(cacheBytes);
        this.plus = new GopherPlusReplies(writer, admin);
    }

    /** The router a server configured by {@code config} uses, its menus pointing at {@code host}:{@code port}. */
    public static Router of(ServerConfig config, String host, int port, Supplier<Hole> hole, Freshness freshness) {
        Site site = new Site(config.title(), config.description(), host, port, config.recentEntries(), config.admin());
        PageResolver pages = new PageResolver(site, freshness, new EntryPipeline(config.width(), config.timezone()));
        return new Router(
                hole,
                pages,
                new GopherWriter(host, port, config.strictRfc1436()),
                (long) config.cacheMb() << 20,
                config.admin());
    }

    public Reply route(Request request) {
        if (request instanceof Request.Http http) {
            return writer.httpNotice(http.method());
        }
        if (request instanceof Request.Invalid invalid) {
            return new Reply.Data(Outcome.ERROR, writer.error(invalid.reason()));
        }
        Request.Gopher gopher = (Request.Gopher) request;
        // A search selector's first field is the query, whatever it starts with; only a field
        // after it can be Gopher+. Elsewhere the first field is Gopher+ or ignored.
        boolean search = VirtualSelectors.isSearch(gopher.selector());
        int plusField = search ? 1 : 0;
        Optional<GopherPlus.Query> query = gopher.fields().size() > plusField
                ? GopherPlus.query(gopher.fields().get(plusField))
                : Optional.empty();
        String searchString =
                search && !gopher.fields().isEmpty() ? gopher.fields().get(0) : "";
        Resolution resolution = pages.resolve(gopher.selector(), searchString, hole.get());
        if (query.isEmpty()) {
            return reply(resolution);
        }
        Page page = resolution.page().get();
        return plus.reply(query.get(), gopher.selector(), page, reply(page));
    }

    /** The plain Gopher reply, from the cache when it holds this version's bytes. */
    private Reply reply(Resolution resolution) {
        if (!resolution.cacheable()) {
            return reply(resolution.page().get());
        }
        Page[] notKept = new Page[1];
        byte[] bytes = cache.get(resolution.cacheKey(), resolution.version(), () -> {
            Page page = resolution.page().get();
            if (page instanceof Page.NotFound || page instanceof Page.File) {
                notKept[0] = page;
                return null;
            }
            return writer.bytes(page);
        });
        if (bytes == null) {
            return reply(notKept[0]);
        }
        return new Reply.Data(resolution.kind() == Kind.MENU ? Outcome.MENU : Outcome.TEXT, bytes);
    }

    private Reply reply(Page page) {
        if (page instanceof Page.File file) {
            return open(file);
        }
        return writer.reply(page);
    }

    /** A file, opened now: a symbolic link swapped since the scan must not lead out of the root. */
    private Reply open(Page.File file) {
        Optional<Path> real = SafePath.realInside(file.realRoot(), file.path());
        if (real.isPresent()) {
            try {
                FileChannel channel = FileChannel.open(real.get(), StandardOpenOption.READ);
                return new Reply.File(channel, channel.size(), new byte[0]);
            } catch (IOException e) {
                // Gone or unreadable since the scan: not found, as for any reader.
            }
        }
        return writer.reply(ErrorReplies.notFound(file.title()));
    }
}
