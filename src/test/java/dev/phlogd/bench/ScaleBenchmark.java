package dev.phlogd.bench;

import dev.phlogd.config.Setting;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.TestServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The scale benchmark: a synthetic hole of 10,000 entries (or the number given), then start-up
 * time and heap after indexing, root, folder, tag menu and search reply times over the socket with
 * the reply cache off (every reply built as from a cold cache), and the time from a file change to
 * it being visible. A program, not a test: see README for how to run it.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Files.createTempDirectory("phlogd-scale");
        try {
            long genStart = System.nanoTime();
            int written = new SyntheticHole(20261123).write(root, entries);
            long files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).count();
            }
            System.out.printf("hole: %d entries in %d files, generated in %d ms%n", written, files, ms(genStart));

            System.gc();
            long startNanos = System.nanoTime();
            // -Dphlogd.transport=epoll (or io_uring, nio) measures another socket layer than auto's.
            try (TestServer server = TestServer.start(
                    root,
                    Map.of(
                            Setting.RESCAN_INTERVAL,
                            "3600",
                            Setting.CACHE_MB,
                            "0",
                            Setting.TRANSPORT,
                            System.getProperty("phlogd.transport", "auto")))) {
                long startMs = ms(startNanos);
                int port = server.port();
                // The search index is built in the background; the heap is measured with it.
                server.indexer.hole().journal().search();
                long searchReadyMs = ms(startNanos);
                System.gc();
                Thread.sleep(200);
                System.gc();
                long heap =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf(
                        "start-up (scan, parse, index, bind): %d ms; search ready after %d ms; heap after indexing: %d MiB;"
                                + " indexed entries: %d; transport: %s%n",
                        startMs,
                        searchReadyMs,
                        heap >> 20,
                        server.indexer.hole().journal().entries().size()
                                + server.indexer.hole().journal().undated().size(),
                        server.transport());

                long first = System.nanoTime();
                GopherClient.fetch(port, "");
                System.out.printf("root menu, first request (code not yet compiled): %d ms%n", ms(first));
                report("root menu", 500, () -> GopherClient.fetch(port, ""));
                String folder = "/2024/06/";
                report("a folder menu", 500, () -> GopherClient.fetch(port, folder));
                var largest = server.indexer.hole().journal().tags().values().stream()
                        .max(java.util.Comparator.comparingInt(t -> t.entries().size()))
                        .orElseThrow();
                report(
                        "tag menu, " + largest.entries().size() + " entries",
                        200,
                        () -> GopherClient.fetch(port, "/.tags/" + largest.name()));
                for (String q : List.of("lamp", "harbour storm", "kettle ferry gull", "zzz", "tow")) {
                    int hits = GopherClient.fetchText(port, "/.search\t" + q).split("\r\n").length;
                    report(
                            "search \"" + q + "\" (" + hits + " lines)",
                            50,
                            () -> GopherClient.fetch(port, "/.search\t" + q));
                }

                Path target;
                try (Stream<Path> s = Files.walk(root.resolve("2024/06"))) {
                    target = s.filter(p -> p.toString().endsWith(".md")
                                    && p.getFileName().toString().startsWith("2024-06"))
                            .findFirst()
                            .orElseThrow();
                }
                String rel = root.relativize(target).toString();
                String selector = "/" + rel.substring(0, rel.length() - 3);
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String title = "Changed title number " + i;
                    long t0 = System.nanoTime();
                    Files.writeString(
                            target,
                            "---\ntitle: " + title + "\ndate: 2024-06-15\ntags: [changed]\n---\n\nNew words.\n");
                    while (!GopherClient.fetchText(port, folder).contains(title)) {
                        Thread.sleep(2);
                        if (ms(t0) > 30_000) {
                            throw new IllegalStateException("change not visible after 30 s");
                        }
                    }
                    latencies.add(System.nanoTime() - t0);
                    Thread.sleep(200);
                }
                Collections.sort(latencies);
                System.out.printf(
                        "file change to visible in its folder menu (%s): median %d ms, max %d ms over %d edits%n",
                        selector,
                        TimeUnit.NANOSECONDS.toMillis(latencies.get(latencies.size() / 2)),
                        TimeUnit.NANOSECONDS.toMillis(latencies.get(latencies.size() - 1)),
                        latencies.size());
                long t0 = System.nanoTime();
                server.indexer.rescanNow();
                System.out.printf("one full rescan with nothing changed: %d ms%n", ms(t0));
            }
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                s.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Times {@code times} requests after a fifth as many untimed ones (the JIT compiles the path). */
    private static void report(String what, int times, Supplier<byte[]> request) {
        for (int i = 0; i < times / 5; i++) {
            request.get();
        }
        long[] each = new long[times];
        long bytes = 0;
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            bytes += request.get().length;
            each[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(each);
        System.out.printf(
                "%-48s median %5.2f ms, p90 %5.2f ms (%d bytes)%n",
                what, each[times / 2] / 1e6, each[times * 9 / 10] / 1e6, bytes / times);
    }

    private static long ms(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
