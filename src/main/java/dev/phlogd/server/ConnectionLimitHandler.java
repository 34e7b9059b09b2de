package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First in the pipeline: counts open connections and marks those over the limit, which then get a
 * type-3 "busy" reply instead of being served. The mark waits for the request line, because a
 * reply written before the client has sent it would be reset away when the connection closes
 * with that line unread. A connection stops counting as {@link ReleasedOnClose} says.
 */
@Sharable
final class ConnectionLimitHandler extends ReleasedOnClose {
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
        Connection connection = Connection.of(ctx.channel());
        connection.accepted(System.nanoTime());
        connection.countOpen();
        if (open.incrementAndGet() > max) {
            connection.refuse("Server busy, please try again in a moment");
        }
        ctx.fireChannelActive();
    }

    @Override
    void release(Channel ch) {
        if (Connection.of(ch).uncountOpen()) {
            open.decrementAndGet();
        }
    }
}
