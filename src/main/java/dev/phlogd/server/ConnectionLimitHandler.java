package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.AttributeKey;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First in the pipeline: counts open connections and marks those over the limit, which then get a
 * type-3 "busy" reply instead of being served. The mark waits for the request line, because a
 * reply written before the client has sent it would be reset away when the connection closes
 * with that line unread. A connection stops counting as {@link ReleasedOnClose} says.
 */
@Sharable
final class ConnectionLimitHandler extends ReleasedOnClose {
    private static final AttributeKey<Boolean> COUNTED = AttributeKey.valueOf("phlogd.countedOpen");
    private final int max;
    private final AtomicInteger open = new AtomicInteger();

    ConnectionLimitHandler(int max) {
        this.max = max;
    }

    int open() {
        return open.get();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.channel().attr(Connections.ACCEPTED).set(System.nanoTime());
        ctx.channel().attr(COUNTED).set(Boolean.TRUE);
        if (open.incrementAndGet() > max) {
            ctx.channel().attr(Connections.REFUSAL).set("Server busy, please try again in a moment");
        }
        ctx.fireChannelActive();
    }

    @Override
    void release(Channel ch) {
        if (ch.attr(COUNTED).getAndSet(null) != null) {
            open.decrementAndGet();
        }
    }
}
