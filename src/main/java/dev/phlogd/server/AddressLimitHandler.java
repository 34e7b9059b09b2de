package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies the per-address limits once the client's real address is known (after a PROXY header,
 * when there is one). A refused connection is answered with a type-3 line once its request line
 * has arrived, like a busy one, and closed; its place is given back as {@link ReleasedOnClose}
 * says.
 */
@Sharable
final class AddressLimitHandler extends ReleasedOnClose {
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
        Connection connection = Connection.of(ch);
        connection.countAddress(address);
        Optional<AddressLimits.Refusal> refusal = limits.opened(address, new Shown(accessLog, ch));
        if (refusal.isPresent()) {
            connection.refuse(refusal.get().message);
        }
    }

    /**
     * The address as the access log shows it, for a warning. A class and not a lambda: with the
     * C1 compiler that config/jvm.options chooses, making a capturing lambda goes through a method
     * handle and a native allocation, 31 ns against 1.7 for a {@code new} (one per connection).
     */
    private record Shown(AccessLog accessLog, Channel ch) implements Supplier<String> {
        @Override
        public String get() {
            return accessLog.address(ch);
        }
    }

    @Override
    void release(Channel ch) {
        InetAddress counted = Connection.of(ch).uncountAddress();
        if (counted != null) {
            limits.closed(counted);
        }
    }
}
