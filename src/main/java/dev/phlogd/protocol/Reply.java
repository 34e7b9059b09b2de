package dev.phlogd.protocol;

import java.nio.channels.FileChannel;

/** A complete answer to one request, ready to be written and followed by closing the connection. */
public sealed interface Reply {
    Outcome outcome();

    /** Bytes on the wire. */
    long length();

    /**
     * A reply held in memory; {@code bytes} are never modified after construction. {@code kept}
     * says the same array answers later requests too (it comes from the reply cache), so a
     * transport may keep a copy of it in its own form (a direct buffer) instead of copying it for
     * every write.
     */
    record Data(Outcome outcome, byte[] bytes, boolean kept) implements Reply {
        /** A reply made for this request only. */
        public Data(Outcome outcome, byte[] bytes) {
            this(outcome, bytes, false);
        }

        @Override
        public long length() {
            return bytes.length;
        }
    }

    /**
     * A file sent byte for byte (zero-copy where the transport allows), after an optional
     * {@code header} (a Gopher+ status line). The reply owns {@code channel} and closes it.
     */
    record File(FileChannel channel, long size, byte[] header) implements Reply {
        @Override
        public Outcome outcome() {
            return Outcome.FILE;
        }

        @Override
        public long length() {
            return header.length + size;
        }
    }
}
