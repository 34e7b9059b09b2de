package dev.phlogd.support;

import dev.phlogd.Main;
import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.index.Indexer;
import dev.phlogd.routing.GeminiRouter;
import dev.phlogd.routing.Router;
import dev.phlogd.server.GopherServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** A real phlogd server on an ephemeral port of 127.0.0.1, started and stopped by the test. */
public final class TestServer implements AutoCloseable {
    private final GopherServer server;
    private int geminiPort;
    public final ServerConfig config;
    public final Indexer indexer;

    private TestServer(GopherServer server, ServerConfig config, Indexer indexer) {
        this.server = server;
        this.config = config;
        this.indexer = indexer;
    }

    public static TestServer start(Path root, Map<Setting, String> settings) throws Exception {
        return start(root, settings, true);
    }

    /** A server whose index may run without the file watcher, to test what catches missed events. */
    public static TestServer start(Path root, Map<Setting, String> settings, boolean watch) throws Exception {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.put(Setting.ROOT, root.toString());
        all.put(Setting.BIND, "127.0.0.1");
        all.put(Setting.PORT, "0");
        // Tests load the server from one address; the per-address limits have tests of their own.
        all.put(Setting.RATE_LIMIT, "0");
        all.put(Setting.MAX_CONNECTIONS_PER_IP, "100000");
        all.putAll(settings);
        ServerConfig config = ServerConfig.from(all);
        Indexer.Options o = Main.indexOptions(config);
        Indexer indexer = Indexer.start(
                root,
                new Indexer.Options(o.width(), o.zone(), o.showDrafts(), o.maxEntryBytes(), o.rescanInterval(), watch));
        GopherServer server;
        try {
            server = GopherServer.start(
                    config,
                    port -> Router.of(config, config.hostname(), config.advertisedPort(port), indexer, indexer)::route);
        } catch (Exception e) {
            indexer.close();
            throw e;
        }
        return new TestServer(server, config, indexer);
    }

    /** A server that also serves Gemini, on a free port, its certificate kept in {@code state_dir}. */
    public static TestServer startGemini(Path root, Map<Setting, String> settings) throws Exception {
        TestServer s = start(root, settings);
        try {
            s.geminiPort = s.server
                    .listenGemini(
                            0,
                            port -> GeminiRouter.of(s.config, s.config.hostname(), port, s.indexer, s.indexer)::route)
                    .getPort();
        } catch (Exception e) {
            s.close();
            throw e;
        }
        return s;
    }

    public int geminiPort() {
        return geminiPort;
    }

    public static TestServer start(Path root) throws Exception {
        return start(root, Map.of());
    }

    public int port() {
        return server.port();
    }

    /** The socket layer the server runs on: "io_uring", "epoll" or "nio". */
    public String transport() {
        return server.transport();
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(2));
        indexer.close();
    }
}
