package dev.phlogd.routing;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Hole;
import dev.phlogd.page.Page;
import dev.phlogd.protocol.GopherPlus;
import dev.phlogd.protocol.GopherWriter;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.render.EntryPipeline;
import dev.phlogd.views.Site;
import dev.phlogd.views.VirtualSelectors;
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
    private final PageReplies replies;
    private final GopherPlusReplies plus;

    public Router(Supplier<Hole> hole, PageResolver pages, GopherWriter writer, long cacheBytes, String admin) {
        this.hole = hole;
        this.pages = pages;
        this.writer = writer;
        this.replies = new PageReplies(writer, cacheBytes);
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
        return replies.reply(resolution);
    }

    private Reply reply(Page page) {
        return replies.reply(page);
    }
}
