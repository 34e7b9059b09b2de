package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.Setting;
import dev.phlogd.support.GeminiClient;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.Pem;
import dev.phlogd.support.TestServer;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Gemini front end on a real server: TLS on an ephemeral port beside the Gopher one. */
class GeminiIT {
    @TempDir
    Path tmp;

    private Path hole() throws Exception {
        Path hole = tmp.resolve("hole");
        if (!Files.isDirectory(hole)) {
            Files.createDirectories(hole.resolve("phlog"));
            Files.writeString(
                    hole.resolve("phlog/2024-05-01-hello.md"),
                    "# Hello\n\nA short entry about the [sea](https://sea.example/).\n");
            Files.writeString(hole.resolve("phlog/2024-05-03-rain.md"), "# Rain\n\nIt rained on the *lamp* room.\n");
            byte[] big = new byte[300_000];
            new Random(7).nextBytes(big);
            Files.write(hole.resolve("phlog/archive.zip"), big);
        }
        return hole;
    }

    private TestServer start(Map<Setting, String> settings) throws Exception {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.put(Setting.STATE_DIR, tmp.resolve("state").toString());
        all.putAll(settings);
        return TestServer.startGemini(hole(), all);
    }

    private static String url(TestServer server, String path) {
        return "gemini://localhost:" + server.geminiPort() + path;
    }

    @Test
    void servesTheGemlogEntriesAndSearchOverTls() throws Exception {
        try (TestServer server = start(Map.of())) {
            GeminiClient.Response root = GeminiClient.get(server.geminiPort(), url(server, "/"));
            assertThat(root.status()).isEqualTo(20);
            assertThat(root.meta()).isEqualTo("text/gemini; charset=utf-8");
            assertThat(root.text())
                    .startsWith("# phlogd\n")
                    .contains(
                            "=> /phlog/2024-05-03-rain 2024-05-03 Rain\n=> /phlog/2024-05-01-hello 2024-05-01 Hello\n");
            GeminiClient.Response entry = GeminiClient.get(server.geminiPort(), url(server, "/phlog/2024-05-01-hello"));
            assertThat(entry.text())
                    .isEqualTo("# Hello\n2024-05-01\n\nA short entry about the sea.\n=> https://sea.example/ sea\n");
            assertThat(GeminiClient.get(server.geminiPort(), url(server, "/.search"))
                            .status())
                    .isEqualTo(10);
            assertThat(GeminiClient.get(server.geminiPort(), url(server, "/.search?lamp"))
                            .text())
                    .contains("=> /phlog/2024-05-03-rain 2024-05-03 Rain");
            assertThat(GeminiClient.get(server.geminiPort(), url(server, "/phlog"))
                            .status())
                    .isEqualTo(31);
            assertThat(GeminiClient.get(server.geminiPort(), url(server, "/phlog/nothing"))
                            .status())
                    .isEqualTo(51);
            // Gopher is unchanged beside it.
            assertThat(GopherClient.fetchText(server.port(), "")).contains("2024-05-03 Rain");
        }
    }

    @Test
    void aFileGoesThroughTlsWhole() throws Exception {
        try (TestServer server = start(Map.of())) {
            GeminiClient.Response zip = GeminiClient.get(server.geminiPort(), url(server, "/phlog/archive.zip"));
            assertThat(zip.status()).isEqualTo(20);
            assertThat(zip.meta()).isEqualTo("application/zip");
            assertThat(zip.body()).isEqualTo(Files.readAllBytes(hole().resolve("phlog/archive.zip")));
        }
    }

