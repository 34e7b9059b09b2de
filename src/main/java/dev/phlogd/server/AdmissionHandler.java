package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * First in the pipeline: counts open connections, and applies the per-address limits once the
 * client's real address is known (at once, or after a PROXY header when one is expected). A
 * connection over a limit is marked, and gets a type-3 reply instead of being served; the mark
 * waits for the request line, because a reply written before the client has sent it would be
 * reset away when the connection closes with that line unread. Its places are given back as
 * {@link ReleasedOnClose} says. One stage for both limits: each stage costs every connection an
 * add and a hop each way.
 */
@Sharable
final class AdmissionHandler extends ReleasedOnClose {
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final AddressLimits limits;
    private final boolean waitForProxy;
    private final AccessLog accessLog;

    /** @param waitForProxy whether the address is the one a PROXY header names ({@link ProxyProtocolHandler.ClientKnown}) */
    AdmissionHandler(int maxConnections, AddressLimits limits, boolean waitForProxy, AccessLog accessLog) {
        this.maxConnections = maxConnections;
        this.limits = limits;
        this.waitForProxy = waitForProxy;
        this.accessLog = accessLog;
    }

    /** Answered here, not looked up (see {@link GopherChannelInitializer#isSharable}). */
    @Override
    public boolean isSharable() {
        return true;
    }

    int open() {
        return open.get();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        Channel ch = ctx.channel();
        Connection connection = Connection.of(ch);
        connection.accepted(System.nanoTime());
        connection.countOpen();
        if (open.incrementAndGet() > maxConnections) {
            connection.refuse("Server busy, please try again in a moment");
        }
        // Only network connections have an address (an embedded test channel has none).
        if (!waitForProxy && ch.remoteAddress() instanceof InetSocketAddress peer) {
            admit(ch, connection, peer.getAddress());
        }
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ProxyProtocolHandler.ClientKnown known) {
            admit(ctx.channel(), Connection.of(ctx.channel()), known.address());
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    private void admit(Channel ch, Connection connection, InetAddress address) {
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
        Connection connection = Connection.of(ch);
        if (connection.uncountOpen()) {
            open.decrementAndGet();
        }
        InetAddress counted = connection.uncountAddress();
        if (counted != null) {
            limits.closed(counted);
        }
    }
}
