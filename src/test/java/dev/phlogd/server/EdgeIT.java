package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.Setting;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.Pem;
import dev.phlogd.support.TestServer;
import dev.phlogd.support.TrustAll;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server facing the internet, over real sockets: TLS and plain Gopher on one port, the PROXY
 * protocol from trusted and untrusted addresses (v1, v2, then TLS), the per-address limits.
 */
class EdgeIT {
    @TempDir
    Path tmp;

    private Path hole() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("2024-05-01-hello.md"), "# Hello\n\nA short entry.\n");
        return hole;
    }

    private TestServer start(Map<Setting, String> settings) throws Exception {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.put(Setting.HOSTNAME, "127.0.0.1");
        all.putAll(settings);
        return TestServer.start(hole(), all);
    }

    private static String exchange(int port, byte[] before, String selector) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(before);
            s.getOutputStream().write((selector + "\r\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Whether the server closed the connection without a byte of reply. The request line may reach
     * it after it closed, which resets the connection instead of ending it: nothing came either way.
     */
    private static boolean closedWithoutReply(int port, byte[] before) throws Exception {
        try {
            return exchange(port, before, "").isEmpty();
        } catch (java.net.SocketException e) {
            return e.getMessage().contains("Connection reset");
        }
    }

    @Test
    void aFileOverTlsGoesThroughWhole() throws Exception {
        Path[] pem = Pem.selfSigned(tmp, "files");
        try (TestServer server =
                start(Map.of(Setting.TLS_CERT, pem[0].toString(), Setting.TLS_KEY, pem[1].toString()))) {
            byte[] zip = new byte[300_000];
            new java.util.Random(7).nextBytes(zip);
            Files.write(tmp.resolve("hole/archive.zip"), zip);
            byte[] received = new byte[0];
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (received.length != zip.length && System.nanoTime() < deadline) {
                try (Socket s = new Socket("127.0.0.1", server.port())) {
                    var tls = (javax.net.ssl.SSLSocket)
                            TrustAll.context().getSocketFactory().createSocket(s, "localhost", s.getPort(), true);
                    tls.startHandshake();
                    tls.getOutputStream().write("/archive.zip\r\n".getBytes(StandardCharsets.UTF_8));
                    tls.getOutputStream().flush();
                    received = tls.getInputStream().readAllBytes();
                }
                Thread.sleep(50);
            }
            assertThat(received).isEqualTo(zip);
        }
    }

    @Test
    void tlsAndPlainGopherShareThePort() throws Exception {
        Path[] pem = Pem.selfSigned(tmp, "a");
        try (TestServer server =
                start(Map.of(Setting.TLS_CERT, pem[0].toString(), Setting.TLS_KEY, pem[1].toString()))) {
            int port = server.port();
            String plain = GopherClient.fetchText(port, "");
            assertThat(plain).contains("2024-05-01 Hello");
            try (Socket s = new Socket("127.0.0.1", port)) {
                assertThat(TrustAll.fetch(s, "")).isEqualTo(plain);
            }
            assertThat(GopherClient.fetchText(port, "/2024-05-01-hello")).startsWith("Hello\r\n");
        }
    }

    @Test
    void aFailedHandshakeIsClosedAndDisturbsNoOne() throws Exception {
        Path[] pem = Pem.selfSigned(tmp, "a");
        try (TestServer server =
                start(Map.of(Setting.TLS_CERT, pem[0].toString(), Setting.TLS_KEY, pem[1].toString()))) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5, 6, 7, 8});
                s.getOutputStream().flush();
                InputStream in = s.getInputStream();
                in.readAllBytes();
            } catch (java.net.SocketException e) {
                // A reset is as clean a close as any here.
            }
            assertThat(GopherClient.fetchText(server.port(), "")).contains("2024-05-01 Hello");
        }
    }

    @Test
    void aTrustedProxyNamesTheClientInV1OrV2AndMayPassTlsThrough() throws Exception {
        Path[] pem = Pem.selfSigned(tmp, "a");
        try (TestServer server = start(Map.of(
                Setting.PROXY_PROTOCOL,
                "true",
                Setting.READ_TIMEOUT,
                "1",
                Setting.TLS_CERT,
                pem[0].toString(),
                Setting.TLS_KEY,
                pem[1].toString()))) {
            int port = server.port();
            byte[] v1 = "PROXY TCP4 203.0.113.7 127.0.0.1 5555 70\r\n".getBytes(StandardCharsets.US_ASCII);
            assertThat(exchange(port, v1, "")).contains("2024-05-01 Hello");
            assertThat(exchange(port, v2(new byte[] {(byte) 198, 51, 100, 9}), ""))
                    .contains("2024-05-01 Hello");
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.getOutputStream().write(v1);
                assertThat(TrustAll.fetch(s, "")).contains("2024-05-01 Hello");
            }
            assertThat(exchange(port, new byte[0], ""))
                    .as("a trusted connection without a header is closed")
                    .isEmpty();
        }
    }

    @Test
    void aProxyHeaderFromAnUntrustedAddressIsNeverBelieved() throws Exception {
        try (TestServer server = start(Map.of(Setting.PROXY_PROTOCOL, "true", Setting.TRUSTED_PROXIES, "10.0.0.0/8"))) {
            int port = server.port();
            byte[] v1 = "PROXY TCP4 203.0.113.7 127.0.0.1 5555 70\r\n".getBytes(StandardCharsets.US_ASCII);
            assertThat(closedWithoutReply(port, v1)).isTrue();
            assertThat(exchange(port, new byte[0], ""))
                    .as("a bare CRLF from a client is a request")
                    .contains("Hello");
        }
    }

    @Test
    void anAddressOverItsLimitsIsRefusedWhileOthersAreServed() throws Exception {
        try (TestServer server = start(
                Map.of(Setting.PROXY_PROTOCOL, "true", Setting.RATE_LIMIT, "5", Setting.MAX_CONNECTIONS_PER_IP, "2"))) {
            int port = server.port();
            byte[] flooder = "PROXY TCP4 203.0.113.7 127.0.0.1 5555 70\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] other = "PROXY TCP4 198.51.100.1 127.0.0.1 5555 70\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 5; i++) {
                assertThat(exchange(port, flooder, "")).contains("Hello");
            }
            assertThat(exchange(port, flooder, "")).startsWith("3Slow down\t");
            long start = System.nanoTime();
            assertThat(exchange(port, other, "")).contains("Hello");
            assertThat((System.nanoTime() - start) / 1_000_000)
                    .as("ms for the other client")
                    .isLessThan(1000);
            try (Socket a = new Socket("127.0.0.1", port);
                    Socket b = new Socket("127.0.0.1", port)) {
                byte[] third = "PROXY TCP4 192.0.2.50 127.0.0.1 5555 70\r\n".getBytes(StandardCharsets.US_ASCII);
                a.getOutputStream().write(third);
                b.getOutputStream().write(third);
                a.getOutputStream().flush();
                b.getOutputStream().flush();
                Thread.sleep(200);
                assertThat(exchange(port, third, "")).startsWith("3Too many connections\t");
            }
        }
    }

    /** A PROXY v2 header for a TCP/IPv4 client. */
    static byte[] v2(byte[] source) {
        byte[] sig = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length + 4 + 12);
        b.put(sig).put((byte) 0x21).put((byte) 0x11).putShort((short) 12);
        b.put(source).put(new byte[] {127, 0, 0, 1}).putShort((short) 5555).putShort((short) 70);
        return b.array();
    }
}
