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
        } else if (reply instanceof Reply.File file) {
            if (file.header().length > 0) {
                out.add(Unpooled.wrappedBuffer(file.header()));
            }
            out.add(new DefaultFileRegion(file.channel(), 0, file.size()));
        }
    }
}
