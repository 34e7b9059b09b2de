package dev.phlogd.index;

import dev.phlogd.journal.JournalParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link Hole} current. One thread does all the work: the first scan at start, a rescan
 * shortly after the watcher reports a change (bursts such as a {@code git pull} are coalesced
 * into one), a periodic rescan that catches what the watcher missed, and a rebuild when an entry
 * dated in the future falls due. Readers only ever see complete snapshots.
 */
public final class Indexer implements AutoCloseable, Freshness, java.util.function.Supplier<Hole> {
    private static final Logger log = LoggerFactory.getLogger(Indexer.class);
    /** Quiet time after the last change before rescanning, and the longest a burst may delay it. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    private static final long MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final Path realRoot;
    private final HoleScanner scanner;
    private final ZoneId zone;
    private final boolean showDrafts;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private volatile Hole hole;
    private ContentWatcher watcher;
    private ScheduledFuture<?> due;

    private final Object changeLock = new Object();
    private boolean pending;
    private long firstChange;
    private long lastChange;
    private volatile long scans;

    /** Settings of the index. */
    public record Options(
            int width, ZoneId zone, boolean showDrafts, long maxEntryBytes, Duration rescanInterval, boolean watch) {}

    private Indexer(Path realRoot, Options options, Clock clock) {
        this.realRoot = realRoot;
        this.zone = options.zone();
        this.showDrafts = options.showDrafts();
        this.clock = clock;
        this.scanner =
                new HoleScanner(realRoot, new JournalParser(options.width(), options.zone()), options.maxEntryBytes());
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phlogd-index");
            t.setDaemon(true);
            return t;
        });
    }

    /** Scans the folder once (before returning) and starts keeping the index current. */
    public static Indexer start(Path root, Options options) throws IOException {
        return start(root, options, Clock.systemUTC());
    }

    /** As {@link #start(Path, Options)}, with the clock that decides what is published and due. */
    public static Indexer start(Path root, Options options, Clock clock) throws IOException {
        Indexer indexer = new Indexer(root.toRealPath(), options, clock);
        indexer.hole = indexer.build(Map.of(), Map.of(), null);
        if (options.watch()) {
            try {
                indexer.watcher = new ContentWatcher(indexer::changed);
                indexer.watcher.watch(indexer.hole.folders().values().stream()
                        .map(FolderNode::realPath)
                        .toList());
            } catch (IOException e) {
                log.warn("no file watching ({}); changes are found by the periodic rescan", e.toString());
            }
        }
        long every = options.rescanInterval().toMillis();
        indexer.worker.scheduleWithFixedDelay(indexer::rescanQuietly, every, every, TimeUnit.MILLISECONDS);
        indexer.scheduleDue();
        return indexer;
    }

    /** The current snapshot. */
    public Hole hole() {
        return hole;
    }

    @Override
    public Hole get() {
        return hole;
    }

    /** How many scans have run (the first included). */
    public long scans() {
        return scans;
    }

    /** Something in the folder changed: rescan once things are quiet for a moment. */
    public void changed() {
        synchronized (changeLock) {
            long now = System.nanoTime();
            lastChange = now;
            if (!pending) {
                pending = true;
                firstChange = now;
                worker.schedule(this::afterQuiet, QUIET_NANOS, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void afterQuiet() {
        synchronized (changeLock) {
            long now = System.nanoTime();
            long quietFor = now - lastChange;
            if (quietFor < QUIET_NANOS && now - firstChange < MAX_DELAY_NANOS) {
                worker.schedule(this::afterQuiet, QUIET_NANOS - quietFor, TimeUnit.NANOSECONDS);
                return;
            }
            pending = false;
        }
        rescanQuietly();
    }

    @Override
    public boolean fresh(FileNode file) {
        return fresh(file, INTERVAL);
    }

    @Override
    public boolean fresh(FolderNode folder) {
        return fresh(folder, INTERVAL);
    }

    /**
     * Whether a node still matches the disk; checked at most once per {@code interval} per node,
     * so serving costs at most one stat a second per selector. A difference schedules a rescan.
     */
    boolean fresh(OnDisk node, Duration interval) {
        long now = System.nanoTime();
        if (now - node.verifiedNanos() < interval.toNanos()) {
            return true;
        }
        node.verified(now);
        try {
            if (node.unchanged(Files.readAttributes(node.realPath(), BasicFileAttributes.class))) {
                return true;
            }
        } catch (IOException e) {
            // Gone: the rescan will drop it.
        }
        changed();
        return false;
    }

    /** Rescans now, on the caller's thread; for tests and commands. */
    public synchronized void rescanNow() {
        rescan();
    }

    private void rescanQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            log.error("rescan failed; the previous index stays in use", e);
        }
    }

    private synchronized void rescan() {
        Hole old = hole;
        long start = System.nanoTime();
        Hole fresh = build(old.files(), old.folders(), old);
        if (fresh != old) {
            hole = fresh;
            if (watcher != null) {
                watcher.watch(fresh.folders().values().stream()
                        .map(FolderNode::realPath)
                        .toList());
            }
            scheduleDue();
            log.debug("re-indexed in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /** Scans, and returns {@code previous} itself when nothing changed and its views are still due. */
    private Hole build(Map<String, FileNode> files, Map<String, FolderNode> folders, Hole previous) {
        HoleScanner.Result scan = scanner.scan(files, folders);
        scans++;
        Instant now = clock.instant();
        if (previous != null
                && scan.root() == previous.root()
                && now.isBefore(previous.journal().validUntil())) {
            return previous;
        }
        Journal journal =
                Journal.of(scan.files().values(), now, zone, showDrafts, previous == null ? null : previous.journal());
        return new Hole(realRoot, scan, journal, previous, zone, clock);
    }

    /** Rebuilds the views when the next future entry falls due. */
    private void scheduleDue() {
        if (due != null) {
            due.cancel(false);
        }
        Instant until = hole.journal().validUntil();
        if (until.equals(Instant.MAX)) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), until).toMillis()) + 50;
        due = worker.schedule(this::rescanQuietly, Math.min(delay, TimeUnit.DAYS.toMillis(1)), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
    }
}
