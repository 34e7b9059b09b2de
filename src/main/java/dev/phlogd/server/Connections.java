package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/** Per-connection state, kept in channel attributes so that handlers stay shareable. */
final class Connections {
    /** {@link System#nanoTime()} when the connection was accepted. */
    static final AttributeKey<Long> ACCEPTED = AttributeKey.valueOf("phlogd.accepted");

    /** Set when input was left unread: closing at once could reset the connection and lose the reply. */
    static final AttributeKey<Boolean> UNREAD_INPUT = AttributeKey.valueOf("phlogd.unreadInput");

    /** Set on connections that are turned away (server busy, an address over its limits): the type-3 message. */
    static final AttributeKey<String> REFUSAL = AttributeKey.valueOf("phlogd.refusal");

    /** The real client behind a proxy, from its PROXY header. */
    static final AttributeKey<java.net.InetSocketAddress> CLIENT = AttributeKey.valueOf("phlogd.client");

    /** Set on connections that speak TLS. */
    static final AttributeKey<Boolean> TLS = AttributeKey.valueOf("phlogd.tls");

    /** Set once a reply has been written, so that no second one (a timeout error) follows it. */
    static final AttributeKey<Boolean> ANSWERED = AttributeKey.valueOf("phlogd.answered");

    private Connections() {}

    static long elapsedNanos(Channel ch) {
        Long start = ch.attr(ACCEPTED).get();
        return start == null ? 0 : System.nanoTime() - start;
    }

    /** The client: the one a PROXY header named, else the peer. */
    static java.net.InetSocketAddress clientAddress(Channel ch) {
        java.net.InetSocketAddress proxied = ch.attr(CLIENT).get();
        if (proxied != null) {
            return proxied;
        }
        return ch.remoteAddress() instanceof java.net.InetSocketAddress inet ? inet : null;
    }

    static String client(Channel ch) {
        var address = clientAddress(ch) == null ? ch.remoteAddress() : clientAddress(ch);
        if (address instanceof java.net.InetSocketAddress inet) {
            return inet.getAddress() == null
                    ? inet.getHostString()
                    : inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
