package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * A handler that holds something for each connection (a place under a limit) and gives it back
 * when the server closes the connection or the transport reports it gone, whichever comes first:
 * io_uring reports it one loop after the close, and a client that had its reply and connected
 * again was refused for a connection it no longer held. {@link #release} must be safe to call
 * twice (each subclass clears a per-channel mark).
 */
abstract class ReleasedOnClose extends ChannelDuplexHandler {
    /** Gives back what {@code ch} holds, if it still holds it. */
    abstract void release(Channel ch);

    @Override
    public final void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        release(ctx.channel());
        ctx.close(promise);
    }

    @Override
    public final void channelInactive(ChannelHandlerContext ctx) {
        release(ctx.channel());
        ctx.fireChannelInactive();
    }
}
