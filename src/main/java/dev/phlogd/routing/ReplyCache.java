package dev.phlogd.routing;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Ready reply bytes by selector, each with the version of the inputs it was built from (the index
 * nodes it shows, which are replaced whenever their files change). A lookup with another version
 * misses, so nothing stale is ever served. Bounded in bytes; the least recently used go first.
 */
final class ReplyCache {
    private record Cached(Object version, byte[] bytes) {}

    private final long maxBytes;
    private final LinkedHashMap<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    ReplyCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reply bytes and whether the cache holds them, so that later requests get the same array (a
     * reply too big for the budget, or any reply with the cache off, is made for one request only).
     */
    record Lookup(byte[] bytes, boolean kept) {}

    /**
     * The cached bytes for {@code key} at {@code version}, or {@code build}'s, which are then kept
     * if they fit (null bytes from {@code build} mean there is nothing to serve, and nothing is kept).
     */
    Lookup get(String key, Object version, Supplier<byte[]> build) {
        synchronized (this) {
            Cached c = entries.get(key);
            if (c != null && c.version().equals(version)) {
                return new Lookup(c.bytes(), true);
            }
        }
        byte[] built = build.get();
        return new Lookup(built, built != null && put(key, version, built));
    }

    /** Keeps {@code data} unless it is too big for the budget; whether it was kept. */
    private synchronized boolean put(String key, Object version, byte[] data) {
        if (data.length > maxBytes / 4) {
            return false;
        }
        Cached old = entries.put(key, new Cached(version, data));
        bytes += data.length - (old == null ? 0 : old.bytes().length);
        Iterator<Map.Entry<String, Cached>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes().length;
            eldest.remove();
        }
        return true;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
