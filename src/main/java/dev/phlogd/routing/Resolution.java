package dev.phlogd.routing;

import dev.phlogd.page.Kind;
import dev.phlogd.page.Page;
import java.util.function.Supplier;

/**
 * What a selector resolved to: how to build its page and, when the page can be kept, the cache key,
 * the version of its inputs (index nodes, which are replaced whenever their files change) and the
 * kind of page it is (a menu or a text). The page is built only when no bytes are kept for that
 * version.
 */
record Resolution(String cacheKey, Object version, Kind kind, Supplier<Page> page) {
    /** A page that is built for every request (a search, a file, a not-found). */
    static Resolution uncached(Page page) {
        return new Resolution(null, null, null, () -> page);
    }

    /** A page built for every request, on demand. */
    static Resolution uncached(Supplier<Page> page) {
        return new Resolution(null, null, null, page);
    }

    /** A menu built on demand and kept while {@code version} holds. */
    static Resolution menu(String cacheKey, Object version, Supplier<Page> page) {
        return new Resolution(cacheKey, version, Kind.MENU, page);
    }

    /** A text built on demand and kept while {@code version} holds. */
    static Resolution text(String cacheKey, Object version, Supplier<Page> page) {
        return new Resolution(cacheKey, version, Kind.TEXT, page);
    }

    boolean cacheable() {
        return cacheKey != null;
    }
}