    @Test
    void theSelfSignedCertificateIsMadeOnceAndKeptAcrossRestarts() throws Exception {
        String first;
        try (TestServer server = start(Map.of())) {
            first = fingerprint(server.geminiPort());
            assertThat(GeminiClient.certificate(server.geminiPort())
                            .getSubjectX500Principal()
                            .getName())
                    .isEqualTo("CN=localhost");
        }
        try (Stream<Path> kept = Files.list(tmp.resolve("state"))) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("gemini-localhost.crt", "gemini-localhost.key");
        }
        try (Stream<Path> content = Files.walk(hole())) {
            assertThat(content.map(Path::toString)).noneMatch(p -> p.endsWith(".crt") || p.endsWith(".key"));
        }
        try (TestServer again = start(Map.of())) {
            assertThat(fingerprint(again.geminiPort())).isEqualTo(first);
        }
    }

    @Test
    void aGivenCertificateIsUsedInstead() throws Exception {
        Path[] pem = Pem.selfSigned(tmp, "given");
        try (TestServer server =
                start(Map.of(Setting.TLS_CERT, pem[0].toString(), Setting.TLS_KEY, pem[1].toString()))) {
            byte[] expected = java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(pem[0]))
                    .getEncoded();
            assertThat(GeminiClient.certificate(server.geminiPort()).getEncoded())
                    .isEqualTo(expected);
            assertThat(Files.exists(tmp.resolve("state"))).isFalse();
        }
    }

    @Test
    void badRequestsGetTheirStatusOrAreClosed() throws Exception {
        try (TestServer server = start(Map.of(Setting.READ_TIMEOUT, "1"))) {
            int port = server.geminiPort();
            byte[] overlong = (url(server, "/") + "a".repeat(1100) + "\r\n").getBytes(StandardCharsets.UTF_8);
            assertThat(header(GeminiClient.send(port, overlong))).startsWith("59 ");
            byte[] endless = "gemini://localhost/".repeat(400).getBytes(StandardCharsets.UTF_8);
            assertThat(header(GeminiClient.send(port, endless))).startsWith("59 ");
            assertThat(header(GeminiClient.send(port, (url(server, "/") + "\n").getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("59 Request must end with CRLF");
            assertThat(GeminiClient.send(port, url(server, "/").getBytes(StandardCharsets.UTF_8)))
                    .as("no line end: closed at the read timeout, unanswered")
                    .isEmpty();
            assertThat(GeminiClient.get(port, "https://localhost:" + port + "/").status())
                    .isEqualTo(53);
            assertThat(GeminiClient.get(port, "gemini://elsewhere.example:" + port + "/")
                            .status())
                    .isEqualTo(53);
            assertThat(GeminiClient.get(port, "/phlog/").status()).isEqualTo(59);
            byte[] notUtf8 = {'g', 'e', 'm', (byte) 0xFF, '\r', '\n'};
            assertThat(header(GeminiClient.send(port, notUtf8))).startsWith("59 ");
            // Plain TCP on the TLS port: the handshake fails and the connection is closed.
            try (Socket plain = new Socket("127.0.0.1", port)) {
                plain.setSoTimeout(10_000);
                plain.getOutputStream().write((url(server, "/") + "\r\n").getBytes(StandardCharsets.UTF_8));
                byte[] answer = readAll(plain.getInputStream());
                assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("20 ", "text/gemini");
            }
            // And the server keeps serving.
            assertThat(GeminiClient.get(port, url(server, "/")).status()).isEqualTo(20);
        }
    }

    @Test
    void aSaveReachesGeminiAsItReachesGopher() throws Exception {
        try (TestServer server = start(Map.of())) {
            assertThat(GeminiClient.get(server.geminiPort(), url(server, "/")).text())
                    .doesNotContain("Tide");
            Files.writeString(hole().resolve("phlog/2024-05-09-tide.md"), "# Tide\n\nLow water at noon.\n");
            long deadline = System.nanoTime() + 15_000_000_000L;
            String root = "";
            String gopher = "";
            while (System.nanoTime() < deadline) {
                root = GeminiClient.get(server.geminiPort(), url(server, "/")).text();
                gopher = GopherClient.fetchText(server.port(), "");
                if (root.contains("Tide") && gopher.contains("Tide")) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(root).contains("=> /phlog/2024-05-09-tide 2024-05-09 Tide");
            assertThat(gopher).contains("2024-05-09 Tide");
            assertThat(GeminiClient.get(server.geminiPort(), url(server, "/phlog/2024-05-09-tide"))
                            .text())
                    .contains("Low water at noon.");
        }
    }

    private static String header(byte[] reply) {
        String text = new String(reply, StandardCharsets.UTF_8);
        int crlf = text.indexOf("\r\n");
        assertThat(crlf).as("a status line in %s", text).isGreaterThan(0);
        return text.substring(0, crlf);
    }

    private static String fingerprint(int port) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(GeminiClient.certificate(port).getEncoded()));
    }

    private static byte[] readAll(InputStream in) throws java.io.IOException {
        try {
            return in.readAllBytes();
        } catch (java.net.SocketException e) {
            // A reset after the failed handshake is a close too.
            return new byte[0];
        }
    }
}
