package dev.phlogd.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose reply has stopped moving: a client that sent its request and then
 * never reads would otherwise hold the connection (and a file) forever. Progress is what counts
 * (output is observed), so a slow download that keeps moving is never cut.
 */
final class StallHandler extends IdleStateHandler {
    private final AccessLog accessLog;

    StallHandler(long stallNanos, AccessLog accessLog) {
        super(true, 0, stallNanos, 0, TimeUnit.NANOSECONDS);
        this.accessLog = accessLog;
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent event) {
        if (event.state() == IdleState.WRITER_IDLE
                && Connection.of(ctx.channel()).answered()) {
            accessLog.log(ctx.channel(), "", "stalled", 0);
            ctx.close();
        }
    }
}
