package dev.phlogd.server;

import dev.phlogd.config.ServerConfig;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening server: binds the Gopher port (and, when asked, a Gemini port on the same event
 * loops and limits), serves, and shuts down gracefully.
 */
public final class GopherServer {
    private static final Logger log = LoggerFactory.getLogger(GopherServer.class);

    private final EventLoopGroup group;
    private final List<Channel> serverChannels;
    private final GopherChannelInitializer initializer;
    private final ServerConfig config;
    private final IoTransport transport;
    private volatile List<Channel> geminiChannels = List.of();

    private GopherServer(
            EventLoopGroup group,
            List<Channel> serverChannels,
            GopherChannelInitializer initializer,
            ServerConfig config,
            IoTransport transport) {
        this.group = group;
        this.serverChannels = serverChannels;
        this.initializer = initializer;
        this.config = config;
        this.transport = transport;
    }

    /**
     * Binds the configured address and starts serving. {@code handlerForPort} builds the request
     * handler once the bound port is known (it matters when port 0 asked for a free one).
     *
     * @throws SetupException when the TLS certificate or the transport asked for cannot be used
     * @throws Exception when the address cannot be bound (port in use, bad address)
     */
    public static GopherServer start(ServerConfig config, IntFunction<RequestHandler> handlerForPort) throws Exception {
        return prepare(config).listen(handlerForPort);
    }

