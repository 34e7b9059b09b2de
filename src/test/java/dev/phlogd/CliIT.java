package dev.phlogd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.support.GopherClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    record Result(int code, String out, String err) {}

    static Process start(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile()).start();
    }

    Result run(String... args) throws Exception {
        Process p = start(tmp, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    static void assertOneCleanErrorLine(Result r, String containing) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("phlogd: ").contains(containing);
        assertThat(r.err() + r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpPrintsUsage() throws Exception {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: java -jar phlogd.jar").contains("--root").contains("--public-port")
                .contains("PHLOGD_HOSTNAME");
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
            assertOneCleanErrorLine(run("--root", "hole", "--bind", "127.0.0.1", "--port",
                    String.valueOf(taken.getLocalPort())), "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void startsOnAFreePortSaysWhereAndStopsCleanlyOnSigterm() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("hello.txt"), "hi\n");
        Process p = start(tmp, "--root", "hole", "--port", "0", "--hostname", "example.test", "--public-port", "70");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).contains("serving " + hole.toRealPath()).contains("started in").contains(" ms");
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
}
