package dev.phlogd.server;

import static dev.phlogd.support.GopherClient.fetch;
import static dev.phlogd.support.GopherClient.fetchText;
import static dev.phlogd.support.MenuAssertions.assertWellFormedMenu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phlogd.config.Setting;
import dev.phlogd.support.LeakWatch;
import dev.phlogd.support.TestServer;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.uring.IoUring;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each socket layer serves the same bytes: the other integration tests run on whichever one
 * {@code auto} picks here, so the others are checked by this test, for the paths where they
 * differ (bytes from memory, files sent by the kernel, a half-closed connection).
 */
class TransportsIT {
    @TempDir
    static Path root;

    static byte[] binary;
    static String entry;

    @BeforeAll
    static void hole() throws Exception {
        StringBuilder text = new StringBuilder("# Long\n\n");
        for (int i = 0; i < 3000; i++) {
            text.append("Paragraph ").append(i).append(" of a long entry, long enough to fill a socket buffer.\n\n");
        }
        Files.writeString(root.resolve("long.md"), text);
        binary = new byte[3 << 20];
        new Random(7).nextBytes(binary);
        Files.write(root.resolve("photo.jpg"), binary);
    }

    @AfterAll
    static void leaks() {
        LeakWatch.assertNoLeaks();
    }

    @ParameterizedTest
    @ValueSource(strings = {"io_uring", "epoll", "nio"})
    void everyTransportServesTheSameBytes(String transport) throws Exception {
        if (!available(transport)) {
            assertThatThrownBy(() -> TestServer.start(root, Map.of(Setting.TRANSPORT, transport)))
                    .isInstanceOf(GopherServer.SetupException.class)
                    .hasMessageContaining("transport " + transport + " is not available here");
            return;
        }
        try (TestServer server = TestServer.start(root, Map.of(Setting.TRANSPORT, transport))) {
            int port = server.port();
            assertThat(server.transport()).isEqualTo(transport);
            assertWellFormedMenu(fetchText(port, ""));
            String rendered = fetchText(port, "/long");
            assertThat(rendered).startsWith("Long\r\n").contains("Paragraph 2999 of a long entry");
            assertThat(fetchText(port, "/long")).isEqualTo(rendered);
            assertThat(fetch(port, "/photo.jpg")).isEqualTo(binary);
            String http = new String(
                    fetch(port, "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.UTF_8);
            assertThat(http).startsWith("HTTP/1.1 400 Bad Request\r\n");
        }
    }

    /**
     * The loops share their port with SO_REUSEPORT, which would let a second server share it too
     * (a second phlogd started by mistake), and the kernel would split the readers between them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"io_uring", "epoll", "nio"})
    void aPortAnotherServerListensOnIsRefused(String transport) throws Exception {
        if (!available(transport)) {
            return;
        }
        Map<Setting, String> settings = Map.of(Setting.TRANSPORT, transport);
        try (TestServer first = TestServer.start(root, settings)) {
            String port = String.valueOf(first.port());
            assertThatThrownBy(() -> TestServer.start(root, Map.of(Setting.TRANSPORT, transport, Setting.PORT, port)))
                    .isInstanceOf(java.net.BindException.class);
            assertWellFormedMenu(fetchText(first.port(), ""));
        }
    }

    /**
     * A client that never finishes its request holds its connection until the read timeout; a
     * server stopped meanwhile waits the grace (two seconds for the test server) and then closes
     * it, on every transport, instead of waiting for the timeout.
     */
    @ParameterizedTest
    @ValueSource(strings = {"io_uring", "epoll", "nio"})
    void stoppingClosesAConnectionStillOpen(String transport) throws Exception {
        if (!available(transport)) {
            return;
        }
        // Closed here once more should the test fail before it stops the server (a second stop does nothing).
        try (TestServer server =
                        TestServer.start(root, Map.of(Setting.TRANSPORT, transport, Setting.READ_TIMEOUT, "60"));
                java.net.Socket idle = new java.net.Socket("127.0.0.1", server.port())) {
            idle.getOutputStream().write("/lo".getBytes(StandardCharsets.US_ASCII));
            idle.getOutputStream().flush();
            Thread.sleep(200);
            long start = System.nanoTime();
            server.close();
            long stopMillis = (System.nanoTime() - start) / 1_000_000;
            idle.setSoTimeout(5_000);
            assertThat(idle.getInputStream().read()).as("closed by the server").isEqualTo(-1);
            assertThat(stopMillis)
                    .as("stopped after the grace, not the read timeout")
                    .isLessThan(10_000);
        }
    }

    @Test
    void autoTakesTheFirstTheSystemAllows() throws Exception {
        String expected = Epoll.isAvailable() ? "epoll" : IoUring.isAvailable() ? "io_uring" : "nio";
        try (TestServer server = TestServer.start(root)) {
            assertThat(server.transport()).isEqualTo(expected);
            assertWellFormedMenu(fetchText(server.port(), ""));
        }
    }

    private static boolean available(String transport) {
        return switch (transport) {
            case "io_uring" -> IoUring.isAvailable();
            case "epoll" -> Epoll.isAvailable();
            default -> true;
        };
    }
}
