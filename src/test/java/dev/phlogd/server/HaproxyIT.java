package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.phlogd.config.Setting;
import dev.phlogd.support.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Scale-out with Debian's real HAProxy (.ci/run installs it) in front of two phlogd replicas, with
 * config/haproxy.cfg's backend settings: requests are spread over both, each logs the real client
 * address from the PROXY v2 header, and once a stopped replica fails its health check no request
 * is lost.
 */
class HaproxyIT {
    @TempDir
    Path tmp;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The root menu fetched through HAProxy, from a client address of its own (127.0.0.2). */
    private static String fetch(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress("127.0.0.2", 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(5000);
            s.getOutputStream().write("\r\n".getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void twoReplicasBehindHaproxyShareTheLoadAndLoseNothingWhenOneStops() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "haproxy is not installed");
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("2024-05-01-hello.md"), "# Hello\n");
        ListAppender<ILoggingEvent> access = new ListAppender<>();
        Logger accessLogger = (Logger) LoggerFactory.getLogger("phlogd.access");
        Level before = accessLogger.getLevel();
        accessLogger.setLevel(Level.INFO);
        accessLogger.addAppender(access);
        access.start();
        Map<Setting, String> common = Map.of(Setting.PROXY_PROTOCOL, "true", Setting.LOG_ADDRESSES, "full");
        try (TestServer a = TestServer.start(hole, with(common, Setting.HOSTNAME, "a.example"));
                TestServer b = TestServer.start(hole, with(common, Setting.HOSTNAME, "b.example"))) {
            int front = freePort();
            String cfg = Files.readString(Path.of("config", "haproxy.cfg"))
                    .replace("bind :70", "bind 127.0.0.1:" + front)
                    .replace("inter 2s fall 2 rise 2", "inter 200ms fall 1 rise 1")
                    .replace("127.0.0.1:7071", "127.0.0.1:" + a.port())
                    .replace("127.0.0.1:7072", "127.0.0.1:" + b.port());
            Path cfgFile = Files.writeString(tmp.resolve("haproxy.cfg"), cfg);
            Process haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", cfgFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("haproxy.log").toFile())
                    .start();
            try {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                String reply = "";
                while (System.nanoTime() < end) {
                    try {
                        reply = fetch(front);
                        if (reply.endsWith(".\r\n")) {
                            break;
                        }
                    } catch (IOException e) {
                        // HAProxy is still starting.
                    }
                    Thread.sleep(100);
                }
                Thread.sleep(600);
                int onA = 0;
                int onB = 0;
                for (int i = 0; i < 20; i++) {
                    String menu = fetch(front);
                    onA += menu.contains("\ta.example\t") ? 1 : 0;
                    onB += menu.contains("\tb.example\t") ? 1 : 0;
                }
                assertThat(onA + onB)
                        .as(Files.readString(tmp.resolve("haproxy.log")))
                        .isEqualTo(20);
                assertThat(onA).as("requests on replica a").isPositive();
                assertThat(onB).as("requests on replica b").isPositive();
                // The client's 20 requests come from 127.0.0.2; HAProxy's own health checks from 127.0.0.1.
                // A line is written once its connection is closed, so the last may come just after the reply.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (fromClient(access) < 20 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(fromClient(access))
                        .as("each replica logs the real client from the PROXY header")
                        .isGreaterThanOrEqualTo(20);

                b.close();
                Thread.sleep(1500);
                for (int i = 0; i < 20; i++) {
                    assertThat(fetch(front))
                            .as("request %d after replica b stopped", i)
                            .contains("\ta.example\t");
                }
            } finally {
                haproxy.destroy();
                haproxy.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            accessLogger.detachAppender(access);
            accessLogger.setLevel(before);
        }
    }

    private static Map<Setting, String> with(Map<Setting, String> base, Setting key, String value) {
        Map<Setting, String> all = new java.util.EnumMap<>(Setting.class);
        all.putAll(base);
        all.put(key, value);
        return all;
    }

    private static long fromClient(ListAppender<ILoggingEvent> access) {
        synchronized (access) {
            return List.copyOf(access.list).stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(l -> l.startsWith("127.0.0.2 \"\" menu"))
                    .count();
        }
    }
}
