package dev.phlogd.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads the files a walk finds while the walk goes on: every {@value #BATCH} files found become a
 * task of the common pool, and once the walk is done the walking thread runs every task no pool
 * thread has started yet, newest first, then waits for the others. The walk of a big hole (a stat
 * and a few checks per file) used to come whole before the first parse. Not thread-safe: one
 * walking thread adds.
 */
final class ParallelReads<T> {
    static final int BATCH = 32;

    private final Consumer<T> read;
    private final List<Batch> batches = new ArrayList<>();
    private List<T> pending = new ArrayList<>(BATCH);
    private int count;

    ParallelReads(Consumer<T> read) {
        this.read = read;
    }

    void add(T item) {
        pending.add(item);
        count++;
        if (pending.size() == BATCH) {
            Batch batch = seal();
            ForkJoinPool.commonPool().execute(batch);
        }
    }

    /** Reads what is left, waits for every read, and says how many there were. */
    int finish() {
        if (!pending.isEmpty()) {
            seal();
        }
        for (int i = batches.size() - 1; i >= 0; i--) {
            batches.get(i).run();
        }
        for (Batch batch : batches) {
            batch.await();
        }
        return count;
    }

    private Batch seal() {
        Batch batch = new Batch(pending);
        batches.add(batch);
        pending = new ArrayList<>(BATCH);
        return batch;
    }

    /** Run once, by whichever thread claims it first. */
    private final class Batch implements Runnable {
        private final List<T> items;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Throwable failure;

        Batch(List<T> items) {
            this.items = items;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                items.forEach(read);
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
        }

        /** Waits for the batch, rethrowing on the walking thread what a pool thread's read threw. */
        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failure;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }
}
