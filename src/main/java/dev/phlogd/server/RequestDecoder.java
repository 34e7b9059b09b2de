package dev.phlogd.server;

import dev.phlogd.protocol.GeminiRequests;
import dev.phlogd.protocol.Request;
import dev.phlogd.protocol.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.function.Function;

/** Turns the framed request line into a {@link dev.phlogd.protocol.Request}. */
@Sharable
final class RequestDecoder extends MessageToMessageDecoder<ByteBuf> {
    static final RequestDecoder INSTANCE = new RequestDecoder(RequestParser::parse);
    /** Gemini's: the line is one absolute URL. */
    static final RequestDecoder GEMINI = new RequestDecoder(GeminiRequests::parse);

    private final Function<byte[], Request> parser;

    private RequestDecoder(Function<byte[], Request> parser) {
        this.parser = parser;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf line, List<Object> out) {
        out.add(parser.apply(ByteBufUtil.getBytes(line)));
    }
}
