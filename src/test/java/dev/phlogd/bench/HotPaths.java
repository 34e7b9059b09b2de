package dev.phlogd.bench;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Hole;
import dev.phlogd.index.Indexer;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.render.EntryPipeline;
import dev.phlogd.render.RenderedEntry;
import dev.phlogd.routing.Router;
import dev.phlogd.support.FrozenIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths without a socket, over a synthetic hole of 10,000 entries: rendering a 40 KB
 * entry, building a folder menu and a tag menu with the reply cache off, a search with many and
 * with no hits, and a one-file rescan. Run (not part of mvn verify):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main HotPaths
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m"})
public class HotPaths {
    private Path root;
    private Indexer indexer;
    private Router router;
    private EntryPipeline pipeline;
    private JournalDocument bigEntry;
    private HoleLinks links;
    private String folder;
    private String tag;
    private Path touched;
    private Path touchedFolder;
    private long touches;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        root = Files.createTempDirectory("phlogd-jmh");
        new SyntheticHole(20261201).write(root, 10_000);
        Path big = root.resolve("big.md");
        StringBuilder text = new StringBuilder("# A long entry\n\n");
        while (text.length() < 40_000) {
            text.append("The lamp turns and the sea answers; the keeper writes it down, line after line, ")
                    .append("with [a link](https://example.org/) and *emphasis* now and then.\n\n");
        }
        Files.writeString(big, text);
        ServerConfig config = ServerConfig.from(Map.of(Setting.ROOT, root.toString(), Setting.CACHE_MB, "0"));
        indexer = FrozenIndex.of(root, config);
        router = Router.of(config, "localhost", 70, indexer, Freshness.ALWAYS);
        pipeline = new EntryPipeline(70, java.time.ZoneOffset.UTC);
        bigEntry = pipeline.read(big, "big.md");
        Hole hole = indexer.hole();
        links = hole.links("localhost", 70, "");
        folder = hole.folders().values().stream()
                .max((a, b) -> Integer.compare(a.files().size(), b.files().size()))
                .orElseThrow()
                .selector();
        tag = "/.tags/" + hole.journal().tags().values().iterator().next().name();
        try (Stream<Path> files = Files.walk(root)) {
            touched =
                    files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        touchedFolder = touched.getParent().toRealPath();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        indexer.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Reply route(String selector, List<String> fields) {
        return router.route(new Request.Gopher(selector, fields));
    }

    @Benchmark
    public RenderedEntry renderFortyKilobyteEntry() {
        return pipeline.render(bigEntry, "", links).orElseThrow();
    }

    @Benchmark
    public Reply folderMenu() {
        return route(folder, List.of());
    }

    @Benchmark
    public Reply tagMenu() {
        return route(tag, List.of());
    }

    @Benchmark
    public Reply searchWithManyHits() {
        return route("/.search", List.of("the"));
    }

    @Benchmark
    public Reply searchWithNoHits() {
        return route("/.search", List.of("zzyzxnothing"));
    }

    /** What an edit costs: the watcher names the file's folder, and only that is listed again. */
    @Benchmark
    public Hole rescanTheFolderOfOneChangedFile() throws IOException {
        Files.setLastModifiedTime(touched, FileTime.fromMillis(1_700_000_000_000L + (++touches) * 1000));
        indexer.rescanNow(touchedFolder);
        return indexer.hole();
    }

    /** The periodic rescan, which lists every folder. */
    @Benchmark
    public Hole rescanOneChangedFile() throws IOException {
        Files.setLastModifiedTime(touched, FileTime.fromMillis(1_700_000_000_000L + (++touches) * 1000));
        indexer.rescanNow();
        return indexer.hole();
    }
}
