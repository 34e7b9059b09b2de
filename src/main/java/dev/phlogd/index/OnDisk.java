package dev.phlogd.index;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A node of the index that can be checked against the disk while it is served. */
interface OnDisk {
    Path realPath();

    /** Whether the attributes read now are those it was indexed with. */
    boolean unchanged(BasicFileAttributes now);

    long verifiedNanos();

    void verified(long nanos);
}
