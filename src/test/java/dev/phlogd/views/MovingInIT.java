package dev.phlogd.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.Main;
import dev.phlogd.cli.CheckCommand;
import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.GoldenFiles;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hole in the style of one served by gophernicus for years (hand-written maps with every common
 * slip, a long journal page of info lines, dated articles with dated updates, a log of dated
 * sections, extensionless texts): its menus and what check says, against golden files.
 */
class MovingInIT {
    @TempDir
    Path tmp;

    private static final Map<Setting, String> SETTINGS =
            Map.of(Setting.HOSTNAME, "gopher.example", Setting.PUBLIC_PORT, "70");

    @Test
    void handWrittenMapsKeepEveryWordAndSendSelectorsAsWritten() throws Exception {
        Path hole = Fixtures.copy("oldhole", tmp.resolve("hole"));
        try (TestServer server = TestServer.start(hole, SETTINGS)) {
            GoldenFiles.assertMatches("menus/oldhole-root.gophermap", GopherClient.fetch(server.port(), "/"));
            GoldenFiles.assertMatches("menus/oldhole-phlog.gophermap", GopherClient.fetch(server.port(), "/phlog/"));
            GoldenFiles.assertMatches("menus/oldhole-logs.gophermap", GopherClient.fetch(server.port(), "/logs/"));
        }
    }

    @Test
    void theSlipsWritersMakeAreServedAsMeantWhereThatIsUnambiguous() throws Exception {
        Path hole = Fixtures.copy("oldhole", tmp.resolve("hole"));
        try (TestServer server = TestServer.start(hole, SETTINGS)) {
            assertThat(GopherClient.fetchText(server.port(), "/now ")).startsWith("# Now");
            assertThat(GopherClient.fetchText(server.port(), "/URL:https://example.org/old"))
                    .contains("url=https://example.org/old");
            assertThat(GopherClient.fetchText(server.port(), "/logs//running/2023-03-03"))
                    .startsWith("Running log, 3 March 2023");
            assertThat(GopherClient.fetchText(server.port(), "/notes-renamed.txt"))
                    .startsWith("3Not found");
        }
    }

    @Test
    void checkReportsEveryLineThatWillNotWork() throws Exception {
        Path hole = Fixtures.copy("oldhole", tmp.resolve("hole"));
        Map<Setting, String> settings = new java.util.EnumMap<>(SETTINGS);
        settings.put(Setting.ROOT, hole.toString());
        ServerConfig config = ServerConfig.from(settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckCommand.run(
                config,
                java.util.List.of(),
                Main.indexOptions(config),
                Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).as("a map links to a file that is gone").isEqualTo(1);
        String report =
                out.toString(StandardCharsets.UTF_8).replace(hole.toRealPath().toString(), "<hole>");
        GoldenFiles.assertMatches("check/oldhole.txt", report);
    }
}
