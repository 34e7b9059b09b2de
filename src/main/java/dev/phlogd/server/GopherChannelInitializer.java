package dev.phlogd.server;

import dev.phlogd.config.ServerConfig;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every connection's pipeline, Gopher's and Gemini's; the one place where the order of the
 * stages is decided. Both protocols share the connection and address limits and the access log.
 */
@Sharable
final class GopherChannelInitializer extends ChannelHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(GopherChannelInitializer.class);
    /** A reply may stand still this many read timeouts before the connection is closed. */
    static final int STALL_FACTOR = 6;

    private final ServerConfig config;
    private final AdmissionHandler admission;
    private final DispatchHandler dispatch;
    private final AccessLog accessLog;
    private final TlsCertificates tls;
    private final boolean gemini;

    /** @param tls the server's certificate, or null when it speaks plain Gopher only */
    GopherChannelInitializer(ServerConfig config, Supplier<RequestHandler> handler, TlsCertificates tls) {
        this.config = config;
        this.accessLog = new AccessLog(
                config.network().logAddresses(), config.network().accessLogFormat(), java.time.Clock.systemUTC());
        this.admission = new AdmissionHandler(
                config.maxConnections(),
                new AddressLimits(
                        config.network().maxConnectionsPerIp(), config.network().rateLimit()),
                config.network().proxyProtocol(),
                accessLog);
        this.dispatch = new DispatchHandler(handler, linger(config), stall(config), accessLog, Answers.GOPHER);
        this.tls = tls;
        this.gemini = false;
    }

    /** A Gemini listener's initializer, sharing {@code gopher}'s limits and access log. */
    private GopherChannelInitializer(
            GopherChannelInitializer gopher, Supplier<RequestHandler> handler, TlsCertificates tls) {
        this.config = gopher.config;
        this.accessLog = gopher.accessLog;
        this.admission = gopher.admission;
        this.dispatch = new DispatchHandler(handler, linger(config), stall(config), accessLog, Answers.GEMINI);
        this.tls = tls;
        this.gemini = true;
    }

    /** The pipeline of a Gemini port beside this Gopher one: always TLS, requests as URLs. */
    GopherChannelInitializer gemini(Supplier<RequestHandler> handler, TlsCertificates certificates) {
        return new GopherChannelInitializer(this, handler, certificates);
    }

    /**
     * Answered here, not looked up, as by every stage a connection adds: Netty's own answer is a
     * per-thread {@code WeakHashMap} lookup (a native call with C1) for each stage added, and for
     * each {@code ByteToMessageDecoder} made.
     */
    @Override
    public boolean isSharable() {
        return true;
    }

    private static long stall(ServerConfig config) {
        return STALL_FACTOR * config.readTimeout().toNanos();
    }

    private static long linger(ServerConfig config) {
        return Math.min(config.readTimeout().toNanos(), 2_000_000_000L);
    }

    /**
     * Builds the pipeline of a new connection, giving its own place to the first stage. Not a Netty
     * ChannelInitializer: that one guards against a second call by keeping every new connection in
     * a concurrent map meanwhile, and Netty calls this once per connection, on its loop, after
     * it is registered.
     */
    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        try {
            // The first stage takes this one's place: one change to the pipeline instead of two.
            ctx.pipeline().replace(this, "admission", admission);
            addAfterAdmission(ctx.pipeline());
        } catch (RuntimeException e) {
            log.warn("could not set up a connection from {}", ctx.channel().remoteAddress(), e);
            ctx.close();
        }
    }

    /** The stages, in order; package-private so that tests build the same pipeline. */
    void configure(ChannelPipeline p) {
        // First, so that a connection over the limit is turned away before any work is spent on it;
        // its address limits apply once the real client is known (after a PROXY header).
        p.addLast("admission", admission);
        addAfterAdmission(p);
    }

    private void addAfterAdmission(ChannelPipeline p) {
        if (config.network().proxyProtocol()) {
            // Before anything reads the stream: a trusted proxy's header comes first, and names the client.
            p.addLast("proxy", new ProxyProtocolHandler(config.network().trustedProxies(), accessLog));
        }
        if (gemini) {
            // Gemini is TLS only: anything else fails the handshake and is closed.
            Connection.of(p.channel()).speaksTls();
            p.addLast("tls", tls.current().newHandler(p.channel().alloc()));
            p.addLast("chunked", new ChunkedWriteHandler());
        } else if (tls != null) {
            // After PROXY (HAProxy passes TLS through behind its header), before the request is framed.
            p.addLast("tls-detect", new TlsDetector(tls));
        }
        // The one request: framed, timed from the accept, parsed; per connection because it
        // buffers a partial line.
        p.addLast(
                "request",
                gemini
                        ? RequestReader.gemini(config.readTimeout().toNanos(), accessLog)
                        : RequestReader.gopher(
                                config.maxRequestBytes(), config.readTimeout().toNanos(), accessLog));
        // Last: asks the handler for the reply, writes it (ReplyWriter), logs it and ends the connection.
        p.addLast("dispatch", dispatch);
    }

    int openConnections() {
        return admission.open();
    }
}
