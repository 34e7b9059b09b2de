package dev.phlogd.routing;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Hole;
import dev.phlogd.protocol.GeminiWriter;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.render.EntryPipeline;
import dev.phlogd.views.Site;
import dev.phlogd.views.VirtualSelectors;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Answers Gemini requests over the same index as Gopher: a URL for this host and port resolves
 * to the same page its path names as a selector (the same refusals: drafts, hidden files and
 * traversal are {@code 51}), written as gemtext. Another scheme, host or port is {@code 53}, a
 * request that is no URL {@code 59}, the search without a query {@code 10}.
 */
public final class GeminiRouter {
    static final String SEARCH_PROMPT = "Search this journal (one or more words)";

    private final Supplier<Hole> hole;
    private final PageResolver pages;
    private final PageReplies replies;
    private final String host;
    private final int port;

    GeminiRouter(Supplier<Hole> hole, PageResolver pages, long cacheBytes, String host, int port) {
        this.hole = hole;
        this.pages = pages;
        this.replies = new PageReplies(new GeminiWriter(), cacheBytes);
        this.host = host.toLowerCase(Locale.ROOT);
        this.port = port;
    }

    /** The router a Gemini listener on {@code port} uses, for URLs naming {@code host}. */
    public static GeminiRouter of(
            ServerConfig config, String host, int port, Supplier<Hole> hole, Freshness freshness) {
        Site site = new Site(
                config.title(),
                config.description(),
                host,
                port,
                config.recentEntries(),
                config.admin(),
                Site.Scheme.GEMINI);
        PageResolver pages = new PageResolver(site, freshness, new EntryPipeline(config.width(), config.timezone()));
        return new GeminiRouter(hole, pages, (long) config.cacheMb() << 20, host, port);
    }

    public Reply route(Request request) {
        if (!(request instanceof Request.Gemini gemini)) {
            String reason = request instanceof Request.Invalid invalid ? invalid.reason() : "Not a Gemini request";
            return status(Outcome.ERROR, 59, reason);
        }
        if (!gemini.scheme().equals("gemini")) {
            return status(Outcome.ERROR, 53, "This server serves gemini:// URLs only");
        }
        if (!gemini.host().equals(host) || gemini.port() != -1 && gemini.port() != port) {
            return status(Outcome.ERROR, 53, "This server serves " + ourRoot() + " only");
        }
        String path = gemini.path().isEmpty() ? "/" : gemini.path();
        if (VirtualSelectors.isSearch(path)) {
            if (gemini.query() == null || gemini.query().isBlank()) {
                return status(Outcome.INPUT, 10, SEARCH_PROMPT);
            }
            return replies.reply(pages.resolve(path, gemini.query(), hole.get()));
        }
        return replies.reply(pages.resolve(path, "", hole.get()));
    }

    private String ourRoot() {
        return dev.phlogd.protocol.GeminiUrls.root(host, port);
    }

    private static Reply status(Outcome outcome, int status, String meta) {
        return new Reply.Data(outcome, GeminiWriter.header(status, meta));
    }
}
