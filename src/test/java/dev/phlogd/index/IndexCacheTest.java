package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.phlogd.support.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A restart takes from the index cache what did not change, and indexes exactly what a parse does. */
class IndexCacheTest {
    static final Optional<String> BUILD = Optional.of("jar 1 2");

    @TempDir
    Path tmp;

    Path root;
    Path state;

    static Indexer.Options options(int width) {
        return new Indexer.Options(width, ZoneOffset.UTC, false, 1 << 20, Duration.ofDays(1), false);
    }

    @BeforeEach
    void copyTheBundledHole() throws IOException {
        root = tmp.resolve("hole");
        state = tmp.resolve("state");
        Fixtures.copyTree(Path.of("gopherhole"), root);
    }

    IndexCache cache(Optional<String> build, int width) {
        return IndexCache.in(state, root, options(width), build);
    }

    /** Starts, waits for the index to be kept, stops; returns the hole it served. */
    Hole runOnce(IndexCache cache) throws Exception {
        try (Indexer indexer = Indexer.start(root, options(70), java.time.Clock.systemUTC(), cache)) {
            cache.write(indexer.hole().realRoot(), indexer.hole().files().values());
            return indexer.hole();
        }
    }

    /** What every file of a hole is, as the index has it: its node's values and what was parsed. */
    static Map<String, String> described(Hole hole) {
        Map<String, String> out = new TreeMap<>();
        hole.files()
                .forEach((rel, node) -> out.put(
                        rel,
                        node.realPath() + " " + node.size() + " " + node.modifiedMillis() + " " + node.type() + " "
                                + node.selector() + " " + node.entry()));
        return out;
    }

    Hole parsedFromScratch() throws IOException {
        try (Indexer indexer = Indexer.start(root, options(70))) {
            return indexer.hole();
        }
    }

    @Test
    void aRestartTakesEveryUnchangedFileFromTheCacheAndIndexesTheSame() throws Exception {
        runOnce(cache(BUILD, 70));
        IndexCache second = cache(BUILD, 70);
        Hole restarted = runOnce(second);

        Hole parsed = parsedFromScratch();
        long entries =
                parsed.files().values().stream().filter(f -> f.entry() != null).count();
        assertThat(entries).isGreaterThan(10);
        assertThat(second.reused()).isEqualTo(entries);
        assertThat(described(restarted)).isEqualTo(described(parsed));
        assertThat(restarted.counts().summary()).isEqualTo(parsed.counts().summary());
        assertThat(restarted.journal().entries().stream().map(Entry::listing).toList())
                .isEqualTo(
                        parsed.journal().entries().stream().map(Entry::listing).toList());
    }

    @Test
    void aFileChangedWhileStoppedIsParsedAgain() throws Exception {
        runOnce(cache(BUILD, 70));
        Path edited = root.resolve("phlog/2024-02-03-clockwork.md");
        assertThat(edited).exists();
        Files.writeString(edited, "# Edited while phlogd was down\n\nNew words.\n");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IndexCache second = cache(BUILD, 70);
        Hole restarted = runOnce(second);

        assertThat(restarted
                        .files()
                        .get("phlog/2024-02-03-clockwork.md")
                        .entry()
                        .whole()
                        .title())
                .isEqualTo("Edited while phlogd was down");
        assertThat(second.reused())
                .isEqualTo(restarted.files().values().stream()
                                .filter(f -> f.entry() != null)
                                .count()
                        - 1);
        assertThat(described(restarted)).isEqualTo(described(parsedFromScratch()));
    }

    @Test
    void aDamagedOrCutShortCacheIsNotUsed() throws Exception {
        runOnce(cache(BUILD, 70));
        byte[] good = Files.readAllBytes(state.resolve(IndexCache.FILE_NAME));
        Map<String, String> parsed = described(parsedFromScratch());
        List<byte[]> damaged = new ArrayList<>();
        for (int at : new int[] {good.length / 3, good.length / 2, good.length - 3}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x20;
            damaged.add(bad);
        }
        damaged.add(Arrays.copyOf(good, good.length / 2));
        damaged.add(withValidChecksum(
                ByteBuffer.allocate(12).putInt(0x70686c31).putInt(-1).putInt(0).array()));
        damaged.add(withValidChecksum(ByteBuffer.allocate(8)
                .putInt(0x70686c31)
                .putInt(Integer.MAX_VALUE)
                .array()));
        damaged.add(new byte[0]);
        for (int i = 0; i < damaged.size(); i++) {
            // A state folder each: the cache each start writes again must not mend the next one's.
            state = tmp.resolve("state-" + i);
            Files.createDirectories(state);
            Files.write(state.resolve(IndexCache.FILE_NAME), damaged.get(i));
            IndexCache cache = cache(BUILD, 70);
            try (Indexer indexer = Indexer.start(root, options(70), java.time.Clock.systemUTC(), cache)) {
                assertThat(cache.reused()).as("damage " + i).isZero();
                assertThat(described(indexer.hole())).isEqualTo(parsed);
            }
        }
    }

