package dev.phlogd;

import ch.qos.logback.classic.LoggerContext;
import dev.phlogd.cli.CheckCommand;
import dev.phlogd.cli.RenderCommand;
import dev.phlogd.config.CommandLine;
import dev.phlogd.config.ConfigException;
import dev.phlogd.config.ConfigLoader;
import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Version;
import dev.phlogd.content.SafePath;
import dev.phlogd.index.Hole;
import dev.phlogd.index.IndexCache;
import dev.phlogd.index.Indexer;
import dev.phlogd.logging.LoggingSetUp;
import dev.phlogd.protocol.GeminiUrls;
import dev.phlogd.routing.GeminiRouter;
import dev.phlogd.routing.Router;
import dev.phlogd.server.GopherServer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code java -jar phlogd.jar [serve] [options]}. Every mistake the user can make
 * (a wrong flag, an unreadable config, a missing root, a port in use) ends with one line on stderr
 * and exit code 2, never a stack trace.
 */
public final class Main {
    /** Returned by {@link #run} when the server was started and keeps the JVM alive. */
    static final int RUNNING = -1;

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.getenv(), Clock.systemUTC(), System.out, System.err);
        if (code != RUNNING) {
            stopLogging();
            System.exit(code);
        }
    }

    /** Runs a command; {@code clock} decides what is published and due (tests set it). */
    static int run(String[] args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (ConfigException e) {
            err.println("phlogd: " + e.getMessage());
            return 2;
        }
        if (commandLine.help()) {
            out.print(CommandLine.usage());
            return 0;
        }
        if (commandLine.version()) {
            out.println("phlogd " + Version.current());
            return 0;
        }
        Optional<Path> configFile = ConfigLoader.configFile(commandLine, env);
        useLogbackConfigBeside(configFile);
        LoggingSetUp logging = LoggingSetUp.begin();
        ServerConfig config;
        try {
            config = ConfigLoader.load(commandLine, env);
        } catch (ConfigException e) {
            err.println("phlogd: " + e.getMessage());
            return 2;
        } finally {
            logging.await();
        }
        if (!commandLine.command().equals("serve")) {
            // The commands report for themselves; log lines would only interleave with their output.
            quietLogging();
        }
        if (commandLine.command().equals("render")) {
            return RenderCommand.run(config, commandLine.arguments(), out, err);
        }
        if (commandLine.command().equals("check")) {
            return CheckCommand.run(config, commandLine.arguments(), indexOptions(config), clock, out, err);
        }
        if (!commandLine.arguments().isEmpty()) {
            err.println(
                    "phlogd: unexpected argument '" + commandLine.arguments().get(0) + "' (see --help)");
            return 2;
        }
        return serve(config, clock, err);
    }

    /** What the set-up made, if it made it. */
    private static Optional<GopherServer.Prepared> prepared(
            java.util.concurrent.FutureTask<GopherServer.Prepared> setup) {
        try {
            return Optional.of(setup.get());
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int serve(ServerConfig config, Clock clock, PrintStream err) {
        if (!Files.isDirectory(config.root())) {
            err.println("phlogd: content folder not found: " + config.root().toAbsolutePath());
            return 2;
        }
        // Logging is set up first, on this thread: set up by two threads at once, SLF4J says so
        // on standard error. The server is then set up on a thread of its own while the folder
        // is indexed; it listens only once the index is there.
        Logger log = LoggerFactory.getLogger("phlogd");
        java.util.concurrent.FutureTask<GopherServer.Prepared> setup =
                new java.util.concurrent.FutureTask<>(() -> GopherServer.prepare(config));
        new Thread(setup, "phlogd-setup").start();
        long indexStart = System.nanoTime();
        Indexer indexer;
        Indexer.Options options = indexOptions(config);
        IndexCache cache = IndexCache.in(config.stateDir(), config.root(), options);
        try {
            indexer = Indexer.start(config.root(), options, clock, cache);
        } catch (IOException e) {
            err.println("phlogd: cannot read content folder " + config.root().toAbsolutePath() + ": " + e.getMessage());
            prepared(setup).ifPresent(GopherServer.Prepared::close);
            return 2;
        } catch (RuntimeException e) {
            prepared(setup).ifPresent(GopherServer.Prepared::close);
            throw e;
        }
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        GopherServer server;
        try {
            server = setup.get()
                    .listen(port ->
                            Router.of(config, config.hostname(), config.advertisedPort(port), indexer, indexer)::route);
        } catch (java.util.concurrent.ExecutionException e) {
            err.println(
                    e.getCause() instanceof GopherServer.SetupException
                            ? "phlogd: " + e.getCause().getMessage()
                            : "phlogd: cannot set up the server: " + rootCause(e.getCause()));
            indexer.close();
            return 2;
        } catch (Exception e) {
            String where = (config.bind().isEmpty() ? "*" : config.bind()) + ":" + config.port();
            err.println("phlogd: cannot listen on " + where + ": " + rootCause(e));
            indexer.close();
            return 2;
        }
        String gemini = "";
        if (config.gemini() && !config.network().tls() && SafePath.isInside(config.stateDir(), config.root())) {
            // The certificate would be written there, and served: nothing is ever written into the content.
            err.println("phlogd: state_dir " + config.stateDir() + " is inside the content folder; choose another");
            server.stop(java.time.Duration.ZERO);
            indexer.close();
            return 2;
        }
        if (config.gemini()) {
            try {
                InetSocketAddress address = server.listenGemini(
                        config.geminiPort(),
                        port -> GeminiRouter.of(config, config.hostname(), port, indexer, indexer)::route);
                gemini = ", Gemini on " + listening(address) + " as "
                        + GeminiUrls.root(config.hostname(), address.getPort());
            } catch (Exception e) {
                String where = (config.bind().isEmpty() ? "*" : config.bind()) + ":" + config.geminiPort();
                err.println(
                        e instanceof GopherServer.SetupException
                                ? "phlogd: " + e.getMessage()
                                : "phlogd: cannot listen for Gemini on " + where + ": " + rootCause(e));
                server.stop(java.time.Duration.ZERO);
                indexer.close();
                return 2;
            }
        }
        int advertised = config.advertisedPort(server.port());
        Hole hole = indexer.hole();
        log.info(
                "phlogd {} serving {} ({}, {} other files, indexed in {} ms{}) listening on {} ({}), "
                        + "menus point at gopher://{}:{}/{}, started in {} ms",
                Version.current(),
                hole.realRoot(),
                hole.counts().summary(),
                hole.counts().otherFiles(),
                indexMillis,
                unchanged(cache.reused()),
                listening(server.address()),
                server.transport(),
                config.hostname(),
                advertised,
                gemini,
                ManagementFactory.getRuntimeMXBean().getUptime());
        Runnable stop = () -> {
            int code = 0;
            try {
                log.info(
                        "stopping: no new connections, waiting up to {} ms for replies in flight",
                        config.shutdownGrace().toMillis());
                server.stop(config.shutdownGrace());
                indexer.close();
                log.info("stopped");
                stopLogging();
            } catch (Throwable e) {
                // A jar replaced under the running server (an upgrade in place) cannot give the
                // classes a stop loads: the stop thread died and SIGTERM left the server running.
                err.println("phlogd: stopped without a clean shutdown: " + e);
                code = 1;
            } finally {
                Runtime.getRuntime().halt(code);
            }
        };
        onSignal("TERM", stop);
        onSignal("INT", stop);
        return RUNNING;
    }

    /**
     * Handles a signal ourselves instead of with a shutdown hook, so that SIGTERM ends with exit
     * code 0 after a graceful stop (a JVM killed by a signal exits with 143).
     */
    @SuppressWarnings("removal")
    private static void onSignal(String name, Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> new Thread(action, "phlogd-stop").start());
        } catch (IllegalArgumentException e) {
            Runtime.getRuntime().addShutdownHook(new Thread(action));
        }
    }

    /** The index settings a server (or a command) uses. */
    public static Indexer.Options indexOptions(ServerConfig config) {
        return new Indexer.Options(
                config.width(),
                config.timezone(),
                config.showDrafts(),
                config.maxEntryBytes(),
                config.rescanInterval(),
                true);
    }

    /** What the start-up line says of the files taken from the index kept by the last start. */
    private static String unchanged(int files) {
        return files == 0 ? "" : ", " + files + (files == 1 ? " file" : " files") + " unchanged since the last start";
    }

    /** "*:7070" for every interface, else "address:port". */
    private static String listening(InetSocketAddress address) {
        String host = address.getAddress().isAnyLocalAddress()
                ? "*"
                : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** Uses logback.xml next to the config file (config/logback.xml) unless one is set already. */
    private static void useLogbackConfigBeside(Optional<Path> configFile) {
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        Path dir = configFile.map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of("config"));
        Path logback = dir.resolve("logback.xml");
        if (Files.isRegularFile(logback)) {
            System.setProperty(
                    "logback.configurationFile", logback.toAbsolutePath().toString());
        }
    }

    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    private static void stopLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
