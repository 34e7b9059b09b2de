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
import java.util.Optional;
import java.util.Set;
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

    private final RootFolder root;
    private final JournalParser parser;
    private final long maxEntryBytes;
    /** What the current index was built from; replaced only by a complete index of a new target. */
    private RootFolder.Target target;

    private HoleScanner scanner;

    private final ZoneId zone;
    private final boolean showDrafts;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private volatile Hole hole;
    private final FolderWatches watches;
    private ScheduledFuture<?> due;
    private final ChangeBurst burst;
    private volatile long scans;
    private final IndexCache cache;

    /** Settings of the index. */
    public record Options(
            int width, ZoneId zone, boolean showDrafts, long maxEntryBytes, Duration rescanInterval, boolean watch) {}

    private Indexer(RootFolder root, RootFolder.Target target, Options options, Clock clock, IndexCache cache) {
        this.root = root;
        this.cache = cache;
        this.target = target;
        this.zone = options.zone();
        this.showDrafts = options.showDrafts();
        this.clock = clock;
        this.parser = new JournalParser(options.width(), options.zone());
        this.maxEntryBytes = options.maxEntryBytes();
        this.scanner = new HoleScanner(target.real(), parser, maxEntryBytes);
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phlogd-index");
            t.setDaemon(true);
            return t;
        });
        this.burst = new ChangeBurst(worker, this::rescanQuietly);
        this.watches = new FolderWatches(root, burst::changed);
    }

    /** Scans the folder once (before returning) and starts keeping the index current. */
    public static Indexer start(Path root, Options options) throws IOException {
        return start(root, options, Clock.systemUTC());
    }

    /** As {@link #start(Path, Options)}, with the clock that decides what is published and due. */
    public static Indexer start(Path root, Options options, Clock clock) throws IOException {
        return start(root, options, clock, IndexCache.NONE);
    }

    /** As {@link #start(Path, Options, Clock)}, taking unchanged files from {@code cache}, and keeping the index there. */
    public static Indexer start(Path root, Options options, Clock clock, IndexCache cache) throws IOException {
        RootFolder folder = new RootFolder(root);
        Indexer indexer = new Indexer(folder, folder.current(), options, clock, cache);
        Map<String, FileNode> kept = cache.read(indexer.target.real());
        indexer.hole = indexer.build(kept, Map.of(), null, null);
        cache.reportKept(indexer.hole.files());
        if (options.watch()) {
            // On the index thread, not before the server can listen: a watch on every folder of
            // a 10,000-entry hole took 50 to 120 ms of the start-up.
            indexer.worker.execute(indexer::startWatching);
        }
        indexer.worker.execute(indexer::keep);
        long every = options.rescanInterval().toMillis();
        // The periodic rescan, and below the one when a future entry falls due, list everything.
        indexer.worker.scheduleWithFixedDelay(() -> indexer.rescanQuietly(null), every, every, TimeUnit.MILLISECONDS);
        indexer.scheduleDue();
        return indexer;
    }

    /**
     * Watches every folder, then rescans everything once: what changed between the first scan
     * and the watches being in place is found by that rescan, what changes after by the watches.
     */
    private synchronized void startWatching() {
        if (watches.start()) {
            watches.watch(hole, false);
            rescanQuietly(null);
        }
    }

    /** Keeps the current index for the next start. */
    private void keep() {
        Hole kept = hole;
        cache.write(kept.realRoot(), kept.files().values());
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
        burst.changed(null);
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
            if (root.currentIfReadable().filter(t -> t.sameAs(target)).isEmpty()) {
                // The whole root is away (unmounted, moved, switched): the last good index and
                // its cached replies keep serving until a rescan has a new one.
                changed();
                return true;
            }
            // Gone: the rescan will drop it.
        }
        // Only the folder that holds the node is listed again (everything, if it is not known).
        FolderNode holder = node instanceof FolderNode f ? f : hole.folders().get(((FileNode) node).folder());
        burst.changed(holder == null ? null : holder.realPath());
        return false;
    }

    /** Rescans now, on the caller's thread; for tests and commands. */
    public synchronized void rescanNow() {
        rescan(null);
    }

    /** Rescans now only this folder (a real path), as when the watcher names it; for tests and benchmarks. */
    public synchronized void rescanNow(Path changedFolder) {
        rescan(Set.of(changedFolder));
    }

    /** A rescan of the folders the watcher named, or of everything ({@code changed} null). */
    private void rescanQuietly(Set<Path> changed) {
        try {
            rescan(changed);
        } catch (RuntimeException e) {
            log.error("rescan failed; the previous index stays in use", e);
        }
    }

    private synchronized void rescan(Set<Path> changed) {
        Optional<RootFolder.Target> readable = root.currentOrSaid();
        if (readable.isEmpty()) {
            return;
        }
        RootFolder.Target now = readable.get();
        if (!now.sameAs(target)) {
            switchTo(now);
            return;
        }
        Hole old = hole;
        long start = System.nanoTime();
        Hole fresh = build(old.files(), old.folders(), old, changed);
        if (fresh != old
                && root.currentIfReadable().filter(t -> t.sameAs(target)).isPresent()) {
            hole = fresh;
            // Folders new to this scan were listed before their watches: listed once more.
            for (Path added : watches.watch(fresh, false)) {
                burst.changed(added);
            }
            scheduleDue();
            log.debug("re-indexed in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /**
     * The root now leads elsewhere (a switched link, a folder replaced by another): the new target
     * is indexed in full while the old index keeps serving, and replaces it in one step only if it
     * was indexed whole and is still the target afterwards.
     */
    private void switchTo(RootFolder.Target next) {
        long start = System.nanoTime();
        HoleScanner nextScanner = new HoleScanner(next.real(), parser, maxEntryBytes);
        HoleScanner.Result scan;
        try {
            scan = nextScanner.scan(Map.of(), Map.of());
        } catch (RuntimeException e) {
            log.error("cannot index the new content folder {}; the previous index stays in use", next.real(), e);
            return;
        }
        if (root.currentIfReadable().filter(t -> t.sameAs(next)).isEmpty()) {
            log.warn("content folder {} changed again while it was indexed; indexing it anew", root.configured());
            changed();
            return;
        }
        scans++;
        Hole old = hole;
        Journal journal = Journal.of(scan.files().values(), clock.instant(), zone, showDrafts, null);
        target = next;
        scanner = nextScanner;
        hole = new Hole(next.real(), scan, journal, old, zone, clock);
        // As at the first start: what changed before the watches were in place is found by a rescan.
        if (!watches.watch(hole, true).isEmpty()) {
            changed();
        }
        scheduleDue();
        keep();
        log.info(
                "content folder {} now leads to {}: {} ({} ms)",
                root.configured(),
                next.real(),
                hole.counts().summary(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /**
     * Scans (only the {@code changed} folders, unless null), and returns {@code previous} itself
     * when nothing changed and its views are still due.
     */
    private Hole build(Map<String, FileNode> files, Map<String, FolderNode> folders, Hole previous, Set<Path> changed) {
        HoleScanner.Result scan = scanner.scan(files, folders, changed);
        scans++;
        Instant now = clock.instant();
        if (previous != null
                && scan.root() == previous.root()
                && now.isBefore(previous.journal().validUntil())) {
            return previous;
        }
        Journal journal =
                Journal.of(scan.files().values(), now, zone, showDrafts, previous == null ? null : previous.journal());
        return new Hole(target.real(), scan, journal, previous, zone, clock);
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
        due = worker.schedule(
                () -> rescanQuietly(null), Math.min(delay, TimeUnit.DAYS.toMillis(1)), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        watches.close();
    }
}
