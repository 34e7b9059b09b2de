package dev.phlogd.server;

import dev.phlogd.protocol.Request;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Frames the one request line a Gopher client sends: bytes up to CRLF (a bare LF is accepted too,
 * as some clients send it), without the line end. A line longer than the limit becomes an
 * {@link Request.Invalid} as soon as the limit is passed, without buffering the rest. Anything
 * after the first line is discarded: Gopher has one request per connection.
 */
final class RequestLineDecoder extends ByteToMessageDecoder {
    private final int maxBytes;
    private final boolean crlfOnly;
    private boolean done;

    RequestLineDecoder(int maxBytes) {
        this(maxBytes, false);
    }

    /** @param crlfOnly whether a line ended by a bare LF is refused (Gemini requires CRLF) */
    RequestLineDecoder(int maxBytes, boolean crlfOnly) {
        this.maxBytes = maxBytes;
        this.crlfOnly = crlfOnly;
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
                tooLong(ctx, in, out);
            }
            return;
        }
        int length = lf - in.readerIndex();
        if (length > 0 && in.getByte(lf - 1) == '\r') {
            length--;
        } else if (crlfOnly) {
            done = true;
            in.readerIndex(lf + 1);
            discard(ctx, in);
            out.add(new Request.Invalid("Request must end with CRLF"));
            return;
        }
        if (length > maxBytes) {
            tooLong(ctx, in, out);
            return;
        }
        done = true;
        out.add(in.readRetainedSlice(length));
        in.readerIndex(lf + 1);
        if (in.isReadable()) {
            discard(ctx, in);
        }
    }

    private void tooLong(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        done = true;
        discard(ctx, in);
        out.add(new Request.Invalid("Request too long (the limit is " + maxBytes + " bytes)"));
    }

    private static void discard(ChannelHandlerContext ctx, ByteBuf in) {
        if (in.isReadable()) {
            ctx.channel().attr(Connections.UNREAD_INPUT).set(Boolean.TRUE);
            in.skipBytes(in.readableBytes());
        }
    }
}
