package dev.phlogd.index;

import static dev.phlogd.support.GopherClient.fetchText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.phlogd.config.Setting;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing the content folder under a running server: every kind of edit shows up in every view
 * (entry text, folder menu, newest entries, tags, archive, search, feed, neighbours), polled with
 * a deadline. The periodic rescan is set far away, so the file watcher is what is tested, except
 * where a test turns it off.
 */
class LiveEditIT {
    /** Generous for a loaded CI machine; typical latency is measured by the benchmark, not here. */
    static final Duration DEADLINE = Duration.ofSeconds(8);

    @TempDir
    Path tmp;

    Path hole;
    TestServer server;
    int port;

    void start(boolean watch, String rescan) throws Exception {
        hole = Fixtures.copy("hole", tmp.resolve("hole"));
        server = TestServer.start(hole, Map.of(Setting.RESCAN_INTERVAL, rescan, Setting.HOSTNAME, "127.0.0.1"), watch);
        port = server.port();
    }

    void start() throws Exception {
        start(true, "600");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not visible within " + DEADLINE.toSeconds() + " s: " + what);
            }
            sleep(20);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String get(String selector) {
        return fetchText(port, selector);
    }

    /** Waits until every view shows an entry with this title, date, tag and word. */
    void awaitEverywhere(String selector, String folder, String title, String day, String tag, String word) {
        String listing = day + " " + title;
        await("entry text", () -> get(selector).startsWith(title + "\r\n"));
        await("folder menu", () -> get(folder).contains(listing));
        await("newest entries", () -> get("").contains(listing));
        await("tags", () -> get("/.tags/").contains(tag + " ("));
        await("tag menu", () -> get("/.tags/" + tag).contains(listing));
        await("archive", () -> get("/.archive/" + day.substring(0, 4)).contains(listing));
        await("search", () -> get("/.search\t" + word).contains(listing));
        await("feed", () -> get("/.feed.xml").contains("<title>" + title + "</title>"));
    }

    /** Waits until no view shows this title any more. */
    void awaitGone(String selector, String title) {
        await("entry gone", () -> get(selector).startsWith("3Not found"));
        for (String view :
                List.of("", "/phlog/", "/.tags/lighthouse", "/.archive/2024", "/.feed.xml", "/.search\tstorm")) {
            await("gone from " + view, () -> !get(view).contains(title));
        }
    }

    static final String NEW_STORM =
            "---\ntitle: The April gale\ndate: 2024-04-15\ntags: [gale]\n---\n\nA zephyrine wind.\n";

    @Test
    void inPlaceWrite() throws Exception {
        start();
        Files.writeString(hole.resolve("phlog/2024-03-02-storm.md"), NEW_STORM);
        awaitEverywhere("/phlog/2024-03-02-storm", "/phlog/", "The April gale", "2024-04-15", "gale", "zephyrine");
        await("old title gone from menus", () -> !get("/phlog/").contains("The March storm"));
        await("neighbours", () -> get("/.links/phlog/2024-05-12-first-light").contains("2024-04-15 The April gale"));
    }

