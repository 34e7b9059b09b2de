package dev.phlogd.index;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Coalesces a burst of changes (a {@code git pull}, an rsync, an editor's save-and-rename) into
 * one action, run once things have been quiet for a moment, and at the latest a little after the
 * burst began.
 */
final class ChangeBurst {
    /** Quiet time after the last change before acting, and the longest a burst may delay it. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    private static final long MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final ScheduledExecutorService worker;
    private final Runnable action;
    private boolean pending;
    private long firstChange;
    private long lastChange;

    ChangeBurst(ScheduledExecutorService worker, Runnable action) {
        this.worker = worker;
        this.action = action;
    }

    synchronized void changed() {
        long now = System.nanoTime();
        lastChange = now;
        if (!pending) {
            pending = true;
            firstChange = now;
            worker.schedule(this::afterQuiet, QUIET_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    private void afterQuiet() {
        synchronized (this) {
            long now = System.nanoTime();
            long quietFor = now - lastChange;
            if (quietFor < QUIET_NANOS && now - firstChange < MAX_DELAY_NANOS) {
                worker.schedule(this::afterQuiet, QUIET_NANOS - quietFor, TimeUnit.NANOSECONDS);
                return;
            }
            pending = false;
        }
        action.run();
    }
}
