package dev.phlogd.server;

import dev.phlogd.protocol.Reply;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Writes a {@link Reply}: bytes held in memory are wrapped without copying, files go out as a
 * {@link DefaultFileRegion} (sendfile with the native transport), which closes the file when done.
 */
@Sharable
final class ReplyEncoder extends MessageToMessageEncoder<Reply> {
    static final ReplyEncoder INSTANCE = new ReplyEncoder();

    private ReplyEncoder() {}

    @Override
    protected void encode(ChannelHandlerContext ctx, Reply reply, List<Object> out) {
        if (reply instanceof Reply.Data data) {
            out.add(Unpooled.wrappedBuffer(data.bytes()));
            return;
        }
        // Reply has two kinds; a third would fail here loudly instead of sending nothing.
        Reply.File file = (Reply.File) reply;
        if (file.header().length > 0) {
            out.add(Unpooled.wrappedBuffer(file.header()));
        }
        out.add(new DefaultFileRegion(file.channel(), 0, file.size()));
    }
}
