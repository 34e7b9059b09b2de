package dev.phlogd.server;

import static dev.phlogd.support.GopherClient.fetch;
import static dev.phlogd.support.GopherClient.fetchText;
import static dev.phlogd.support.MenuAssertions.assertWellFormedMenu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.phlogd.config.Setting;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.LeakWatch;
import dev.phlogd.support.MenuAssertions.Line;
import dev.phlogd.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over a socket: menus, files, errors, limits and special selectors. */
class GopherServerIT {
    @TempDir
    static Path tmp;

    static Path root;
    static byte[] binary;
    static TestServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(root.resolve("hello.md"), "# Hello\n\nFirst post.\n");
        Files.writeString(root.resolve("notes.txt"), "line one\r\n.dotted line\r\n");
        Files.writeString(root.resolve("server.log"), "raw line one\n.raw dotted line\n");
        Files.createDirectories(root.resolve("sub/deeper"));
        binary = new byte[200_000];
        new Random(42).nextBytes(binary);
        Files.write(root.resolve("sub/photo.jpg"), binary);
        Files.write(root.resolve("sub/anim.gif"), "GIF89a".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(root.resolve("sub/deeper/x.txt"), "x");
        Files.createDirectories(root.resolve("mapped"));
        Files.writeString(
                root.resolve("mapped/gophermap"), "!Hand-written\nWelcome.\n0About\tabout.txt\n-hidden.txt\n*\n");
        Files.writeString(root.resolve("mapped/about.txt"), "about");
        Files.writeString(root.resolve("mapped/hidden.txt"), "not listed");
        Files.writeString(root.resolve("mapped/listed.txt"), "listed");
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve(".secret"), "hidden");
        Files.writeString(root.resolve("hello.md~"), "backup");
        Files.writeString(root.resolve("#hello.md#"), "autosave");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), "[core]");
        Files.writeString(tmp.resolve("outside.txt"), "secret outside the root");
        Files.createSymbolicLink(root.resolve("escape.txt"), tmp.resolve("outside.txt"));
        Files.createSymbolicLink(root.resolve("inside-link"), root.resolve("sub"));
        server = TestServer.start(root, Map.of(Setting.READ_TIMEOUT, "1", Setting.HOSTNAME, "gopher.test"));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        LeakWatch.assertNoLeaks();
    }

    @Test
    void rootMenuListsVisibleItemsWithTheirTypes() {
        List<Line> items = assertWellFormedMenu(fetchText(port, ""));
        assertThat(items).extracting(Line::display).contains("sub/", "mapped/", "empty/", "inside-link/", "server.log");
        assertThat(items)
                .extracting(Line::selector)
                .contains("/hello", "/notes.txt", "/server.log")
                .noneMatch(d -> d.contains("secret")
                        || d.contains("~")
                        || d.contains("#")
                        || d.contains("escape")
                        || d.contains(".git"));
        assertThat(items)
                .filteredOn(l -> l.display().equals("sub/"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.type()).isEqualTo('1');
                    assertThat(l.selector()).isEqualTo("/sub/");
                    assertThat(l.host()).isEqualTo("gopher.test");
                    assertThat(l.port()).isEqualTo(String.valueOf(port));
                });
    }

    @Test
    void slashIsTheRootToo() {
        assertThat(fetchText(port, "/")).isEqualTo(fetchText(port, ""));
    }

    @Test
    void subfolderWithAndWithoutTrailingSlash() {
        List<Line> items = assertWellFormedMenu(fetchText(port, "/sub"));
        assertThat(items)
                .filteredOn(l -> l.type() != 'i')
                .extracting(Line::type, Line::display)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple('1', "deeper/"),
                        org.assertj.core.groups.Tuple.tuple('g', "anim.gif"),
                        org.assertj.core.groups.Tuple.tuple('I', "photo.jpg"));
        assertThat(fetchText(port, "/sub/")).isEqualTo(fetchText(port, "/sub"));
    }

    @Test
    void entryIsRenderedWithCrlfLinesAndNoTerminator() {
        String text = fetchText(port, "/notes.txt");
        assertThat(text).startsWith("Notes\r\n").contains("\r\n======").endsWith("line one\r\n.dotted line\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void otherTextFilesAreSentAsTheyAre() {
        assertThat(fetchText(port, "/server.log")).isEqualTo("raw line one\n.raw dotted line\n");
    }

    @Test
    void markdownEntryIsServedWithoutItsExtensionAndUnderItsFileNameToo() {
        String entry = fetchText(port, "/hello");
        assertThat(entry).startsWith("Hello\r\n").contains("First post.");
        assertThat(fetchText(port, "/hello.md")).isEqualTo(entry);
    }

    @Test
    void binaryFileIsByteIdentical() {
        assertThat(fetch(port, "/sub/photo.jpg")).isEqualTo(binary);
    }

    @Test
    void missingSelectorIsAOneLineTypeThreeMenu() {
        String reply = fetchText(port, "/no/such/thing");
        assertThat(reply).isEqualTo("3Not found: /no/such/thing\t\tnull.host\t1\r\n.\r\n");
    }

    @Test
    void traversalHiddenAndEscapingLinksAllLookMissing() {
        for (String selector : List.of(
                "/../outside.txt",
                "..",
                "/sub/../../outside.txt",
                "//outside.txt",
                "\\..\\outside.txt",
                "/escape.txt",
                "/.secret",
                "/.git/config",
                "/hello.md~",
                "/#hello.md#",
                "/mapped/gophermap",
                tmp.resolve("outside.txt").toString())) {
            assertThat(fetchText(port, selector)).as(selector).startsWith("3Not found: ");
        }
    }

    @Test
    void symbolicLinkInsideTheRootIsFollowed() {
        assertThat(fetch(port, "/inside-link/photo.jpg")).isEqualTo(binary);
    }

    @Test
    void handWrittenGophermapWithListing() {
        List<Line> items = assertWellFormedMenu(fetchText(port, "/mapped/"));
        assertThat(items)
                .extracting(Line::type, Line::display, Line::selector)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple('i', "Hand-written", ""),
                        org.assertj.core.groups.Tuple.tuple('i', "Welcome.", ""),
                        org.assertj.core.groups.Tuple.tuple('0', "About", "/mapped/about.txt"),
                        org.assertj.core.groups.Tuple.tuple('0', "About", "/mapped/about.txt"),
                        org.assertj.core.groups.Tuple.tuple('0', "Listed", "/mapped/listed.txt"));
    }

    @Test
    void hiddenOrEditorFilesNeverShowUpInAFoldersListing() {
        assertThat(fetchText(port, "/mapped/")).doesNotContain("hidden.txt").doesNotContain("gophermap");
    }

    @Test
    void emptyFolderIsAValidMenuWithOneInfoLine() {
        assertThat(fetchText(port, "/empty")).isEqualTo("iThis folder is empty.\t\tnull.host\t1\r\n.\r\n");
    }

    @Test
    void umnGopherPlusProbeGetsAnInfoBlock() {
        String reply = fetchText(port, "\t$");
        assertThat(reply)
                .startsWith("+-1\r\n+INFO: 1Main menu\t\tgopher.test\t" + port
                        + "\r\n+VIEWS:\r\n application/gopher+-menu: <")
                .endsWith(">\r\n.\r\n");
    }

    @Test
    void gopherPlusAttributesAndFetch() {
        assertThat(fetchText(port, "/notes.txt\t!"))
                .startsWith("+-1\r\n+INFO: 0Notes\t/notes.txt\tgopher.test\t")
                .contains("+VIEWS:\r\n text/plain: <")
                .endsWith("\r\n.\r\n");
        assertThat(fetchText(port, "/notes.txt\t+")).isEqualTo("+-2\r\n" + fetchText(port, "/notes.txt"));
        assertThat(fetchText(port, "/sub\t+")).isEqualTo("+-1\r\n" + fetchText(port, "/sub"));
        assertThat(fetchText(port, "/nothing\t+")).startsWith("--1\r\n");
        byte[] plusBinary = fetch(port, "/sub/photo.jpg\t+");
        assertThat(new String(plusBinary, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("+-2\r\n");
        assertThat(java.util.Arrays.copyOfRange(plusBinary, 5, plusBinary.length))
                .isEqualTo(binary);
    }

    @Test
    void searchStringOnAPlainSelectorIsIgnored() {
        assertThat(fetchText(port, "/notes.txt\tsome words")).isEqualTo(fetchText(port, "/notes.txt"));
    }

    @Test
    void capsTxtIsGeneratedUnlessTheRootHasOne() throws Exception {
        String caps = fetchText(port, "/caps.txt");
        assertThat(caps)
                .startsWith("CAPS\r\n")
                .contains(
                        "CapsVersion=1\r\n",
                        "PathDelimeter=/\r\n",
                        "PathIdentity=.\r\n",
                        "PathParent=..\r\n",
                        "ServerDefaultEncoding=UTF-8\r\n",
                        "ServerSoftware=phlogd\r\n",
                        "ServerDescription=A journal served by phlogd.\r\n");
        Path own = tmp.resolve("own-caps");
        Files.createDirectories(own);
        Files.writeString(own.resolve("caps.txt"), "CAPS\nCapsVersion=1\nServerDescription=mine\n");
        try (TestServer other = TestServer.start(own)) {
            assertThat(fetchText(other.port(), "/caps.txt")).contains("ServerDescription=mine");
        }
    }

    @Test
    void urlSelectorGetsAnEscapedRedirectPage() {
        String page = fetchText(port, "URL:https://example.org/a?b=1&c=\"2\"");
        assertThat(page)
                .contains(
                        "<meta http-equiv=\"refresh\" content=\"2; url=https://example.org/a?b=1&amp;c=&quot;2&quot;\">")
                .contains("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">");
        assertThat(fetchText(port, "URL:javascript:alert(1)")).startsWith("3");
        assertThat(fetchText(port, "URL:data:text/html,hi")).startsWith("3");
    }

    @Test
    void httpRequestGetsAValidHttpReply() throws IOException {
        byte[] reply = fetch(
                port,
                "GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String text = new String(reply, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("HTTP/1.1 400 Bad Request\r\n")
                .contains("Content-Type: text/html; charset=utf-8\r\n")
                .contains("gopher://gopher.test:" + port + "/");
        int split = text.indexOf("\r\n\r\n");
        int length = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        assertThat(reply.length - (split + 4)).isEqualTo(length);
    }

    @Test
    void silentClientIsDisconnectedWithinTheReadTimeoutWhileOthersAreServed() throws Exception {
        try (Socket idle = new Socket()) {
            idle.connect(new InetSocketAddress("127.0.0.1", port));
            idle.setSoTimeout(5000);
            long start = System.nanoTime();
            assertWellFormedMenu(fetchText(port, ""));
            InputStream in = idle.getInputStream();
            assertThat(in.read()).isEqualTo(-1);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(waited).isBetween(500L, 3000L);
        }
    }

    @Test
    void tricklingClientIsDisconnectedAtTheDeadline() throws Exception {
        try (Socket slow = new Socket()) {
            slow.connect(new InetSocketAddress("127.0.0.1", port));
            long start = System.nanoTime();
            boolean closed = false;
            try {
                for (int i = 0; i < 30 && !closed; i++) {
                    slow.getOutputStream().write('a');
                    slow.getOutputStream().flush();
                    Thread.sleep(150);
                }
            } catch (IOException e) {
                closed = true;
            }
            slow.setSoTimeout(3000);
            if (!closed) {
                assertThat(slow.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(4000L);
        }
    }

    @Test
    void clientThatStopsReadingAReplyIsLetGo() throws Exception {
        Path big = Files.createDirectories(tmp.resolve("big"));
        byte[] chunk = new byte[1 << 20];
        try (var out = Files.newOutputStream(big.resolve("huge.bin"))) {
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }
        try (TestServer stingy = TestServer.start(big, Map.of(Setting.READ_TIMEOUT, "0.5"));
                Socket s = new Socket("127.0.0.1", stingy.port())) {
            s.setReceiveBufferSize(4096);
            s.getOutputStream().write("/huge.bin\r\n".getBytes(StandardCharsets.US_ASCII));
            // Read nothing for a while: the reply stalls and the server gives up on it.
            Thread.sleep(6000);
            s.setSoTimeout(5000);
            long received = 0;
            try (InputStream in = s.getInputStream()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    received += n;
                }
            } catch (IOException e) {
                // A reset after the server closed is fine too.
            }
            assertThat(received).isLessThan(64L << 20);
        }
    }

    @Test
    void connectionsOverTheLimitAreTurnedAway() throws Exception {
        try (TestServer small =
                        TestServer.start(root, Map.of(Setting.MAX_CONNECTIONS, "2", Setting.READ_TIMEOUT, "5"));
                Socket a = new Socket("127.0.0.1", small.port());
                Socket b = new Socket("127.0.0.1", small.port())) {
            Thread.sleep(100);
            assertThat(fetchText(small.port(), "")).startsWith("3Server busy");
            closeQuietly(a);
            closeQuietly(b);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String reply;
            do {
                reply = fetchText(small.port(), "");
            } while (reply.startsWith("3Server busy") && System.nanoTime() < deadline);
            assertThat(reply).doesNotStartWith("3");
        }
    }

    @Test
    void strictModeTerminatesTextAndDoublesLeadingDots() throws Exception {
        try (TestServer strict = TestServer.start(root, Map.of(Setting.STRICT_RFC1436, "true"))) {
            assertThat(fetchText(strict.port(), "/notes.txt")).endsWith("\r\nline one\r\n..dotted line\r\n.\r\n");
        }
    }

    @Test
    void lynxListsTheItems() throws Exception {
        assumeTrue(onPath("lynx"), "lynx is not installed");
        Process lynx = new ProcessBuilder("lynx", "-dump", "-width=80", "gopher://127.0.0.1:" + port + "/")
                .redirectErrorStream(true)
                .start();
        String out = new String(GopherClient.readAll(lynx.getInputStream()), StandardCharsets.UTF_8);
        assertThat(lynx.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out)
                .contains("Gopher Menu")
                .contains("Hello")
                .contains("sub/")
                .contains("Notes")
                .contains("gopher://gopher.test:" + port + "/1/sub/");
    }

    private static void closeQuietly(Socket s) throws IOException {
        s.close();
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
