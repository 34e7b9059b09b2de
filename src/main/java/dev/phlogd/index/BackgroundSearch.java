package dev.phlogd.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A journal's search index, built on a thread of its own while the other views already serve: it
 * is the slowest of them to build and the only one no menu needs, so a big hole answers its first
 * menu sooner and an edit shows in menus before its words are searchable. The first search of a
 * journal waits for its index. Indexes are built one at a time, in the order their journals were
 * made, so each can reuse the one before it (the word dictionary they share is never written by
 * two at once).
 */
final class BackgroundSearch {
    private static final Logger log = LoggerFactory.getLogger(BackgroundSearch.class);
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "phlogd-search-index");
        t.setDaemon(true);
        return t;
    });

    private final CompletableFuture<SearchIndex> index;

    /** Starts building the index of {@code entries}, reusing what {@code previous} (or null) has. */
    BackgroundSearch(List<Entry> entries, BackgroundSearch previous) {
        index = CompletableFuture.supplyAsync(
                () -> SearchIndex.build(entries, previous == null ? null : previous.builtOrNull()), BUILDER);
        index.whenComplete((built, failure) -> {
            if (failure != null) {
                log.error("cannot build the search index; searches fail until the next rescan", failure);
            }
        });
    }

    /** The index, once built (waits for it). */
    SearchIndex get() {
        try {
            return index.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The index when its build succeeded; a failed one is not reused. Runs on the builder thread, after it. */
    private SearchIndex builtOrNull() {
        try {
            return index.join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
