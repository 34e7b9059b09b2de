package dev.phlogd.server;

import dev.phlogd.protocol.Reply;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.handler.stream.ChunkedNioFile;
import io.netty.util.concurrent.FastThreadLocal;
import java.io.IOException;

/**
 * Writes a {@link Reply}: bytes held in memory are wrapped without copying (a cached reply as a
 * duplicate of its direct copy, see {@link DirectCopies}), files go out as a
 * {@link DefaultFileRegion} (sendfile with epoll; copied with io_uring, see {@link CopiedFileRegion}),
 * which closes the file when done. Called by the handler that has the reply, not a stage of the
 * pipeline: every stage a connection has costs it an add, a context and a hop each way.
 */
final class ReplyWriter {
    /** Direct copies of cached replies, per event loop; released when its thread ends. */
    private static final FastThreadLocal<DirectCopies> COPIES = new FastThreadLocal<>() {
        @Override
        protected DirectCopies initialValue() {
            return new DirectCopies(DIRECT_COPY_BYTES);
        }

        @Override
        protected void onRemoval(DirectCopies copies) {
            copies.clear();
        }
    };
    /** Enough for the pages a hole serves most (its menus and newest entries), per event loop. */
    private static final long DIRECT_COPY_BYTES = 2L << 20;
    /** Four TLS records' worth of plaintext per chunk. */
    private static final int CHUNK_BYTES = 64 * 1024;

    private ReplyWriter() {}

    /**
     * Writes {@code reply} from {@code ctx} and flushes it. The future is that of its last part,
     * done once all of it is written (the parts of a connection go out in order).
     */
    static ChannelFuture writeAndFlush(ChannelHandlerContext ctx, Reply reply) {
        if (reply instanceof Reply.Data data) {
            return ctx.writeAndFlush(
                    data.kept() ? COPIES.get().duplicate(data.bytes()) : Unpooled.wrappedBuffer(data.bytes()));
        }
        // Reply has two kinds; a third would fail here loudly instead of sending nothing.
        Reply.File file = (Reply.File) reply;
        // The body first: a file that cannot be read sends nothing, not its header alone.
        Object body;
        try {
            body = body(ctx, file);
        } catch (IOException e) {
            closeQuietly(file);
            return ctx.newFailedFuture(e);
        }
        if (file.header().length > 0) {
            ctx.write(Unpooled.wrappedBuffer(file.header()));
        }
        return ctx.writeAndFlush(body);
    }

    private static Object body(ChannelHandlerContext ctx, Reply.File file) throws IOException {
        if (Connection.of(ctx.channel()).tls()) {
            // TLS encrypts in user space: the file goes through it in chunks (ChunkedWriteHandler).
            return new ChunkedNioFile(file.channel(), 0, file.size(), CHUNK_BYTES);
        }
        return ctx.channel() instanceof IoUringSocketChannel
                ? new CopiedFileRegion(file.channel(), file.size())
                : new DefaultFileRegion(file.channel(), 0, file.size());
    }

    private static void closeQuietly(Reply.File file) {
        try {
            file.channel().close();
        } catch (IOException ignored) {
            // Nothing was sent from it; the connection is ended all the same.
        }
    }
}
