package dev.phlogd.server;

import dev.phlogd.protocol.GeminiRequests;
import dev.phlogd.protocol.Request;
import dev.phlogd.protocol.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads the one request a client sends and hands it on as a {@link Request}: the bytes up to CRLF
 * (a bare LF is accepted too, as some Gopher clients send it; Gemini requires CRLF), without the
 * line end, parsed by the protocol's parser. A line longer than the limit becomes a
 * {@link Request.Invalid} as soon as the limit is passed, without buffering the rest; anything
 * after the first line is discarded, as there is one request per connection.
 *
 * <p>A connection whose line is not complete within the read timeout, counted from the moment
 * it was accepted, is closed, so that a client trickling one byte at a time cannot hold it open
 * (an idle-time handler would be reset by every byte). The same deadline then watches a small
 * reply: one still not gone by then is stalled, and the connection is closed too. The reply's
 * end, or a watch of its own ({@link StallHandler}) for a larger one, turns it off
 * ({@link Connection#disarm()}). Framing, the deadline and parsing are one
 * handler because every connection builds its own: each stage more cost a context and a hop per
 * request.
 */
final class RequestReader extends ByteToMessageDecoder {
    private final int maxBytes;
    private final boolean crlfOnly;
    private final Function<byte[], Request> parser;
    private final long timeoutNanos;
    private final AccessLog accessLog;
    private boolean done;

    private RequestReader(
            int maxBytes, boolean crlfOnly, Function<byte[], Request> parser, long timeoutNanos, AccessLog accessLog) {
        this.maxBytes = maxBytes;
        this.crlfOnly = crlfOnly;
        this.parser = parser;
        this.timeoutNanos = timeoutNanos;
        this.accessLog = accessLog;
    }

    /** Answered here, not looked up (see {@link GopherChannelInitializer#isSharable}). */
    @Override
    public boolean isSharable() {
        return false;
    }

    /** A Gopher selector line of at most {@code maxBytes}. */
    static RequestReader gopher(int maxBytes, long timeoutNanos, AccessLog accessLog) {
        return new RequestReader(maxBytes, false, RequestParser::parse, timeoutNanos, accessLog);
    }

    /** A Gemini request: one absolute URL ended by CRLF. */
    static RequestReader gemini(long timeoutNanos, AccessLog accessLog) {
        return new RequestReader(GeminiRequests.MAX_URL_BYTES, true, GeminiRequests::parse, timeoutNanos, accessLog);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (!done) {
            Connection.of(ctx.channel())
                    .deadline(ctx.executor().schedule(new Expiry(ctx), timeoutNanos, TimeUnit.NANOSECONDS));
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        Connection.of(ctx.channel()).disarm();
        super.channelInactive(ctx);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        Connection.of(ctx.channel()).disarm();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (done) {
            discard(ctx, in);
            return;
        }
        int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
        if (lf < 0) {
            if (in.readableBytes() > maxBytes + 1) {
                answer(out, tooLong());
                discard(ctx, in);
            }
            return;
        }
        int length = lf - in.readerIndex();
        if (length > 0 && in.getByte(lf - 1) == '\r') {
            length--;
        } else if (crlfOnly) {
            in.readerIndex(lf + 1);
            answer(out, new Request.Invalid("Request must end with CRLF"));
            discard(ctx, in);
            return;
        }
        if (length > maxBytes) {
            answer(out, tooLong());
            discard(ctx, in);
            return;
        }
        byte[] line = new byte[length];
        in.readBytes(line);
        in.readerIndex(lf + 1);
        answer(out, parser.apply(line));
        discard(ctx, in);
    }

    private Request tooLong() {
        return new Request.Invalid("Request too long (the limit is " + maxBytes + " bytes)");
    }

    /**
     * The one request of this connection: nothing more is read. The deadline stays armed, as the
     * watch on the reply, until the reply is out (cancelling it here and setting up another watch
     * for every reply cost a twentieth of a request's time on io_uring, where no write is done at
     * once).
     */
    private void answer(List<Object> out, Request request) {
        done = true;
        out.add(request);
    }

    /** The deadline's task: a class, not a lambda, which with C1 costs a native allocation. */
    private final class Expiry implements Runnable {
        private final ChannelHandlerContext ctx;

        Expiry(ChannelHandlerContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void run() {
            if (ctx.channel().isActive()) {
                accessLog.log(ctx.channel(), "", done ? "stalled" : "timeout", 0);
                ctx.close();
            }
        }
    }

    private static void discard(ChannelHandlerContext ctx, ByteBuf in) {
        if (in.isReadable()) {
            Connection.of(ctx.channel()).leftInputUnread();
            in.skipBytes(in.readableBytes());
        }
    }
}
