package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
    @TempDir
    Path root;

    Indexer.Options options() {
        return new Indexer.Options(70, ZoneOffset.UTC, false, 1 << 20, Duration.ofDays(1), false);
    }

    /** {@code a/} with entry "One", {@code b/} with entry "Two". */
    void twoFolders() throws Exception {
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("a/2024-01-01-one.md"), "# One");
        Files.writeString(root.resolve("b/2024-01-02-two.md"), "# Two");
    }

    @Test
    void unchangedFilesAndFoldersKeepTheirNodesAcrossRescans() throws Exception {
        twoFolders();
        try (Indexer indexer = Indexer.start(root, options())) {
            Hole first = indexer.hole();
            indexer.rescanNow();
            assertThat(indexer.hole()).as("nothing changed: same snapshot").isSameAs(first);

            Files.writeString(root.resolve("b/2024-01-02-two.md"), "# Two, edited");
            Files.setLastModifiedTime(
                    root.resolve("b/2024-01-02-two.md"), FileTime.fromMillis(System.currentTimeMillis() + 2000));
            indexer.rescanNow();
            Hole second = indexer.hole();
            assertThat(second).isNotSameAs(first);
            assertThat(second.files().get("a/2024-01-01-one.md"))
                    .isSameAs(first.files().get("a/2024-01-01-one.md"));
            assertThat(second.folders().get("a")).isSameAs(first.folders().get("a"));
            assertThat(second.files().get("b/2024-01-02-two.md"))
                    .isNotSameAs(first.files().get("b/2024-01-02-two.md"));
            assertThat(second.files().get("b/2024-01-02-two.md").entry().whole().title())
                    .isEqualTo("Two, edited");
            assertThat(second.structure()).as("same selectors").isEqualTo(first.structure());

            Files.writeString(root.resolve("a/2024-01-03-three.md"), "# Three");
            indexer.rescanNow();
            assertThat(indexer.hole().structure()).as("a selector appeared").isGreaterThan(second.structure());
        }
    }

    /**
     * The folders are watched from the index thread after start returns; an edit made at once,
     * perhaps before the watches are in place, still shows without waiting a day for the periodic
     * rescan.
     */
    @Test
    void anEditRightAfterStartShowsWithoutThePeriodicRescan() throws Exception {
        twoFolders();
        Indexer.Options watching = new Indexer.Options(70, ZoneOffset.UTC, false, 1 << 20, Duration.ofDays(1), true);
        try (Indexer indexer = Indexer.start(root, watching)) {
            Files.writeString(root.resolve("a/2024-01-01-one.md"), "# One, edited at once");
            Files.setLastModifiedTime(
                    root.resolve("a/2024-01-01-one.md"), FileTime.fromMillis(System.currentTimeMillis() + 2000));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (indexer.hole().journal().entries().stream()
                            .noneMatch(e -> e.info().title().equals("One, edited at once"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(indexer.hole().journal().entries())
                    .extracting(e -> e.info().title())
                    .contains("One, edited at once");
        }
    }

    @Test
    void aRescanOfOneFolderSeesOnlyWhatChangedThere() throws Exception {
        twoFolders();
        try (Indexer indexer = Indexer.start(root, options())) {
            long later = System.currentTimeMillis() + 2000;
            Files.writeString(root.resolve("a/2024-01-01-one.md"), "# One, edited");
            Files.setLastModifiedTime(root.resolve("a/2024-01-01-one.md"), FileTime.fromMillis(later));
            Files.writeString(root.resolve("b/2024-01-02-two.md"), "# Two, edited");
            Files.setLastModifiedTime(root.resolve("b/2024-01-02-two.md"), FileTime.fromMillis(later));
            indexer.rescanNow(root.resolve("a").toRealPath());
            assertThat(indexer.hole().journal().entries())
                    .extracting(e -> e.info().title())
                    .containsExactly("Two", "One, edited");
            indexer.rescanNow();
            assertThat(indexer.hole().journal().entries())
                    .extracting(e -> e.info().title())
                    .containsExactly("Two, edited", "One, edited");
        }
    }

    @Test
    void aFileFoundChangedWhileServedHasItsOwnFolderListedAgain() throws Exception {
        twoFolders();
        try (Indexer indexer = Indexer.start(root, options())) {
            long later = System.currentTimeMillis() + 2000;
            for (String rel : List.of("a/2024-01-01-one.md", "b/2024-01-02-two.md")) {
                Files.writeString(root.resolve(rel), "# Edited " + rel.charAt(0));
                Files.setLastModifiedTime(root.resolve(rel), FileTime.fromMillis(later));
            }
            FileNode two = indexer.hole().files().get("b/2024-01-02-two.md");
            assertThat(indexer.fresh(two, Duration.ZERO)).isFalse();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (indexer.hole().files().get("b/2024-01-02-two.md") == two && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(indexer.hole().journal().entries())
                    .extracting(e -> e.info().title())
                    .as("b/ listed again, a/ left as it was until something names it")
                    .containsExactly("Edited b", "One");
        }
    }

    @Test
    void aFutureEntryAppearsWhenItFallsDue() throws Exception {
        Files.writeString(root.resolve("2030-01-01-later.md"), "# Later");
        MutableClock clock = new MutableClock(Instant.parse("2029-12-31T23:00:00Z"));
        try (Indexer indexer = Indexer.start(root, options(), clock)) {
            assertThat(indexer.hole().journal().entries()).isEmpty();
            assertThat(indexer.hole().journal().validUntil()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            clock.now = Instant.parse("2030-01-01T00:00:01Z");
            indexer.rescanNow();
            assertThat(indexer.hole().journal().entries())
                    .extracting(e -> e.info().title())
                    .containsExactly("Later");
        }
    }

    /**
     * Shown for previewing: a draft and an entry due later, each marked unpublished as the views
     * were built; the one due later is published with the rebuild when it falls due, a draft never.
     */
    @Test
    void previewedEntriesArePublishedWhenTheViewsAreRebuiltForThem() throws Exception {
        Files.writeString(root.resolve("2024-01-01-out.md"), "# Out");
        Files.writeString(root.resolve("2024-01-02-draft.md"), "---\ndraft: true\n---\n# Draft");
        Files.writeString(root.resolve("2030-01-01-later.md"), "# Later");
        MutableClock clock = new MutableClock(Instant.parse("2029-12-31T23:00:00Z"));
        Indexer.Options previewing = new Indexer.Options(70, ZoneOffset.UTC, true, 1 << 20, Duration.ofDays(1), false);
        try (Indexer indexer = Indexer.start(root, previewing, clock)) {
            assertThat(publishedTitles(indexer.hole())).containsExactly("Out");
            clock.now = Instant.parse("2030-01-01T00:00:01Z");
            assertThat(publishedTitles(indexer.hole()))
                    .as("until the rebuild, as the views were built")
                    .containsExactly("Out");
            indexer.rescanNow();
            assertThat(publishedTitles(indexer.hole())).containsExactly("Later", "Out");
        }
        try (Indexer indexer = Indexer.start(root, options(), clock)) {
            assertThat(publishedTitles(indexer.hole()))
                    .as("without previews only what is out is listed")
                    .containsExactly("Later", "Out");
        }
    }

    private static List<String> publishedTitles(Hole hole) {
        return hole.journal().entries().stream()
                .filter(hole::published)
                .map(e -> e.info().title())
                .toList();
    }

    /**
     * The root's parent is watched for a switch of the root; a file written there (the server's
     * own log beside the content, a shell's history in a home) is not one. Each write there used
     * to rescan the whole hole: at 10,000 entries, a log line per request kept the index thread
     * busy for most of every second.
     */
    @Test
    void aFileWrittenBesideTheRootIsNoReasonToRescan() throws Exception {
        Path hole = root.resolve("hole");
        Files.createDirectories(hole);
        Files.writeString(hole.resolve("2024-01-01-one.md"), "# One");
        Path log = root.resolve("phlogd.log");
        Indexer.Options watching = new Indexer.Options(70, ZoneOffset.UTC, false, 1 << 20, Duration.ofDays(1), true);
        try (Indexer indexer = Indexer.start(hole, watching)) {
            // The first scan, then the one once the watches are in place.
            LiveEditIT.await("the watches are in place", () -> indexer.scans() >= 2);
            long before = indexer.scans();
            for (int i = 0; i < 15; i++) {
                Files.writeString(log, "a log line\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                // Longer than a burst's quiet time: each write would be a rescan of its own.
                Thread.sleep(60);
            }
            Files.writeString(hole.resolve("2024-01-02-two.md"), "# Two");
            LiveEditIT.await(
                    "the new entry is seen",
                    () -> indexer.hole().journal().entries().size() == 2);
            assertThat(indexer.scans() - before)
                    .as("rescans: the new entry's (its creation and its write may come apart), none for the log")
                    .isBetween(1L, 2L);
        }
    }
}
