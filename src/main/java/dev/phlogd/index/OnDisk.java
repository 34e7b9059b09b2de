package dev.phlogd.index;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A node of the index that can be checked against the disk while it is served: its real path,
 * whether attributes read now still match the scan, and when it was last checked.
 */
abstract sealed class OnDisk permits FileNode, FolderNode {
    private final Path realPath;
    private volatile long verifiedNanos;

    OnDisk(Path realPath) {
        this.realPath = realPath;
        this.verifiedNanos = System.nanoTime();
    }

    /** The real path (symbolic links resolved), inside the root when it was scanned. */
    public Path realPath() {
        return realPath;
    }

    /** Whether the attributes read now are those it was indexed with. */
    abstract boolean unchanged(BasicFileAttributes now);

    long verifiedNanos() {
        return verifiedNanos;
    }

    void verified(long nanos) {
        verifiedNanos = nanos;
    }
}