    @Test
    void writeToATemporaryFileThenRenameOver() throws Exception {
        start();
        Path temp = hole.resolve("phlog/.2024-03-02-storm.md.tmp4711");
        Files.writeString(temp, NEW_STORM);
        Files.move(
                temp,
                hole.resolve("phlog/2024-03-02-storm.md"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        awaitEverywhere("/phlog/2024-03-02-storm", "/phlog/", "The April gale", "2024-04-15", "gale", "zephyrine");
    }

    @Test
    void deleteAFile() throws Exception {
        start();
        assertThat(get("/phlog/2024-03-02-storm")).startsWith("The March storm");
        Files.delete(hole.resolve("phlog/2024-03-02-storm.md"));
        awaitGone("/phlog/2024-03-02-storm", "The March storm");
        await(
                "links menu of a neighbour",
                () -> !get("/.links/phlog/2024-05-12-first-light").contains("The March storm"));
    }

    @Test
    void newFile() throws Exception {
        start();
        Files.writeString(
                hole.resolve("phlog/2024-06-20-midsummer.md"),
                "---\ntitle: Midsummer\ntags: [solstice]\n---\nThe longest quietude.\n");
        awaitEverywhere("/phlog/2024-06-20-midsummer", "/phlog/", "Midsummer", "2024-06-20", "solstice", "quietude");
    }

    @Test
    void newFolderWithFiles() throws Exception {
        start();
        Path dir = Files.createDirectories(hole.resolve("travels/2024"));
        Files.writeString(dir.resolve("2024-06-21-ferry.md"), "# The ferry\n\nA crossing #boats with porpoises.\n");
        Files.writeString(dir.resolve("2024-06-22-island.md"), "# The island\n\nNo porpoises today. #boats\n");
        awaitEverywhere(
                "/travels/2024/2024-06-22-island", "/travels/2024/", "The island", "2024-06-22", "boats", "porpoises");
        await("second file too", () -> get("/travels/2024/").contains("2024-06-21 The ferry"));
        await("new folder listed", () -> get("").contains("travels/"));
    }

    @Test
    void renameAndMoveAFile() throws Exception {
        start();
        Files.move(hole.resolve("phlog/2024-03-02-storm.md"), hole.resolve("notes/2024-03-02-storm.md"));
        await("new selector", () -> get("/notes/2024-03-02-storm").startsWith("The March storm"));
        await("old selector gone", () -> get("/phlog/2024-03-02-storm").startsWith("3Not found"));
        await("old folder menu", () -> !get("/phlog/").contains("The March storm"));
        await("new folder menu", () -> get("/notes/").contains("2024-03-02 The March storm"));
        await("tag menu points at the new place", () -> get("/.tags/lighthouse").contains("/notes/2024-03-02-storm"));
        await("feed points at the new place", () -> get("/.feed.xml").contains("/0/notes/2024-03-02-storm"));
    }

    @Test
    void renameAFolder() throws Exception {
        start();
        Files.move(hole.resolve("phlog"), hole.resolve("posts"));
        await("new folder", () -> get("/posts/2024-05-12-first-light").startsWith("First light"));
        await("old folder gone", () -> get("/phlog/").startsWith("3Not found"));
        await("root lists the new folder", () -> get("").contains("posts/") && !get("").contains("phlog/"));
        await("search points at the new place", () -> get("/.search\tstorm").contains("/posts/2024-03-02-storm"));
    }

    @Test
    void aBurstOfChangesLikeAGitPullIsReindexedInFewScans() throws Exception {
        start();
        long before = server.indexer.scans();
        Path dir = Files.createDirectories(hole.resolve("pulled"));
        for (int i = 1; i <= 60; i++) {
            Files.writeString(
                    dir.resolve(
                            String.format("2024-08-%02d-day.md", (i % 28) + 1).replace("day", "day" + i)),
                    "# Pulled entry " + i + "\n\nWords of entry number " + i + ". #pulled\n");
        }
        Files.writeString(hole.resolve("phlog/2024-03-02-storm.md"), NEW_STORM);
        Files.delete(hole.resolve("phlog/2023-11-20.txt"));
        await(
                "all sixty",
                () -> get("/.tags/pulled").contains("pulled (60)")
                        || get("/.tags/").contains("pulled (60)"));
        await("the edit", () -> get("/phlog/").contains("The April gale"));
        await("the delete", () -> !get("/phlog/").contains("2023-11-20"));
        long scans = server.indexer.scans() - before;
        assertThat(scans).as("rescans for 62 changes").isLessThan(20);
    }

    @Test
    void missedEventsAreCaughtByThePeriodicRescan() throws Exception {
        start(false, "0.3");
        Files.writeString(
                hole.resolve("phlog/2024-06-20-midsummer.md"), "# Midsummer\n\nThe longest quietude. #solstice\n");
        awaitEverywhere("/phlog/2024-06-20-midsummer", "/phlog/", "Midsummer", "2024-06-20", "solstice", "quietude");
    }

    @Test
    void aChangedEntryIsServedFreshEvenBeforeTheIndexCatchesUp() throws Exception {
        start(false, "600");
        Path storm = hole.resolve("phlog/2024-03-02-storm.md");
        assertThat(get("/phlog/2024-03-02-storm")).startsWith("The March storm");
        Files.writeString(storm, NEW_STORM);
        Files.setLastModifiedTime(
                storm, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        // No watcher and no periodic rescan: serving checks the file against the disk (at most once a second).
        await("entry text", () -> get("/phlog/2024-03-02-storm").startsWith("The April gale\r\n"));
        await("and the index follows", () -> get("/phlog/").contains("2024-04-15 The April gale"));
    }

    @Test
    void aFileRewrittenInALoopWhileClientsReadItAlwaysGetsACleanReply() throws Exception {
        start();
        Path entry = hole.resolve("phlog/2024-03-02-storm.md");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger version = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 150; i++) {
                    String text = "---\ntitle: Storm version " + i + "\ndate: 2024-03-02\n---\n\n"
                            + "Gusts. ".repeat(2000) + "\n";
                    if (i % 2 == 0) {
                        Files.writeString(entry, text);
                    } else {
                        Path temp = entry.resolveSibling(".storm.tmp");
                        Files.writeString(temp, text);
                        Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                    version.set(i);
                    sleep(3);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                writing.set(false);
            }
        });
        List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger reads = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            String selector = r % 2 == 0 ? "/phlog/2024-03-02-storm" : "/phlog/";
            readers.add(new Thread(() -> {
                while (writing.get()) {
                    String reply;
                    try {
                        reply = get(selector);
                    } catch (RuntimeException e) {
                        bad.add(selector + ": " + e);
                        continue;
                    }
                    reads.incrementAndGet();
                    // A file caught half-written renders as whatever can be parsed of it: still a whole
                    // reply with its header, or a clean type-3 when it is gone at that instant.
                    boolean clean = selector.endsWith("/")
                            ? reply.endsWith("\r\n.\r\n")
                            : reply.contains("\r\n" + "=".repeat(70) + "\r\n") || reply.startsWith("3Not found");
                    if (!clean) {
                        bad.add(selector + ": " + reply.substring(0, Math.min(80, reply.length())));
                    }
                }
            }));
        }
        writer.start();
        readers.forEach(Thread::start);
        writer.join();
        for (Thread t : readers) {
            t.join();
        }
        assertThat(bad).isEmpty();
        assertThat(reads.get()).isGreaterThan(20);
        await("final content", () -> get("/phlog/2024-03-02-storm").startsWith("Storm version 149\r\n"));
        await("final menu", () -> get("/phlog/").contains("2024-03-02 Storm version 149"));
    }

    @Test
    void nothingIsEverWrittenIntoTheContentFolder() throws Exception {
        start();
        List<String> before = tree();
        for (String s : List.of(
                "",
                "/phlog/",
                "/phlog/2024-05-12-first-light",
                "/.tags/",
                "/.feed.xml",
                "/.search\tlamp",
                "/.links/phlog/2024-05-12-first-light",
                "/.archive/2024",
                "/.about")) {
            get(s);
        }
        server.indexer.rescanNow();
        assertThat(tree()).isEqualTo(before);
    }

    private List<String> tree() throws IOException {
        try (var paths = Files.walk(hole)) {
            return paths.map(p -> hole.relativize(p) + ":" + (Files.isRegularFile(p) ? size(p) : "dir"))
                    .sorted()
                    .toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
