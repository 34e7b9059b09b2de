package dev.phlogd.server;

import io.netty.channel.Channel;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * What the server knows of one connection, in one object under one channel attribute, so that the
 * handlers stay shareable. One object and not an attribute for each fact: every new attribute
 * copied the channel's attribute array, and a connection made seven of them. Only its event loop
 * reads or writes it (Netty runs every handler method of a channel there).
 */
final class Connection {
    private static final AttributeKey<Connection> KEY = AttributeKey.valueOf("phlogd.connection");

    private long acceptedNanos;
    private boolean countedOpen;
    private InetAddress countedAddress;
    private String refusal;
    private InetSocketAddress proxiedClient;
    private boolean tls;
    private boolean answered;
    private boolean unreadInput;
    private ScheduledFuture<?> deadline;

    private Connection() {}

    /** The state of {@code ch}, made on first use. */
    static Connection of(Channel ch) {
        Attribute<Connection> attribute = ch.attr(KEY);
        Connection connection = attribute.get();
        if (connection == null) {
            connection = new Connection();
            attribute.set(connection);
        }
        return connection;
    }

    /** Starts the clock for the access log's milliseconds. */
    void accepted(long nanoTime) {
        acceptedNanos = nanoTime;
    }

    long elapsedNanos() {
        return acceptedNanos == 0 ? 0 : System.nanoTime() - acceptedNanos;
    }

    /** Counts it among the open connections. */
    void countOpen() {
        countedOpen = true;
    }

    /** Stops counting it among the open connections; true only the first time. */
    boolean uncountOpen() {
        boolean was = countedOpen;
        countedOpen = false;
        return was;
    }

    void countAddress(InetAddress address) {
        countedAddress = address;
    }

    /** The address it was counted under, now no longer, or null when it was not (or no longer). */
    InetAddress uncountAddress() {
        InetAddress was = countedAddress;
        countedAddress = null;
        return was;
    }

    /** The type-3 message it is to be turned away with, or null when it is served. */
    String refusal() {
        return refusal;
    }

    /** Turns it away with {@code message}, unless an earlier limit already did. */
    void refuse(String message) {
        if (refusal == null) {
            refusal = message;
        }
    }

    void proxiedClient(InetSocketAddress client) {
        proxiedClient = client;
    }

    boolean tls() {
        return tls;
    }

    void speaksTls() {
        tls = true;
    }

    boolean answered() {
        return answered;
    }

    /** Marks it answered; false when it already was, and must get no second reply. */
    boolean answer() {
        boolean was = answered;
        answered = true;
        return !was;
    }

    boolean unreadInput() {
        return unreadInput;
    }

    /** Input was left unread: closing at once could reset the connection and lose the reply. */
    void leftInputUnread() {
        unreadInput = true;
    }

    /** The request's deadline, armed when it was accepted. */
    void deadline(ScheduledFuture<?> future) {
        deadline = future;
    }

    /** Turns the deadline off: the reply is out, or watched otherwise. */
    void disarm() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    /** The client: the one a PROXY header named, else the peer. */
    static InetSocketAddress clientAddress(Channel ch) {
        InetSocketAddress proxied = of(ch).proxiedClient;
        if (proxied != null) {
            return proxied;
        }
        return ch.remoteAddress() instanceof InetSocketAddress inet ? inet : null;
    }

    static String client(Channel ch) {
        InetSocketAddress client = clientAddress(ch);
        var address = client == null ? ch.remoteAddress() : client;
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress() == null
                    ? inet.getHostString()
                    : inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
