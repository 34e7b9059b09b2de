package dev.phlogd.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Indexer;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.FrozenIndex;
import dev.phlogd.support.MutableClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The router without a socket: requests in, replies out, over an index of the fixture hole that no
 * watcher or rescan changes, with a clock the test sets.
 */
class RouterTest {
    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2024-06-01T12:00:00Z"));
    Indexer indexer;
    Router router;

    @BeforeEach
    void start() throws Exception {
        Path root = Fixtures.copy("hole", dir.resolve("hole"));
        ServerConfig config = ServerConfig.from(Map.of(Setting.ROOT, root.toString(), Setting.TITLE, "Test hole"));
        indexer = FrozenIndex.of(root, config, clock);
        router = Router.of(config, "gopher.example", 7070, indexer, Freshness.ALWAYS);
    }

    @AfterEach
    void stop() {
        indexer.close();
    }

    private Reply route(String selector, String... fields) {
        return router.route(new Request.Gopher(selector, List.of(fields)));
    }

    private static String text(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Data.class);
        return new String(((Reply.Data) reply).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void onlyRepliesTheCacheHoldsAreMarkedKept() throws Exception {
        // The transport keeps a direct copy of a kept array for the next request: a reply made for
        // one request only must not be marked so.
        assertThat(((Reply.Data) route("")).kept()).isTrue();
        assertThat(((Reply.Data) route("")).bytes()).isSameAs(((Reply.Data) route("")).bytes());
        Router uncached = Router.of(
                ServerConfig.from(Map.of(Setting.ROOT, indexer.hole().realRoot().toString(), Setting.CACHE_MB, "0")),
                "gopher.example",
                7070,
                indexer,
                Freshness.ALWAYS);
        Reply.Data reply = (Reply.Data) uncached.route(new Request.Gopher("", List.of()));
        assertThat(text(reply)).endsWith("\r\n.\r\n");
        assertThat(reply.kept()).isFalse();
    }

    @Test
    void anHttpRequestGetsANoticeWithTheGopherUrl() {
        Reply reply = router.route(new Request.Http("GET", "/"));
        assertThat(reply.outcome()).isEqualTo(Outcome.HTTP);
        assertThat(text(reply))
                .startsWith("HTTP/1.1 400 Bad Request\r\n")
                .contains("Content-Type: text/html; charset=utf-8")
                .contains("gopher://gopher.example:7070/");
        assertThat(text(router.route(new Request.Http("HEAD", "/")))).endsWith("\r\n\r\n");
    }

    @Test
    void anInvalidRequestGetsATypeThreeLine() {
        Reply reply = router.route(new Request.Invalid("Selector is not UTF-8"));
        assertThat(reply.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(text(reply)).isEqualTo("3Selector is not UTF-8\t\tnull.host\t1\r\n.\r\n");
    }

    @Test
    void aUrlSelectorGetsARedirectPageAndABadSchemeAnError() {
        Reply reply = route("URL:https://example.org/a?b=\"c\"");
        assertThat(reply.outcome()).isEqualTo(Outcome.REDIRECT);
        assertThat(text(reply))
                .contains("<meta http-equiv=\"refresh\" content=\"2; url=https://example.org/a?b=&quot;c&quot;\">")
                .doesNotContain("\"c\"");
        Reply refused = route("URL:javascript:alert(1)");
        assertThat(refused.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(text(refused)).startsWith("3Not a link phlogd can follow: URL:javascript:alert(1)\t");
    }

    @Test
    void aMenuComesFromTheCacheUntilItsInputsChange() {
        Reply first = route("/");
        Reply second = route("/");
        assertThat(first.outcome()).isEqualTo(Outcome.MENU);
        assertThat(((Reply.Data) second).bytes()).isSameAs(((Reply.Data) first).bytes());
        assertThat(text(first)).startsWith("iTest hole\t\tnull.host\t1\r\n").endsWith(".\r\n");
    }

    @Test
    void gopherPlusAttributesAndFetch() {
        assertThat(text(route("/", "$"))).startsWith("+-1\r\n+INFO: 1Main menu\t\tgopher.example\t7070\r\n");
        String attributes = text(route("/phlog/2024-05-12-first-light", "!"));
        assertThat(attributes)
                .startsWith("+-1\r\n+INFO: 0")
                .contains("\t/phlog/2024-05-12-first-light\tgopher.example\t7070\t+\r\n")
                .contains("+VIEWS:\r\n text/plain: <");
        assertThat(text(route("/phlog/", "+"))).startsWith("+-1\r\ni").endsWith(".\r\n");
        assertThat(text(route("/phlog/2024-05-12-first-light", "+"))).startsWith("+-2\r\n");
        assertThat(text(route("/nothing-here", "!"))).startsWith("--1\r\n").contains("Not found: /nothing-here");
    }

    @Test
    void theSearchSelectorTakesItsFirstFieldAsTheQuery() {
        String hits = text(route("/.search", "+"));
        assertThat(hits).as("a query of \"+\" is a query, not Gopher+").startsWith("i");
        assertThat(text(route("/.search", "storm", "!"))).startsWith("+-1\r\n+INFO: 1Search");
    }

    @Test
    void theFeedIsWellFormedAtom() throws Exception {
        Reply reply = route("/.feed.xml");
        byte[] xml = ((Reply.Data) reply).bytes();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isPositive();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("gopher://gopher.example:7070/0/phlog/");
    }

    @Test
    void anEntryDatedInTheFutureIsNotFoundUntilTheClockSaysSo() {
        assertThat(text(route("/phlog/2099-01-01-future"))).startsWith("3Not found: /phlog/2099-01-01-future\t");
        clock.now = Instant.parse("2099-01-01T00:00:01Z");
        indexer.rescanNow();
        assertThat(route("/phlog/2099-01-01-future").outcome()).isEqualTo(Outcome.TEXT);
        assertThat(text(route("/phlog/2099-01-01-future"))).contains("A letter to the future");
    }

    @Test
    void generatedSelectorsAreParsedInOnePlace() {
        assertThat(route("/.tags").outcome()).isEqualTo(Outcome.MENU);
        assertThat(route("/.tags/").outcome()).isEqualTo(Outcome.MENU);
        assertThat(route("/.archive/2024/").outcome()).isEqualTo(Outcome.MENU);
        assertThat(text(route("/.archive/24"))).startsWith("3Not found: /.archive/24\t");
        assertThat(text(route("/.archive/1999"))).startsWith("3Not found: /.archive/1999\t");
        assertThat(text(route("/.nope"))).startsWith("3Not found: /.nope\t");
        assertThat(text(route("/.about"))).startsWith("Test hole\r\n=========\r\n");
    }

    @Test
    void capsTxtIsGeneratedWhenTheHoleHasNone() {
        assertThat(text(route("/caps.txt"))).startsWith("CAPS\r\n").contains("ServerSoftware=phlogd\r\n");
    }

    @Test
    void aFileIsOpenedAndSentAsItIs() throws Exception {
        Reply reply = route("/images/lamp.png");
        assertThat(reply).isInstanceOf(Reply.File.class);
        Reply.File file = (Reply.File) reply;
        assertThat(file.size())
                .isEqualTo(java.nio.file.Files.size(indexer.hole().realRoot().resolve("images/lamp.png")));
        file.channel().close();
    }

    @Test
    void obsidianCommentsReachNoPageAtAll() throws Exception {
        java.nio.file.Files.writeString(
                indexer.hole().realRoot().resolve("phlog/2024-05-20-harbour.md"),
                "---\ntitle: Harbour\n---\nThe pilot boat left. %%the lock code is zqx4471%% We followed.\n\n"
                        + "%%\n[[Secret page]] https://private.example/ #privatetag\n%%\n");
        indexer.rescanNow();
        assertThat(text(route("/phlog/2024-05-20-harbour")))
                .contains("The pilot boat left. We followed.")
                .doesNotContain("zqx4471", "private.example", "Secret page", "privatetag");
        assertThat(text(route("/.search", "zqx4471"))).startsWith("iNothing found");
        assertThat(text(route("/.search", "pilot"))).doesNotContain("zqx4471");
        assertThat(text(route("/.feed.xml"))).contains("Harbour").doesNotContain("zqx4471", "private.example");
        assertThat(text(route("/.links/phlog/2024-05-20-harbour"))).doesNotContain("private.example", "Secret");
        assertThat(text(route("/.tags"))).doesNotContain("privatetag");
    }

    @Test
    void aWikilinkFollowsAPageMadeAfterItAndStopsWhenThePageGoes() throws Exception {
        // Link names are kept from one rescan to the next while no file comes or goes: both ways
        // must still be seen.
        java.nio.file.Path root = indexer.hole().realRoot();
        java.nio.file.Path pointer = root.resolve("phlog/2024-05-22-pointer.md");
        java.nio.file.Path page = root.resolve("phlog/Tide tables.md");
        java.nio.file.Files.writeString(pointer, "# Pointer\n\nSee [[Tide tables]].\n");
        indexer.rescanNow();
        assertThat(text(route("/.links/phlog/2024-05-22-pointer"))).doesNotContain("/phlog/Tide tables\t");
        java.nio.file.Files.writeString(page, "# Tide tables\n\nHigh water at six.\n");
        indexer.rescanNow();
        assertThat(text(route("/.links/phlog/2024-05-22-pointer"))).contains("/phlog/Tide tables\t");
        java.nio.file.Files.writeString(pointer, "# Pointer\n\nStill [[Tide tables]].\n");
        indexer.rescanNow();
        assertThat(text(route("/.links/phlog/2024-05-22-pointer"))).contains("/phlog/Tide tables\t");
        java.nio.file.Files.delete(page);
        indexer.rescanNow();
        assertThat(text(route("/.links/phlog/2024-05-22-pointer"))).doesNotContain("/phlog/Tide tables\t");
    }

    @Test
    void aLinksItemIsOfferedOnlyWhenThereIsSomethingToFollowAndSaysHowMuch() throws Exception {
        java.nio.file.Files.writeString(
                indexer.hole().realRoot().resolve("phlog/2024-05-21-nothing.md"),
                "# Nothing to follow\n\nA [missing](gone.md) file, an [anchor](#top) and [[No such page]].\n");
        indexer.rescanNow();
        String phlog = text(route("/phlog/"));
        assertThat(phlog)
                .contains("02024-05-21 Nothing to follow\t")
                .doesNotContain("/.links/phlog/2024-05-21-nothing");
        assertThat(phlog).contains("1           ↳ 4 links\t/.links/phlog/2024-05-12-first-light\t");
    }

    @Test
    void aLocalHtmlPageIsAnHItemThatLagrangeShowsToo() throws Exception {
        java.nio.file.Files.writeString(indexer.hole().realRoot().resolve("phlog/map.html"), "<p>map</p>");
        indexer.rescanNow();
        assertThat(text(route("/phlog/")))
                .contains("hmap.html\tURL:gopher://gopher.example:7070/h/phlog/map.html\tgopher.example\t7070\r\n");
    }

    @Test
    void theWholeFileItemKeepsItsCountWhenTheTitleIsLong() throws Exception {
        java.nio.file.Files.writeString(
                indexer.hole().realRoot().resolve("phlog/log.md"),
                "# A very long title for a running log that goes on and on past the width\n\n"
                        + "## 2024-01-01 One\n\nx\n\n## 2024-01-02 Two\n\ny\n");
        indexer.rescanNow();
        assertThat(text(route("/phlog/"))).contains("… (the whole file, 2 entries)\t/phlog/log\t");
    }

    @Test
    void aFolderReachedThroughASymbolicLinkIsIndexedOnce() throws Exception {
        Path root = indexer.hole().realRoot();
        java.nio.file.Files.createSymbolicLink(root.resolve("more-notes"), root.resolve("notes"));
        indexer.rescanNow();
        String rootMenu = text(route("/"));
        assertThat(rootMenu.split("Saturday 9 March 2024", -1))
                .as("listed once in the newest entries")
                .hasSize(2);
        assertThat(rootMenu).doesNotContain("/more-notes/2024-03-09");
        assertThat(text(route("/.feed.xml")).split("Saturday 9 March 2024", -1)).hasSize(2);
        String archive = text(route("/.archive/2024"));
        assertThat(archive.split("Saturday 9 March 2024", -1)).hasSize(2);
        assertThat(text(route("/more-notes/2024-03-09"))).isEqualTo(text(route("/notes/2024-03-09")));
        assertThat(text(route("/more-notes/")))
                .as("the link's folder lists the same entry")
                .contains("Saturday 9 March 2024\t/notes/2024-03-09\t");
    }
}
