package dev.phlogd.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One event loop's direct-memory copies of the cached replies it sends, so that a reply served
 * again goes out as a retained duplicate of the same buffer: no copy from the heap for every
 * write, which the socket (and TLS) would otherwise make. Keyed by the identity of the cached
 * array, which the reply cache replaces whenever the page changes; bounded in bytes, the oldest
 * copies released first. Used from its event loop's thread only.
 */
final class DirectCopies {
    private final long maxBytes;
    private final IdentityHashMap<byte[], ByteBuf> copies = new IdentityHashMap<>();
    /** Oldest first: an identity map keeps no order, so the order is kept beside it. */
    private final ArrayDeque<byte[]> age = new ArrayDeque<>();

    private long bytes;

    DirectCopies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A buffer with these bytes for one write (the caller's reference, released by the write). */
    ByteBuf duplicate(byte[] reply) {
        ByteBuf copy = copies.get(reply);
        if (copy == null) {
            if (reply.length > maxBytes / 4) {
                return Unpooled.wrappedBuffer(reply);
            }
            copy = Unpooled.directBuffer(reply.length, reply.length).writeBytes(reply);
            copies.put(reply, copy);
            age.addLast(reply);
            bytes += reply.length;
            while (bytes > maxBytes) {
                evictOldest();
            }
        }
        return copy.retainedDuplicate();
    }

    private void evictOldest() {
        byte[] oldest = age.removeFirst();
        ByteBuf gone = copies.remove(oldest);
        bytes -= oldest.length;
        // Writes in flight hold their own references; the memory goes when the last one is done.
        gone.release();
    }

    /** Releases every copy (the event loop is shutting down). */
    void clear() {
        for (Iterator<Map.Entry<byte[], ByteBuf>> it = copies.entrySet().iterator(); it.hasNext(); ) {
            it.next().getValue().release();
            it.remove();
        }
        age.clear();
        bytes = 0;
    }
}
