package dev.phlogd.views;

import dev.phlogd.config.Setting;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.GoldenFiles;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated menus of the fixture hole, byte for byte against {@code golden/menus}. */
class GeneratedMenusGoldenIT {
    @TempDir
    Path tmp;

    @Test
    void generatedMenusMatchTheirGoldenFiles() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        try (TestServer server = TestServer.start(
                hole,
                Map.of(
                        Setting.HOSTNAME,
                        "gopher.example",
                        Setting.PUBLIC_PORT,
                        "70",
                        Setting.TITLE,
                        "Keeper's log",
                        Setting.DESCRIPTION,
                        "Notes from a lighthouse",
                        Setting.RECENT_ENTRIES,
                        "5"))) {
            GoldenFiles.assertMatches("menus/root.gophermap", GopherClient.fetch(server.port(), ""));
            GoldenFiles.assertMatches("menus/phlog-folder.gophermap", GopherClient.fetch(server.port(), "/phlog/"));
            GoldenFiles.assertMatches("menus/tags.gophermap", GopherClient.fetch(server.port(), "/.tags/"));
            GoldenFiles.assertMatches(
                    "menus/links-first-light.gophermap",
                    GopherClient.fetch(server.port(), "/.links/phlog/2024-05-12-first-light"));
        }
    }
}
