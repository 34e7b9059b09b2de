package dev.phlogd.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose request line is not complete within the read timeout, counted from
 * the moment it was accepted, so that a client trickling one byte at a time cannot hold it open
 * (an idle-time handler would be reset by every byte). Sits after the line decoder: the first
 * message through it is the complete request, which disarms it.
 */
final class RequestDeadlineHandler extends ChannelInboundHandlerAdapter {
    private final long timeoutNanos;
    private final AccessLog accessLog;
    private ScheduledFuture<?> deadline;

    RequestDeadlineHandler(long timeoutNanos, AccessLog accessLog) {
        this.timeoutNanos = timeoutNanos;
        this.accessLog = accessLog;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> expire(ctx), timeoutNanos, TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        cancel();
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    private void expire(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            accessLog.log(ctx.channel(), "", "timeout", 0);
            ctx.close();
        }
    }

    private void cancel() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
