package dev.phlogd.server;

import dev.phlogd.protocol.Reply;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.netty.handler.stream.ChunkedNioFile;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.List;

/**
 * Writes a {@link Reply}: bytes held in memory are wrapped without copying (a cached reply as a
 * duplicate of its direct copy, see {@link DirectCopies}), files go out as a
 * {@link DefaultFileRegion} (sendfile with epoll; copied with io_uring, see {@link CopiedFileRegion}),
 * which closes the file when done.
 */
@Sharable
final class ReplyEncoder extends MessageToMessageEncoder<Reply> {
    static final ReplyEncoder INSTANCE = new ReplyEncoder();
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

    private ReplyEncoder() {}

    @Override
    protected void encode(ChannelHandlerContext ctx, Reply reply, List<Object> out) {
        if (reply instanceof Reply.Data data) {
            out.add(data.kept() ? COPIES.get().duplicate(data.bytes()) : Unpooled.wrappedBuffer(data.bytes()));
            return;
        }
        // Reply has two kinds; a third would fail here loudly instead of sending nothing.
        Reply.File file = (Reply.File) reply;
        if (file.header().length > 0) {
            out.add(Unpooled.wrappedBuffer(file.header()));
        }
        if (Connection.of(ctx.channel()).tls()) {
            // TLS encrypts in user space: the file goes through it in chunks (ChunkedWriteHandler).
            try {
                out.add(new ChunkedNioFile(file.channel(), 0, file.size(), CHUNK_BYTES));
            } catch (java.io.IOException e) {
                throw new io.netty.handler.codec.EncoderException(e);
            }
            return;
        }
        out.add(
                ctx.channel() instanceof IoUringSocketChannel
                        ? new CopiedFileRegion(file.channel(), file.size())
                        : new DefaultFileRegion(file.channel(), 0, file.size()));
    }
}
