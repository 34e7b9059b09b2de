package dev.phlogd.index;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Coalesces a burst of changes (a {@code git pull}, an rsync, an editor's save-and-rename) into
 * one action, run once things have been quiet for a moment, and at the latest a little after the
 * burst began. The action is told every folder the burst named, or null when a change could have
 * been anywhere.
 */
final class ChangeBurst {
    /** Quiet time after the last change before acting, and the longest a burst may delay it. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    private static final long MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final ScheduledExecutorService worker;
    private final Consumer<Set<Path>> action;
    private final Set<Path> folders = new HashSet<>();
    private boolean anywhere;
    private boolean pending;
    private long firstChange;
    private long lastChange;

    ChangeBurst(ScheduledExecutorService worker, Consumer<Set<Path>> action) {
        this.worker = worker;
        this.action = action;
    }

    /** A change in {@code folder}, or anywhere when it is null. */
    synchronized void changed(Path folder) {
        if (folder == null) {
            anywhere = true;
        } else {
            folders.add(folder);
        }
        long now = System.nanoTime();
        lastChange = now;
        if (!pending) {
            pending = true;
            firstChange = now;
            worker.schedule(this::afterQuiet, QUIET_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    private void afterQuiet() {
        Set<Path> named;
        synchronized (this) {
            long now = System.nanoTime();
            long quietFor = now - lastChange;
            if (quietFor < QUIET_NANOS && now - firstChange < MAX_DELAY_NANOS) {
                worker.schedule(this::afterQuiet, QUIET_NANOS - quietFor, TimeUnit.NANOSECONDS);
                return;
            }
            pending = false;
            // Taken before the action runs: a change during it starts the next burst.
            named = anywhere ? null : Set.copyOf(folders);
            folders.clear();
            anywhere = false;
        }
        action.accept(named);
    }
}
