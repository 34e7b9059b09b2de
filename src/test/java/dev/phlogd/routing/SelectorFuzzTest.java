package dev.phlogd.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Indexer;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.support.FrozenIndex;
import dev.phlogd.support.Replies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Selector resolution under every spelling of a way out: {@code ..}, {@code %2e}, backslashes,
 * NUL, runs of slashes, Unicode look-alikes, overlong UTF-8, URL: tricks. Nothing outside the root
 * or hidden is ever served: the secret words of the files placed there never appear in a reply.
 */
class SelectorFuzzTest {
    private static Path dir;
    private static Indexer indexer;
    private static Router router;
    private static GeminiRouter gemini;

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("phlogd-fuzz");
        Path root = Files.createDirectories(dir.resolve("root/sub"));
        Files.writeString(dir.resolve("outside.txt"), "OUTSIDESECRET\n");
        Files.writeString(dir.resolve("root/.hidden.md"), "# HIDDENSECRET\n");
        Files.createDirectories(dir.resolve("root/.git"));
        Files.writeString(dir.resolve("root/.git/config"), "GITSECRET\n");
        Files.writeString(dir.resolve("root/sub/draft.md"), "---\ndraft: true\n---\nDRAFTSECRET\n");
        Files.writeString(dir.resolve("root/sub/gophermap"), "Sub folder\n# MAPSECRET is a comment, never shown\n*\n");
        Files.writeString(dir.resolve("root/sub/page.md"), "# Page\n\nvisible words\n");
        Files.createSymbolicLink(dir.resolve("root/escape.txt"), dir.resolve("outside.txt"));
        ServerConfig config =
                ServerConfig.from(Map.of(Setting.ROOT, dir.resolve("root").toString()));
        indexer = FrozenIndex.of(dir.resolve("root"), config);
        router = Router.of(config, "h", 70, indexer, Freshness.ALWAYS);
        gemini = GeminiRouter.of(config, "h", 1965, indexer, Freshness.ALWAYS);
    }

    @AfterContainer
    static void stop() {
        indexer.close();
    }

    @Property(tries = 1000)
    void nothingOutsideTheRootOrHiddenIsEverServed(@ForAll("spellings") String selector) throws Exception {
        String text = read(router.route(new Request.Gopher(selector, List.of())));
        assertThat(text).doesNotContain("OUTSIDESECRET", "HIDDENSECRET", "GITSECRET", "DRAFTSECRET", "MAPSECRET");
    }

    /**
     * The same spellings as Gemini URLs, percent-encoded or written raw: the same refusals, and
     * every reply starts with a well-formed status line ({@code NN META CRLF}, the meta at most 1024
     * bytes, a 2x reply's meta a MIME type).
     */
    @Property(tries = 1000)
    void geminiRefusesTheSameAndAlwaysAnswersWithAStatusLine(
            @ForAll("spellings") String selector, @ForAll boolean encoded) throws Exception {
        String path = encoded ? percentEncoded(selector) : selector;
        byte[] line = ("gemini://h/" + path).getBytes(StandardCharsets.UTF_8);
        Reply reply = gemini.route(dev.phlogd.protocol.GeminiRequests.parse(line));
        String text = read(reply);
        int crlf = text.indexOf("\r\n");
        assertThat(crlf).as("a status line ends with CRLF: %s", text).isGreaterThan(2);
        String header = text.substring(0, crlf);
        assertThat(header).matches("[1-6][0-9] [^\\r\\n]*");
        assertThat(header.substring(3).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        if (header.startsWith("2")) {
            assertThat(header.substring(3)).matches("[a-z]+/[a-z0-9.+-]+(; charset=utf-8)?");
        }
        assertThat(text).doesNotContain("OUTSIDESECRET", "HIDDENSECRET", "GITSECRET", "DRAFTSECRET", "MAPSECRET");
    }

    private static String read(Reply reply) {
        return new String(Replies.bytes(reply), StandardCharsets.UTF_8);
    }

    private static String percentEncoded(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '/' || Character.isLetterOrDigit(c) && c < 0x80) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> spellings() {
        Arbitrary<String> piece = Arbitraries.of(
                "..",
                ".",
                "/",
                "//",
                "\\",
                "%2e",
                "%2E%2e",
                "%2f",
                "\u0000",
                "outside.txt",
                "escape.txt",
                ".hidden",
                ".hidden.md",
                ".git",
                "config",
                "sub",
                "draft",
                "draft.md",
                "gophermap",
                "page",
                "\u2025",
                "\uFF0E\uFF0E",
                "\u2024\u2024",
                "\u00c0\u00ae",
                "\u00c0\u00af",
                " ",
                "\t",
                "URL:",
                "/URL:",
                "file:",
                "..%2f",
                "%00",
                "\u202e",
                "~",
                "#x#",
                "x.swp");
        return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }
}
