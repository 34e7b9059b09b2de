package dev.phlogd.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
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

    /**
     * A batch is a {@link FutureTask}: run by whichever thread starts it first (a second run does
     * nothing), and what a read threw is kept for the walking thread.
     */
    private final class Batch extends FutureTask<Void> {
        Batch(List<T> items) {
            super(() -> items.forEach(read), null);
        }

        /** Waits for the batch, rethrowing on the walking thread what a pool thread's read threw. */
        void await() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        get();
                        return;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException r) {
                            throw r;
                        }
                        throw (Error) e.getCause();
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
