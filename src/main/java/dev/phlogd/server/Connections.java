package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/** Per-connection state, kept in channel attributes so that handlers stay shareable. */
final class Connections {
    /** {@link System#nanoTime()} when the connection was accepted. */
    static final AttributeKey<Long> ACCEPTED = AttributeKey.valueOf("phlogd.accepted");

    /** Set when input was left unread: closing at once could reset the connection and lose the reply. */
    static final AttributeKey<Boolean> UNREAD_INPUT = AttributeKey.valueOf("phlogd.unreadInput");

    /** Set on connections over the limit: they are answered "busy" instead of being served. */
    static final AttributeKey<Boolean> BUSY = AttributeKey.valueOf("phlogd.busy");

    /** Set once a reply has been written, so that no second one (a timeout error) follows it. */
    static final AttributeKey<Boolean> ANSWERED = AttributeKey.valueOf("phlogd.answered");

    private Connections() {}

    static long elapsedNanos(Channel ch) {
        Long start = ch.attr(ACCEPTED).get();
        return start == null ? 0 : System.nanoTime() - start;
    }

    static String client(Channel ch) {
        var address = ch.remoteAddress();
        if (address instanceof java.net.InetSocketAddress inet) {
            return inet.getAddress() == null
                    ? inet.getHostString()
                    : inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
