package dev.phlogd.server;

import dev.phlogd.protocol.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/** Turns the framed request line into a {@link dev.phlogd.protocol.Request}. */
@Sharable
final class RequestDecoder extends MessageToMessageDecoder<ByteBuf> {
    static final RequestDecoder INSTANCE = new RequestDecoder();

    private RequestDecoder() {}

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf line, List<Object> out) {
        out.add(RequestParser.parse(ByteBufUtil.getBytes(line)));
    }
}
