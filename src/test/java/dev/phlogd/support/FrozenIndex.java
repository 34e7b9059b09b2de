package dev.phlogd.support;

import dev.phlogd.Main;
import dev.phlogd.config.ServerConfig;
import dev.phlogd.index.Indexer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * An index of a test's folder that no file watcher or periodic rescan changes behind the test's
 * back, with the server's settings (drafts hidden) and the clock the test sets.
 */
public final class FrozenIndex {
    private FrozenIndex() {}

    public static Indexer of(Path root, ServerConfig config, Clock clock) throws IOException {
        Indexer.Options o = Main.indexOptions(config);
        return Indexer.start(
                root,
                new Indexer.Options(o.width(), o.zone(), false, o.maxEntryBytes(), Duration.ofDays(1), false),
                clock);
    }

    public static Indexer of(Path root, ServerConfig config) throws IOException {
        return of(root, config, Clock.systemUTC());
    }
}