    /**
     * Sets up what serving needs before anything listens: the transport, its event loops and the
     * TLS certificate. Done while the content folder is indexed, it takes its part of a start-up
     * (about 0.3 s on two cores) off the time to the first reply.
     *
     * @throws SetupException when the TLS certificate or the transport asked for cannot be used
     */
    public static Prepared prepare(ServerConfig config) throws SetupException {
        IoTransport transport = IoTransport.choose(config.network().transport());
        EventLoopGroup group = transport.eventLoops();
        TlsCertificates tls;
        try {
            tls = config.network().tls()
                    ? TlsCertificates.load(
                            config.network().tlsCert().orElseThrow(),
                            config.network().tlsKey().orElseThrow())
                    : null;
        } catch (java.io.IOException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new SetupException(e.getMessage(), e);
        }
        HandlerSlot slot = new HandlerSlot();
        GopherChannelInitializer initializer = new GopherChannelInitializer(config, slot, tls);
        List<Channel> sockets;
        try {
            sockets = transport.listeners(group, initializer);
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
        return new Prepared(config, transport, group, slot, initializer, sockets);
    }

    /** A server set up but not yet listening: {@link #listen} it, or {@link #close} it. */
    public static final class Prepared {
        private final ServerConfig config;
        private final IoTransport transport;
        private final EventLoopGroup group;
        private final HandlerSlot slot;
        private final GopherChannelInitializer initializer;
        private final List<Channel> sockets;

        private Prepared(
                ServerConfig config,
                IoTransport transport,
                EventLoopGroup group,
                HandlerSlot slot,
                GopherChannelInitializer initializer,
                List<Channel> sockets) {
            this.config = config;
            this.transport = transport;
            this.group = group;
            this.slot = slot;
            this.initializer = initializer;
            this.sockets = sockets;
        }

        /** Binds the configured address and starts serving, as {@link GopherServer#start} says. */
        public GopherServer listen(IntFunction<RequestHandler> handlerForPort) throws Exception {
            try {
                List<Channel> channels = bind(sockets, config, config.port());
                int port = ((InetSocketAddress) channels.get(0).localAddress()).getPort();
                slot.handler = handlerForPort.apply(port);
                accept(channels);
                return new GopherServer(group, channels, initializer, config, transport);
            } catch (Exception e) {
                close();
                throw e;
            }
        }

        /** Closes the sockets and stops the event loops of a server that is not to listen after all. */
        public void close() {
            sockets.forEach(c -> c.close().awaitUninterruptibly());
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Binds the {@link IoTransport#listeners registered} sockets to {@code port}, the first one's port (a free
     * one for 0) being the others'. Returns them; closes them all when one cannot be bound.
     */
    private static List<Channel> bind(List<Channel> channels, ServerConfig config, int port)
            throws InterruptedException, java.io.IOException {
        int bound = port;
        try {
            if (port != 0) {
                refuseTakenPort(address(config, port));
            }
            for (Channel channel : channels) {
                channel.bind(address(config, bound)).sync();
                bound = ((InetSocketAddress) channel.localAddress()).getPort();
            }
        } catch (Exception e) {
            // Netty rethrows a failed bind as it is (a BindException, undeclared): the sockets of
            // the loops, registered and some of them bound, must not stay open.
            channels.forEach(c -> c.close().awaitUninterruptibly());
            throw e;
        }
        return channels;
    }

    /**
     * Starts accepting on sockets that listen already. A connection made between the bind and the
     * handler being built (building it takes a cold JVM tens of milliseconds, and clients poll a
     * starting server) waited in the backlog instead of being answered by a missing handler.
     */
    private static void accept(List<Channel> channels) {
        channels.forEach(c -> c.config().setAutoRead(true));
    }

    /**
     * Fails as a bind does on a port another server listens on, a second phlogd among them: the
     * loops' sockets share their port with {@code SO_REUSEPORT}, which also let them share it with
     * any other server's that set it, and the kernel then split the readers between the two.
     */
    private static void refuseTakenPort(InetSocketAddress address) throws java.io.IOException {
        // A socket bound but never listening: a ServerSocket's bind listens too, and a client
        // that connected in that moment (clients poll a starting server) was reset when the probe
        // closed. The bind alone fails on a port a socket listens on without SO_REUSEPORT on both.
        try (java.net.Socket probe = new java.net.Socket()) {
            // As the loops' own sockets: a restart binds past the last run's connections in TIME_WAIT.
            probe.setReuseAddress(true);
            probe.bind(address);
        }
    }

    private static InetSocketAddress address(ServerConfig config, int port) {
        InetSocketAddress address =
                config.bind().isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(config.bind(), port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve bind address " + config.bind());
        }
        return address;
    }

    /**
     * Also serves Gemini on {@code port} (0 picks a free one) with the configured certificate, or
     * with the self-signed one kept in the state directory for the host name; returns the address
     * bound. {@code handlerForPort} builds the handler once the port is known.
     *
     * @throws SetupException when no certificate can be loaded or made
     * @throws Exception when the address cannot be bound
     */
    public InetSocketAddress listenGemini(int port, IntFunction<RequestHandler> handlerForPort) throws Exception {
        TlsCertificates certificates;
        try {
            if (config.network().tls()) {
                certificates = TlsCertificates.load(
                        config.network().tlsCert().orElseThrow(),
                        config.network().tlsKey().orElseThrow());
            } else {
                SelfSignedCertificate.Pair pair = SelfSignedCertificate.forHost(config.stateDir(), config.hostname());
                certificates = TlsCertificates.load(pair.cert(), pair.key());
            }
        } catch (java.io.IOException e) {
            throw new SetupException("Gemini certificate: " + e.getMessage(), e);
        }
        HandlerSlot slot = new HandlerSlot();
        List<Channel> channels = bind(transport.listeners(group, initializer.gemini(slot, certificates)), config, port);
        InetSocketAddress bound = (InetSocketAddress) channels.get(0).localAddress();
        slot.handler = handlerForPort.apply(bound.getPort());
        accept(channels);
        geminiChannels = channels;
        return bound;
    }

    /**
     * The server cannot be set up as configured (a TLS certificate or key that cannot be used, a
     * transport this system does not allow); the message says why.
     */
    public static final class SetupException extends Exception {
        SetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The address actually bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannels.get(0).localAddress();
    }

    public int port() {
        return address().getPort();
    }

    /** "io_uring", "epoll" or "nio". */
    public String transport() {
        return transport.name();
    }

    /**
     * Stops accepting, lets replies in flight finish for at most {@code grace}, then closes what
     * is left and stops the event loops.
     */
    public void stop(Duration grace) {
        serverChannels.forEach(c -> c.close().awaitUninterruptibly());
        geminiChannels.forEach(c -> c.close().awaitUninterruptibly());
        long deadline = System.nanoTime() + grace.toNanos();
        while (initializer.openConnections() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = initializer.openConnections();
        if (left > 0) {
            log.warn("closing {} connection(s) still open after {} ms", left, grace.toMillis());
        }
        // The loops close the connections still registered with them as they shut down: no
        // group of open channels is kept, which cost every connection a listener and two map updates.
        group.shutdownGracefully(0, 500, TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }

    /** Holds the handler, set once the port is bound; requests read it through the supplier. */
    private static final class HandlerSlot implements java.util.function.Supplier<RequestHandler> {
        volatile RequestHandler handler;

        @Override
        public RequestHandler get() {
            RequestHandler h = handler;
            if (h == null) {
                throw new IllegalStateException("server is still starting");
            }
            return h;
        }
    }
}
