package dev.phlogd.server;

import java.net.InetAddress;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per client address: how many connections it holds open and how many requests it made in the
 * current minute. Over either limit an address is refused (and logged once per burst), while every
 * other address goes on at full speed. The bookkeeping stays bounded under a flood of distinct
 * addresses: open connections are bounded by the global connection limit, and at most
 * {@link #MAX_TRACKED} addresses have a request count (stale ones are dropped first).
 */
final class AddressLimits {
    private static final Logger log = LoggerFactory.getLogger(AddressLimits.class);
    static final int MAX_TRACKED = 20_000;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    /** Why an address is turned away. */
    enum Refusal {
        TOO_MANY_CONNECTIONS("Too many connections"),
        SLOW_DOWN("Slow down");

        final String message;

        Refusal(String message) {
            this.message = message;
        }
    }

    private static final class Window {
        long start;
        int requests;
        boolean logged;
    }

    private final int maxConnections;
    private final int perMinute;
    private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    private final Map<InetAddress, Window> windows = new ConcurrentHashMap<>();
    private final Map<InetAddress, Boolean> connectionsLogged = new ConcurrentHashMap<>();

    AddressLimits(int maxConnections, int perMinute) {
        this.maxConnections = maxConnections;
        this.perMinute = perMinute;
    }

    /**
     * A connection from {@code address} opens; empty when it may be served. Pair with {@link #closed}.
     * {@code shown} is how a warning names the address, worked out only for one.
     */
    Optional<Refusal> opened(InetAddress address, Supplier<String> shown) {
        int n = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (n > maxConnections) {
            if (connectionsLogged.putIfAbsent(address, Boolean.TRUE) == null) {
                log.warn(
                        "{} holds more than {} connections; refusing its new ones until it lets go",
                        shown.get(),
                        maxConnections);
            }
            return Optional.of(Refusal.TOO_MANY_CONNECTIONS);
        }
        return perMinute == 0 ? Optional.empty() : rate(address, shown);
    }

    void closed(InetAddress address) {
        if (open.computeIfPresent(address, AddressLimits::release) == null) {
            connectionsLogged.remove(address);
        }
    }

    /**
     * One connection fewer; the count goes when it reaches none. Static, so that no lambda is made
     * per connection (which with C1 goes through a method handle and a native allocation).
     */
    private static AtomicInteger release(InetAddress address, AtomicInteger n) {
        return n.decrementAndGet() > 0 ? n : null;
    }

    private Optional<Refusal> rate(InetAddress address, Supplier<String> shown) {
        long now = System.nanoTime();
        Window w = windows.get(address);
        if (w == null) {
            if (windows.size() >= MAX_TRACKED) {
                prune(now);
                if (windows.size() >= MAX_TRACKED) {
                    // Flooded by more addresses than are tracked: this one goes uncounted, memory stays bounded.
                    return Optional.empty();
                }
            }
            w = windows.computeIfAbsent(address, a -> new Window());
        }
        synchronized (w) {
            if (now - w.start >= MINUTE_NANOS) {
                w.start = now;
                w.requests = 0;
                w.logged = false;
            }
            if (++w.requests <= perMinute) {
                return Optional.empty();
            }
            if (!w.logged) {
                w.logged = true;
                log.warn("{} made more than {} requests this minute; telling it to slow down", shown.get(), perMinute);
            }
            return Optional.of(Refusal.SLOW_DOWN);
        }
    }

    private void prune(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            Window w = it.next();
            synchronized (w) {
                if (now - w.start >= MINUTE_NANOS) {
                    it.remove();
                }
            }
        }
    }

    int tracked() {
        return windows.size();
    }
}
