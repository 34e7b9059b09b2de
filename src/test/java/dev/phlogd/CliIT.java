package dev.phlogd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.Setting;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, checked against the packaged jar in a separate JVM. */
class CliIT {
    static final Path JAR = Path.of("target", "phlogd.jar");

    @TempDir
    Path tmp;

    record Result(int code, String out, String err, byte[] bytes) {}

    static Process start(Path workDir, String... args) throws IOException {
        return start(JAR, workDir, args);
    }

    static Process start(Path jar, Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // The default state folder, where a server keeps its index: in the test's folder, never
        // in the home of whoever runs the tests.
        builder.environment()
                .put(
                        "XDG_STATE_HOME",
                        workDir.toAbsolutePath().resolve("xdg-state").toString());
        return builder.start();
    }

    Result run(String... args) throws Exception {
        Process p = start(tmp, args);
        byte[] bytes = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(bytes, StandardCharsets.UTF_8), err, bytes);
    }

    static void assertOneCleanErrorLine(Result r, String containing) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("phlogd: ")
                .contains(containing);
        assertThat(r.err() + r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpPrintsUsage() throws Exception {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("Usage: java -jar phlogd.jar")
                .contains("--root")
                .contains("--public-port")
                .contains("PHLOGD_HOSTNAME");
    }

    @Test
    void renderPrintsExactlyWhatTheServerSends() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        try (TestServer server =
                TestServer.start(hole, Map.of(Setting.HOSTNAME, "gopher.example", Setting.PUBLIC_PORT, "70"))) {
            Result r = run(
                    "render",
                    "hole/phlog/2024-05-12-first-light.md",
                    "--root",
                    "hole",
                    "--hostname",
                    "gopher.example",
                    "--public-port",
                    "70");
            assertThat(r.code()).as(r.err()).isZero();
            byte[] served = GopherClient.fetch(server.port(), "/phlog/2024-05-12-first-light");
            assertThat(r.bytes()).isEqualTo(served);
            assertThat(r.out())
                    .contains("[1] https://example.org/harbour")
                    .contains("gopher://gopher.example/0/phlog/2024-03-02-storm");
        }
    }

    /**
     * The packaged jar leaves most of ICU's data out (see pom.xml); what it keeps must break CJK
     * text, emoji and wide characters exactly as the full library does in the test class path.
     */
    @Test
    void thePackagedJarBreaksLinesAsTheFullIcuDoes() throws Exception {
        Path hole = java.nio.file.Files.createDirectories(tmp.resolve("wide"));
        for (String name : List.of("cjk.md", "emoji-tabs.md", "tables.md")) {
            java.nio.file.Files.copy(Path.of("src/test/resources/fixtures/entries", name), hole.resolve(name));
        }
        try (TestServer server = TestServer.start(hole, Map.of(Setting.HOSTNAME, "gopher.example"))) {
            for (String name : List.of("cjk", "emoji-tabs", "tables")) {
                Result r = run("render", "wide/" + name + ".md", "--root", "wide", "--hostname", "gopher.example");
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(r.bytes()).as(name).isEqualTo(GopherClient.fetch(server.port(), "/" + name));
            }
        }
    }

    @Test
    void renderOfAFileOfDatedSectionsPrintsEachSection() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        try (TestServer server =
                TestServer.start(hole, Map.of(Setting.HOSTNAME, "gopher.example", Setting.PUBLIC_PORT, "70"))) {
            Result r = run(
                    "render",
                    "hole/running-log.md",
                    "--root",
                    "hole",
                    "--hostname",
                    "gopher.example",
                    "--public-port",
                    "70");
            assertThat(r.code()).isZero();
            String expected = "";
            for (String id : List.of("2024-03-10", "2024-03-03", "2024-02-25")) {
                expected += "==> /running-log/" + id + " <==\r\n"
                        + GopherClient.fetchText(server.port(), "/running-log/" + id);
            }
            assertThat(r.out()).isEqualTo(expected);
        }
    }

    @Test
    void renderOfAFileThatIsNoEntryPrintsWhatTheServerSends() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        Result png = run("render", "hole/images/lamp.png", "--root", "hole");
        assertThat(png.code()).isZero();
        assertThat(png.bytes()).isEqualTo(Files.readAllBytes(hole.resolve("images/lamp.png")));
        Result map = run("render", "hole/mapped/gophermap", "--root", "hole");
        assertThat(map.code()).isEqualTo(1);
        assertThat(map.out()).startsWith("3Not found: /mapped/gophermap\t");
        assertThat(map.err()).contains("never served");
        Files.writeString(hole.resolve(".secret.md"), "# Secret\n");
        assertThat(run("render", "hole/.secret.md", "--root", "hole").code()).isEqualTo(1);
    }

    @Test
    void checkReportsWhatStaysHiddenOrBroken() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        Files.writeString(hole.resolve("phlog/open.md"), "---\ntitle: Open\ndate: 2024-01-02\n\nText.\n");
        Files.writeString(hole.resolve("phlog/empty.md"), "");
        Files.writeString(hole.resolve("phlog/private.md"), "%%\nall of it is private\n%%\n");
        Files.writeString(hole.resolve("phlog/embeds.md"), "# Embeds\n\n![[no-such-picture.png]]\n");
        Files.writeString(
                hole.resolve("notes/outline.md"), "- a block\n\t- see ((00000000-0000-0000-0000-000000000000))\n");
        Result r = run("check", "--root", "hole");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("phlog/open.md: front matter not closed: the --- on line 1 has no closing ---; lines 2 to 3")
                .contains("phlog/embeds.md: embeds a file that does not exist: ![[no-such-picture.png]]")
                .contains(
                        "Logseq block references and embeds that find no block (shown as nothing): 1",
                        "notes/outline.md: ((00000000-0000-0000-0000-000000000000))")
                .contains(
                        "empty entries (readers see only a title): 2",
                        "phlog/empty.md (an empty file)",
                        "phlog/private.md (everything in it is an Obsidian %% comment %%");
    }

    @Test
    void renderOfAMissingFile() throws Exception {
        assertOneCleanErrorLine(run("render", "nowhere.md"), "cannot read nowhere.md");
    }

    @Test
    void checkReportsWhatAWriterShouldKnow() throws Exception {
        Fixtures.copy("hole", tmp.resolve("hole"));
        Result r = run("check", "--root", "hole");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out())
                .contains("14 entries in 11 journal files (8 Markdown, 2 plain text, 1 jrnl), 11 shown to readers")
                .contains("drafts and unpublished (hidden from readers): 2")
                .contains("dated in the future (hidden until then): 1", "phlog/2099-01-01-future.md")
                .contains("without a date of their own (dated by the file's time, listed as pages): 2")
                .contains("No errors.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkFailsOnErrors() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        Files.writeString(hole.resolve("phlog/broken.md"), "---\ntitle: [never closed\n---\nSee [this](gone.md).\n");
        Files.writeString(hole.resolve(".secret"), "x");
        Result r = run("check", "--root", "hole");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("2 errors:")
                .contains("phlog/broken.md: front matter ignored: YAML line 2")
                .contains("phlog/broken.md: link to a missing file: gone.md")
                .contains("hidden files and folders (never served): 1", ".secret");
    }

    @Test
    void checkOfAMissingFolder() throws Exception {
        assertOneCleanErrorLine(run("check", "--root", "nowhere"), "content folder not found");
    }

    @Test
    void unusableTlsFilesAreOneLineAndExitTwo() throws Exception {
        Files.createDirectories(tmp.resolve("hole"));
        Path junk = Files.writeString(tmp.resolve("junk.pem"), "not a certificate\n");
        assertOneCleanErrorLine(
                run("--root", "hole", "--port", "0", "--tls-cert", junk.toString(), "--tls-key", junk.toString()),
                "not a usable PEM certificate and key");
        assertOneCleanErrorLine(
                run("--root", "hole", "--port", "0", "--tls-cert", junk.toString()),
                "tls_cert and tls_key go together");
        assertOneCleanErrorLine(
                run("--root", "hole", "--port", "0", "--trusted-proxies", "proxy.example"), "trusted_proxies");
    }

    @Test
    void wrongFlag() throws Exception {
        assertOneCleanErrorLine(run("--colour", "blue"), "unknown option --colour");
    }

    @Test
    void missingRoot() throws Exception {
        assertOneCleanErrorLine(run("--root", "no-such-folder", "--port", "0"), "content folder not found");
    }

    @Test
    void unreadableOrBrokenConfig() throws Exception {
        assertOneCleanErrorLine(run("--config", "missing.toml"), "config file not found");
        Files.writeString(tmp.resolve("bad.toml"), "port = \n");
        assertOneCleanErrorLine(run("--config", "bad.toml"), "line 1");
        Files.createDirectories(tmp.resolve("dir.toml"));
        assertOneCleanErrorLine(run("--config", "dir.toml"), "cannot read config file");
    }

    @Test
    void portInUse() throws Exception {
        Files.createDirectories(tmp.resolve("hole"));
        try (ServerSocket taken = new ServerSocket(0)) {
            assertOneCleanErrorLine(
                    run("--root", "hole", "--bind", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort())),
                    "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void aGeminiPortInUseOrAStateFolderInsideTheContentIsOneCleanError() throws Exception {
        Files.createDirectories(tmp.resolve("hole"));
        try (ServerSocket taken = new ServerSocket(0)) {
            assertOneCleanErrorLine(
                    run(
                            "--root",
                            "hole",
                            "--bind",
                            "127.0.0.1",
                            "--port",
                            "0",
                            "--state-dir",
                            "state",
                            "--gemini-port",
                            String.valueOf(taken.getLocalPort())),
                    "cannot listen for Gemini on 127.0.0.1:" + taken.getLocalPort());
        }
        assertOneCleanErrorLine(
                run("--root", "hole", "--port", "0", "--gemini-port", "1965", "--state-dir", "hole/.state"),
                "is inside the content folder");
        assertThat(tmp.resolve("hole/.state")).doesNotExist();
    }

    @Test
    void startsOnAFreePortSaysWhereAndStopsCleanlyOnSigterm() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("hello.txt"), "hi\n");
        Process p = start(tmp, "--root", "hole", "--port", "0", "--hostname", "example.test", "--public-port", "70");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line)
                    .contains("serving " + hole.toRealPath())
                    .contains("(1 entry in 1 journal file, 1 shown to readers, 0 other files")
                    .contains("started in")
                    .contains(" ms");
            Matcher m = Pattern.compile("listening on \\*:(\\d+)").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            int port = Integer.parseInt(m.group(1));
            String menu = GopherClient.fetchText(port, "");
            assertThat(menu).contains("0Hello\t/hello.txt\texample.test\t70\r\n");
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void sigtermStopsAServerWhoseJarWasReplacedUnderIt() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("hello.txt"), "hi\n");
        Path jar = Files.copy(JAR, tmp.resolve("phlogd.jar"));
        Process p = start(jar, tmp, "--root", "hole", "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("listening on \\*:(\\d+)").matcher(out.readLine());
            assertThat(m.find()).isTrue();
            assertThat(GopherClient.fetchText(Integer.parseInt(m.group(1)), "")).contains("hello.txt");
            // As an upgrade in place does (a build, a copy over the old file): the classes a
            // stop loads are no longer where the running JVM finds them.
            Files.write(jar, new byte[0]);
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aRestartTakesWhatDidNotChangeFromTheIndexKeptInTheStateFolder() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("2024-05-01-one.md"), "# One\n\nFirst.\n");
        Files.writeString(hole.resolve("2024-05-02-two.md"), "# Two\n\nSecond.\n");
        Path kept = tmp.resolve("xdg-state/phlogd/index.cache");
        String first = serveOnce(() -> Files.exists(kept));
        assertThat(first).doesNotContain("unchanged since the last start");
        assertThat(kept).exists();

        Files.writeString(hole.resolve("2024-05-02-two.md"), "# Two, edited while stopped\n\nSecond.\n");
        Files.setLastModifiedTime(
                hole.resolve("2024-05-02-two.md"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        String second = serveOnce(() -> true);
        assertThat(second).contains("indexed in").contains(", 1 file unchanged since the last start)");
        assertThat(servedMenu).contains("Two, edited while stopped").contains("One");
    }

    @Test
    void theShippedLoggingAndAnEditedCopyOfItBothLogAndNothingGoesToStandardError() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("hello.txt"), "hi\n");
        Path shipped = Files.createDirectories(tmp.resolve("shipped"));
        Files.writeString(shipped.resolve("phlogd.toml"), "port = 0\n");
        Files.copy(Path.of("config", "logback.xml"), shipped.resolve("logback.xml"));
        Path edited = Files.createDirectories(tmp.resolve("edited"));
        Files.writeString(edited.resolve("phlogd.toml"), "port = 0\n");
        Files.writeString(
                edited.resolve("logback.xml"),
                Files.readString(Path.of("config", "logback.xml")).replace("<pattern>", "<pattern>EDITED "));

        String[] shippedRun = firstLineAndError(shipped.resolve("phlogd.toml"));
        assertThat(shippedRun[0]).matches("\\d{4}-\\d\\d-\\d\\dT\\S+ INFO  phlogd phlogd .* serving .*");
        assertThat(shippedRun[1]).isEmpty();
        String[] editedRun = firstLineAndError(edited.resolve("phlogd.toml"));
        assertThat(editedRun[0]).startsWith("EDITED ").contains(" serving ");
        assertThat(editedRun[1]).isEmpty();
    }

    /** A server's first line on standard output and what it had written to standard error by then. */
    private String[] firstLineAndError(Path config) throws Exception {
        Process p = start(tmp, "--config", config.toString(), "--root", "hole");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            // What SLF4J or logback would say about their set-up comes before the first line.
            java.io.InputStream err = p.getErrorStream();
            String said = new String(err.readNBytes(err.available()), StandardCharsets.UTF_8);
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            return new String[] {line, said};
        } finally {
            p.destroyForcibly();
        }
    }

    private String servedMenu;

    /** Starts a server on {@code hole}, fetches its root menu, waits for {@code done}, stops it; returns its first line. */
    private String serveOnce(java.util.concurrent.Callable<Boolean> done) throws Exception {
        Process p = start(tmp, "--root", "hole", "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("listening on \\*:(\\d+)").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            servedMenu = GopherClient.fetchText(Integer.parseInt(m.group(1)), "");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!done.call() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            return line;
        } finally {
            p.destroyForcibly();
        }
    }
}
