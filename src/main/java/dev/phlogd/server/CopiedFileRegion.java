package dev.phlogd.server;

import io.netty.channel.DefaultFileRegion;
import io.netty.channel.FileRegion;
import io.netty.util.AbstractReferenceCounted;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file that io_uring sends by copying it through user space, piece by piece, instead of
 * splicing it. Netty's io_uring transport splices a {@link DefaultFileRegion}, and the kernel
 * hands every splice to a worker thread that waits while the client does not read: uncapped,
 * each stalled download held a thread; capped, six stalled downloads kept every other file waiting
 * for a minute (until the stall watch let them go). Any other {@link FileRegion} Netty copies
 * through its ring in 64 KB pieces, with the socket's own readiness.
 */
final class CopiedFileRegion extends AbstractReferenceCounted implements FileRegion {
    /** One piece's worth, per event loop: pieces are read and handed over on the loop's thread. */
    private static final ThreadLocal<ByteBuffer> PIECE =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    private final FileChannel channel;
    private final long count;
    private long transferred;

    CopiedFileRegion(FileChannel channel, long count) {
        this.channel = channel;
        this.count = count;
    }

    @Override
    public long position() {
        return 0;
    }

    @Override
    @Deprecated
    public long transfered() {
        return transferred;
    }

    @Override
    public long transferred() {
        return transferred;
    }

    @Override
    public long count() {
        return count;
    }

    /**
     * Reads the next piece with one positional read and hands it over. (FileChannel.transferTo
     * into a channel that is neither a file nor a socket reads 8 KB at a time.)
     */
    @Override
    public long transferTo(WritableByteChannel target, long position) throws IOException {
        long left = count - position;
        if (left <= 0) {
            return 0;
        }
        ByteBuffer piece = PIECE.get().clear();
        piece.limit((int) Math.min(piece.capacity(), left));
        int read = channel.read(piece, position);
        if (read <= 0) {
            // The file got shorter than when it was opened: what is left cannot be sent.
            throw new IOException("file ended after " + position + " of " + count + " bytes");
        }
        piece.flip();
        int written = target.write(piece);
        transferred += written;
        return written;
    }

    @Override
    public CopiedFileRegion retain() {
        super.retain();
        return this;
    }

    @Override
    public CopiedFileRegion retain(int increment) {
        super.retain(increment);
        return this;
    }

    @Override
    public CopiedFileRegion touch() {
        return this;
    }

    @Override
    public CopiedFileRegion touch(Object hint) {
        return this;
    }

    @Override
    protected void deallocate() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a file opened for reading loses nothing.
        }
    }
}