    /** Bytes as the cache's writer ends them, with the checksum that makes a reader look inside. */
    static byte[] withValidChecksum(byte[] body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 8)
                .put(body)
                .putLong(crc.getValue())
                .array();
    }

    @Test
    void aCacheOfAnotherBuildSettingsOrFolderIsNotUsed() throws Exception {
        runOnce(cache(BUILD, 70));
        IndexCache otherBuild = cache(Optional.of("jar 1 3"), 70);
        IndexCache otherWidth = cache(BUILD, 60);
        try (Indexer a = Indexer.start(root, options(70), java.time.Clock.systemUTC(), otherBuild);
                Indexer b = Indexer.start(root, options(60), java.time.Clock.systemUTC(), otherWidth)) {
            assertThat(otherBuild.reused()).isZero();
            assertThat(otherWidth.reused()).isZero();
        }
        Path elsewhere = tmp.resolve("moved");
        Files.move(root, elsewhere);
        root = elsewhere;
        IndexCache otherFolder = cache(BUILD, 70);
        try (Indexer c = Indexer.start(root, options(70), java.time.Clock.systemUTC(), otherFolder)) {
            assertThat(otherFolder.reused()).isZero();
            assertThat(c.hole().files()).isNotEmpty();
        }
    }

    @Test
    void nothingIsWrittenWhenTheIndexIsWhatWasRead() throws Exception {
        runOnce(cache(BUILD, 70));
        Path file = state.resolve(IndexCache.FILE_NAME);
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);
        runOnce(cache(BUILD, 70));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void noCacheInsideTheContentNorWithoutAJar() throws Exception {
        state = root.resolve(".phlogd-state");
        IndexCache inside = cache(BUILD, 70);
        assertThat(inside).isSameAs(IndexCache.NONE);
        runOnce(inside);
        assertThat(state).doesNotExist();

        state = tmp.resolve("state");
        assertThat(cache(Optional.empty(), 70)).isSameAs(IndexCache.NONE);
        assertThat(IndexCache.in(state, root, options(70)))
                .as("the tests run from a folder of classes")
                .isSameAs(IndexCache.NONE);
    }

    @Test
    void theIndexerKeepsTheIndexOnceStarted() throws Exception {
        IndexCache cache = cache(BUILD, 70);
        Path file = state.resolve(IndexCache.FILE_NAME);
        try (Indexer indexer = Indexer.start(root, options(70), java.time.Clock.systemUTC(), cache)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(file).exists();
        }
    }

    @Test
    void afterTheContentFolderIsSwitchedTheIndexKeptIsTheNewOnes() throws Exception {
        Path a = root;
        Path b = tmp.resolve("b");
        Files.move(a, b);
        copyTheBundledHole();
        Files.writeString(b.resolve("2024-06-01-only-in-b.md"), "# Only in b\n");
        Path current = Files.createSymbolicLink(tmp.resolve("current"), a);
        root = current;
        IndexCache cache = cache(BUILD, 70);
        try (Indexer indexer = Indexer.start(current, options(70), java.time.Clock.systemUTC(), cache)) {
            Files.delete(current);
            Files.createSymbolicLink(current, b);
            indexer.rescanNow();
            assertThat(indexer.hole().realRoot()).isEqualTo(b.toRealPath());
        }
        IndexCache restart = cache(BUILD, 70);
        try (Indexer indexer = Indexer.start(current, options(70), java.time.Clock.systemUTC(), restart)) {
            assertThat(indexer.hole().files()).containsKey("2024-06-01-only-in-b.md");
            assertThat(restart.reused())
                    .isEqualTo(indexer.hole().files().values().stream()
                            .filter(f -> f.entry() != null)
                            .count());
        }
    }

    @Test
    void brokenFrontMatterOfAKeptFileIsReportedAgainAtEveryStart() throws Exception {
        Files.writeString(root.resolve("2024-06-02-broken.md"), "---\ntitle: [unclosed\n---\n\nBody.\n");
        runOnce(cache(BUILD, 70));
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(IndexCache.class);
        logger.addAppender(logged);
        logged.start();
        try {
            IndexCache second = cache(BUILD, 70);
            Hole restarted = runOnce(second);
            assertThat(restarted.files().get("2024-06-02-broken.md").entry().frontMatterError())
                    .isPresent();
            assertThat(second.reused()).isPositive();
            assertThat(logged.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("2024-06-02-broken.md: front matter "));
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void whatAStoppedWriterLeftBehindIsRemovedOnceItIsStale() throws Exception {
        Files.createDirectories(state);
        Path stale = Files.writeString(state.resolve(IndexCache.FILE_NAME + ".999999.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
        Path writing = Files.writeString(state.resolve(IndexCache.FILE_NAME + ".888888.tmp"), "another writer");
        Path other = Files.writeString(state.resolve("gemini-cert.pem"), "kept");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
        runOnce(cache(BUILD, 70));
        assertThat(state.resolve(IndexCache.FILE_NAME)).exists();
        assertThat(stale).doesNotExist();
        assertThat(writing).exists();
        assertThat(other).exists();
        try (Stream<Path> left = Files.list(state)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(IndexCache.FILE_NAME, "index.cache.888888.tmp", "gemini-cert.pem");
        }
    }
}
