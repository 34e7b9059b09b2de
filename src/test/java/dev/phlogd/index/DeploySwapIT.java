package dev.phlogd.index;

import static dev.phlogd.support.GopherClient.fetchText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.Setting;
import dev.phlogd.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploys that replace the content folder instead of editing it: a symbolic link switched to a
 * new release under load, a Kubernetes-style atomic writer ({@code ..data} swapped), the folder
 * moved away and back, a switch to a target that cannot be indexed. The periodic rescan is set far
 * away, so what notices the switch is the watch on the link's folder.
 */
class DeploySwapIT {
    static final Duration DEADLINE = Duration.ofSeconds(8);

    @TempDir
    Path tmp;

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    private static Path release(Path dir, String word) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("2024-05-01-post.md"), "# Release " + word + "\n\nThe " + word + " text.\n");
        Files.writeString(dir.resolve("about.txt"), "About " + word + "\n");
        return dir;
    }

    /** {@code ln -sfn target link.new && mv -T link.new link}: the atomic switch deploy tools make. */
    private static void switchLink(Path link, Path target) throws IOException {
        Path next = link.resolveSibling(link.getFileName() + ".new");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, target);
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<Setting, String> settings() {
        return Map.of(Setting.RESCAN_INTERVAL, "600", Setting.HOSTNAME, "127.0.0.1");
    }

    @Test
    void aSymlinkSwitchedUnderLoadShowsOnlyWholeOldOrWholeNewAnswers() throws Exception {
        Path a = release(tmp.resolve("releases/a"), "alpha");
        Path b = release(tmp.resolve("releases/b"), "beta");
        Path current = tmp.resolve("current");
        Files.createSymbolicLink(current, a);
        try (TestServer server = TestServer.start(current, settings())) {
            int port = server.port();
            String oldMenu = fetchText(port, "/");
            String oldEntry = fetchText(port, "/2024-05-01-post");
            Set<String> seenMenus = ConcurrentHashMap.newKeySet();
            Set<String> seenEntries = ConcurrentHashMap.newKeySet();
            AtomicBoolean run = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                long end = System.nanoTime() + DEADLINE.toNanos();
                while (run.get() && System.nanoTime() < end) {
                    seenMenus.add(fetchText(port, "/"));
                    seenEntries.add(fetchText(port, "/2024-05-01-post"));
                }
            });
            reader.start();
            Thread.sleep(100);
            long switched = System.nanoTime();
            switchLink(current, b);
            await("the new release", () -> fetchText(port, "/2024-05-01-post").contains("The beta text."));
            long seenAfter = (System.nanoTime() - switched) / 1_000_000;
            Thread.sleep(100);
            run.set(false);
            reader.join();
            String newMenu = fetchText(port, "/");
            String newEntry = fetchText(port, "/2024-05-01-post");
            assertThat(seenMenus)
                    .as("every menu is the old or the new one, never a mix or empty")
                    .isSubsetOf(oldMenu, newMenu);
            assertThat(seenEntries).isSubsetOf(oldEntry, newEntry);
            assertThat(newMenu).contains("Release beta").doesNotContain("alpha");
            assertThat(seenAfter).as("ms until the switch showed").isLessThan(DEADLINE.toMillis());
            assertThat(fetchText(port, "/about.txt")).contains("About beta");
        }
    }

    @Test
    void aKubernetesAtomicWriterSwapIsSeen() throws Exception {
        Path volume = Files.createDirectories(tmp.resolve("volume"));
        Path first = release(volume.resolve("..2026_12_01_10_00_00.1"), "first");
        Files.createSymbolicLink(volume.resolve("..data"), first.getFileName());
        for (String name : new String[] {"2024-05-01-post.md", "about.txt"}) {
            Files.createSymbolicLink(volume.resolve(name), Path.of("..data", name));
        }
        try (TestServer server = TestServer.start(volume, settings())) {
            int port = server.port();
            assertThat(fetchText(port, "/2024-05-01-post")).contains("The first text.");
            Path second = release(volume.resolve("..2026_12_01_11_00_00.2"), "second");
            Files.createSymbolicLink(volume.resolve("..data_tmp"), second.getFileName());
            Files.move(
                    volume.resolve("..data_tmp"),
                    volume.resolve("..data"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            await(
                    "the second version",
                    () -> fetchText(port, "/2024-05-01-post").contains("The second text."));
            assertThat(fetchText(port, "/")).contains("Release second").doesNotContain("Release first");
            assertThat(fetchText(port, "/..data/about.txt"))
                    .as("the writer's folders stay hidden")
                    .startsWith("3");
        }
    }

    @Test
    void aRootMovedAwayKeepsItsLastGoodIndexUntilItIsBack() throws Exception {
        Path hole = release(tmp.resolve("hole"), "kept");
        try (TestServer server = TestServer.start(hole, settings())) {
            int port = server.port();
            String menu = fetchText(port, "/");
            String entry = fetchText(port, "/2024-05-01-post");
            Files.move(hole, tmp.resolve("hole.old"));
            server.indexer.rescanNow();
            assertThat(fetchText(port, "/"))
                    .as("readers keep the last good index")
                    .isEqualTo(menu);
            assertThat(fetchText(port, "/2024-05-01-post"))
                    .as("and its cached replies")
                    .isEqualTo(entry);
            Files.move(tmp.resolve("hole.old"), hole);
            server.indexer.rescanNow();
            assertThat(fetchText(port, "/")).isEqualTo(menu);
            Files.writeString(hole.resolve("2024-05-02-next.md"), "# After the move\n");
            await(
                    "an edit after the folder came back",
                    () -> fetchText(port, "/").contains("After the move"));
        }
    }

    @Test
    void aSwitchToATargetThatCannotBeIndexedKeepsTheOldIndex() throws Exception {
        Path a = release(tmp.resolve("releases/a"), "alpha");
        Path current = tmp.resolve("current");
        Files.createSymbolicLink(current, a);
        try (TestServer server = TestServer.start(current, settings())) {
            int port = server.port();
            String menu = fetchText(port, "/");
            switchLink(current, tmp.resolve("releases/missing"));
            server.indexer.rescanNow();
            assertThat(fetchText(port, "/")).isEqualTo(menu);
            Path b = release(tmp.resolve("releases/b"), "beta");
            switchLink(current, b);
            await(
                    "the good release after the bad one",
                    () -> fetchText(port, "/").contains("Release beta"));
        }
    }

    @Test
    void anEmptyRootIsARealEmptyHole() throws Exception {
        Path a = release(tmp.resolve("releases/a"), "alpha");
        Path empty = Files.createDirectories(tmp.resolve("releases/empty"));
        Path current = tmp.resolve("current");
        Files.createSymbolicLink(current, a);
        try (TestServer server = TestServer.start(current, settings())) {
            switchLink(current, empty);
            await("the empty release", () -> !fetchText(server.port(), "/").contains("Release alpha"));
            assertThat(fetchText(server.port(), "/2024-05-01-post")).startsWith("3Not found");
        }
    }
}
