package dev.phlogd.index;

import java.time.Duration;

/**
 * Whether an indexed file or folder still matches the disk. Serving asks before it trusts a cached
 * reply; the {@link Indexer} answers from the disk (and schedules a rescan on a difference), tests
 * without a disk answer {@link #ALWAYS}.
 */
public interface Freshness {
    /** How often one node is checked against the disk while it is being served. */
    Duration INTERVAL = Duration.ofSeconds(1);

    /** Trusts the index: for snapshots that no one edits. */
    Freshness ALWAYS = new Freshness() {
        @Override
        public boolean fresh(FileNode file) {
            return true;
        }

        @Override
        public boolean fresh(FolderNode folder) {
            return true;
        }
    };

    /** Whether {@code file} has the size and modification time it was indexed with. */
    boolean fresh(FileNode file);

    /** Whether {@code folder} has the modification time it was indexed with. */
    boolean fresh(FolderNode folder);
}
