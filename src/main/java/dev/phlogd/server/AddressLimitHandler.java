package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Applies the per-address limits once the client's real address is known (after a PROXY header,
 * when there is one). A refused connection is answered with a type-3 line once its request line
 * has arrived, like a busy one, and closed; its place is given back as {@link ReleasedOnClose}
 * says.
 */
@Sharable
final class AddressLimitHandler extends ReleasedOnClose {
    private static final AttributeKey<InetAddress> COUNTED = AttributeKey.valueOf("phlogd.counted");

    private final AddressLimits limits;
    private final boolean waitForProxy;
    private final AccessLog accessLog;

    AddressLimitHandler(AddressLimits limits, boolean waitForProxy, AccessLog accessLog) {
        this.limits = limits;
        this.waitForProxy = waitForProxy;
        this.accessLog = accessLog;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        // Only network connections have an address (an embedded test channel has none).
        if (!waitForProxy && ctx.channel().remoteAddress() instanceof InetSocketAddress peer) {
            admit(ctx.channel(), peer.getAddress());
        }
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ProxyProtocolHandler.ClientKnown known) {
            admit(ctx.channel(), known.address());
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    private void admit(Channel ch, InetAddress address) {
        ch.attr(COUNTED).set(address);
        limits.opened(address, () -> accessLog.address(ch))
                .ifPresent(refusal -> ch.attr(Connections.REFUSAL).setIfAbsent(refusal.message));
    }

    @Override
    void release(Channel ch) {
        InetAddress counted = ch.attr(COUNTED).getAndSet(null);
        if (counted != null) {
            limits.closed(counted);
        }
    }
}
