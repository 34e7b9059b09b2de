package dev.phlogd.server;

import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DuplexChannel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the request to the {@link RequestHandler}, writes its reply and ends the connection. When
 * input was left unread (an HTTP request's headers, an over-long line), the connection is only
 * half-closed and left to the client to close, because closing it with unread data would reset
 * it and could destroy the reply in flight.
 */
@Sharable
final class DispatchHandler extends SimpleChannelInboundHandler<Request> {
    private static final Logger log = LoggerFactory.getLogger(DispatchHandler.class);

    /**
     * Replies up to this size go whole into a new connection's send buffer (16 KB by default on
     * Linux, 4 KB under memory pressure), whether the client reads or not: they need no watch of
     * their own. Should one stall all the same, the request's deadline closes it.
     */
    static final long TAKEN_WHOLE = 4096;

    private final Supplier<RequestHandler> handler;
    private final long lingerNanos;
    private final long stallNanos;
    private final AccessLog accessLog;
    private final Answers answers;

    DispatchHandler(
            Supplier<RequestHandler> handler, long lingerNanos, long stallNanos, AccessLog accessLog, Answers answers) {
        this.handler = handler;
        this.lingerNanos = lingerNanos;
        this.stallNanos = stallNanos;
        this.accessLog = accessLog;
        this.answers = answers;
    }

    /** Answered here, not looked up (see {@link GopherChannelInitializer#isSharable}). */
    @Override
    public boolean isSharable() {
        return true;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Request request) {
        Channel ch = ctx.channel();
        Connection connection = Connection.of(ch);
        if (!connection.answer()) {
            return;
        }
        Reply reply;
        String refusal = connection.refusal();
        try {
            reply = refusal != null ? answers.refused(refusal) : handler.get().handle(request);
        } catch (RuntimeException e) {
            log.error("internal error answering \"{}\"", AccessLog.escape(describe(request)), e);
            reply = answers.internalError();
        }
        ChannelFuture written = ReplyWriter.writeAndFlush(ctx, reply);
        if (!written.isDone() && ch.isActive() && reply.length() > TAKEN_WHOLE) {
            // A reply the socket did not take at once (a file, a slow reader): from now on, a
            // reply that stops moving lets the connection go, however long it takes while it moves.
            // A small one is left to the request's deadline: io_uring reports every write done
            // later, and a watch for each of them was a twentieth of a request's CPU time.
            connection.disarm();
            ctx.pipeline().addBefore(ctx.name(), "stall", new StallHandler(stallNanos, accessLog));
        }
        written.addListener(new Written(request, reply, refusal != null));
    }

    /**
     * Ends the connection once its reply is written, then logs it. A class and not a lambda: with
     * C1, making a capturing lambda goes through a method handle and a native allocation (31 ns
     * against 1.7 for a {@code new}), once per request.
     */
    private final class Written implements ChannelFutureListener {
        private final Request request;
        private final Reply sent;
        private final boolean refused;

        Written(Request request, Reply sent, boolean refused) {
            this.request = request;
            this.sent = sent;
            this.refused = refused;
        }

        @Override
        public void operationComplete(ChannelFuture f) {
            Channel ch = f.channel();
            // Ended first, logged after: the client has the end of its reply without waiting
            // for the access line to be put together and encoded.
            finish(ch, request);
            accessLog.log(
                    ch,
                    describe(request),
                    refused
                            ? "refused"
                            : f.isSuccess()
                                    ? sent.outcome().word()
                                    : sent.outcome().word() + "-aborted",
                    f.isSuccess() ? sent.length() : 0);
        }
    }

    private void finish(Channel ch, Request request) {
        Connection connection = Connection.of(ch);
        boolean unread =
                request instanceof Request.Http || request instanceof Request.Invalid || connection.unreadInput();
        // The reply is out: the deadline has nothing left to watch, and must not cut short a
        // linger or a TLS close that waits for its close_notify to go out.
        connection.disarm();
        if (unread && ch instanceof DuplexChannel duplex && ch.isActive()) {
            duplex.shutdownOutput();
            ch.eventLoop()
                    .schedule(
                            () -> {
                                ch.close();
                            },
                            lingerNanos,
                            TimeUnit.NANOSECONDS);
        } else {
            ch.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException || isTlsFailure(cause)) {
            // A client that drops its connection or fails its TLS handshake concerns only itself.
            log.debug("connection from {} failed: {}", accessLog.address(ctx.channel()), cause.toString());
            if (isTlsFailure(cause) && Connection.of(ctx.channel()).answer()) {
                // Plain TCP on a TLS port, or a handshake that failed: closed, and on record.
                accessLog.log(ctx.channel(), "(TLS handshake failed)", "tls-error", 0);
            }
        } else {
            log.warn("connection from {} failed", accessLog.address(ctx.channel()), cause);
        }
        ctx.close();
    }

    private static boolean isTlsFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof io.netty.handler.ssl.NotSslRecordException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Request request) {
        if (request instanceof Request.Gopher g) {
            return g.fields().isEmpty() ? g.selector() : g.selector() + "\t" + String.join("\t", g.fields());
        }
        if (request instanceof Request.Http http) {
            return http.method() + " " + http.target();
        }
        if (request instanceof Request.Gemini gemini) {
            return gemini.url();
        }
        return "(" + ((Request.Invalid) request).reason() + ")";
    }
}
