package dev.phlogd.views;

import static dev.phlogd.support.GopherClient.fetch;
import static dev.phlogd.support.GopherClient.fetchText;
import static dev.phlogd.support.MenuAssertions.assertWellFormedMenu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.phlogd.config.Setting;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.MenuAssertions.Line;
import dev.phlogd.support.TestServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Navigation over a fixture hole: menus, links menus, tags, archive, search, feed, drafts. */
class JournalIT {
    @TempDir
    static Path tmp;

    static TestServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        server = TestServer.start(
                hole,
                Map.of(
                        Setting.RECENT_ENTRIES,
                        "5",
                        Setting.TITLE,
                        "Keeper's log",
                        Setting.DESCRIPTION,
                        "Notes from a lighthouse",
                        Setting.HOSTNAME,
                        "127.0.0.1"));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Line> menu(String selector) {
        return assertWellFormedMenu(fetchText(port, selector));
    }

    static List<Line> links(List<Line> menu) {
        return menu.stream().filter(l -> l.type() != 'i').toList();
    }

    @Test
    void folderMenuListsEntriesNewestFirstWithALinksItemUnderEntriesWithLinks() {
        assertThat(links(menu("/phlog/")))
                .extracting(Line::type, Line::display, Line::selector)
                .containsExactly(
                        tuple('0', "2024-05-12 First light", "/phlog/2024-05-12-first-light"),
                        tuple('1', "           ↳ 4 links", "/.links/phlog/2024-05-12-first-light"),
                        tuple('0', "2024-03-02 The March storm", "/phlog/2024-03-02-storm"),
                        tuple('0', "2023-11-20 Monday 20 November 2023", "/phlog/2023-11-20.txt"));
    }

    @Test
    void datedSectionsAreOneLineEachAndTheWholeFileIsListedToo() {
        List<Line> root = links(menu(""));
        assertThat(root)
                .extracting(Line::display)
                .contains("2024-02-25 Rest day", "The running log (the whole file, 3 entries)");
        assertThat(fetchText(port, "/running-log/2024-03-03"))
                .startsWith("Hills\r\n2024-03-03\r\n")
                .contains("Hill repeats")
                .doesNotContain("Twelve kilometres");
        assertThat(fetchText(port, "/running-log")).contains("Hill repeats").contains("Twelve kilometres");
    }

    @Test
    void rootMenuOpensWithTitleThenNewestEntriesThenFoldersThenNavigation() {
        List<Line> root = menu("");
        assertThat(root.get(0)).extracting(Line::type, Line::display).containsExactly('i', "Keeper's log");
        assertThat(root.get(1)).extracting(Line::type, Line::display).containsExactly('i', "Notes from a lighthouse");
        List<String> entries = root.stream()
                .filter(l -> l.type() == '0' && l.display().matches("\\d{4}-.*"))
                .map(Line::display)
                .limit(5)
                .toList();
        assertThat(entries)
                .containsExactly(
                        "2024-05-12 First light",
                        "2024-04-01 Evening.",
                        "2024-04-01 Fog again.",
                        "2024-03-10 The long way round",
                        "2024-03-09 Saturday 9 March 2024");
        List<String> displays = root.stream().map(Line::display).toList();
        assertThat(displays.indexOf("Folders")).isGreaterThan(displays.indexOf("2024-03-09 Saturday 9 March 2024"));
        assertThat(displays)
                .containsSubsequence(
                        "Folders",
                        "images/",
                        "jrnl/",
                        "mapped/",
                        "notes/",
                        "phlog/",
                        "Archive by year",
                        "Tags",
                        "Search this journal",
                        "Atom feed",
                        "About this hole");
        assertThat(root)
                .filteredOn(l -> l.display().equals("Search this journal"))
                .singleElement()
                .satisfies(l -> assertThat(l.type()).isEqualTo('7'));
    }

    @Test
    void undatedEntriesComeAfterDatedOnesByTitle() {
        assertThat(links(menu("/notes/")))
                .extracting(Line::display)
                .containsExactly("2024-03-09 Saturday 9 March 2024", "           ↳ 1 link", "Lighthouse log");
    }

    @Test
    void everyLinkOfAnEntryIsReachableFromItsLinksMenu() {
        List<Line> menu = menu("/.links/phlog/2024-05-12-first-light");
        assertThat(menu.get(0).display()).isEqualTo("First light");
        assertThat(links(menu))
                .extracting(Line::type, Line::display, Line::selector, Line::host)
                .containsExactly(
                        tuple('0', "Read the entry", "/phlog/2024-05-12-first-light", "127.0.0.1"),
                        tuple('h', "[1] https://example.org/harbour", "URL:https://example.org/harbour", "127.0.0.1"),
                        tuple('0', "[2] 2024-03-02 The March storm", "/phlog/2024-03-02-storm", "127.0.0.1"),
                        tuple('I', "[3] /images/lamp.png", "/images/lamp.png", "127.0.0.1"),
                        tuple('1', "[4] gopher://gopher.floodgap.com/1/world", "/world", "gopher.floodgap.com"),
                        tuple('0', "Older: 2024-04-01 Evening.", "/jrnl/log.txt/2024-04-01-2140", "127.0.0.1"),
                        tuple('1', "Folder: phlog/", "/phlog/", "127.0.0.1"));
        for (Line l : links(menu)) {
            if (l.host().equals("127.0.0.1")) {
                byte[] reply = fetch(port, l.selector());
                assertThat(reply).as(l.selector()).isNotEmpty();
                assertThat((char) reply[0]).as(l.selector()).isNotEqualTo('3');
            }
        }
        assertThat(fetchText(port, "URL:https://example.org/harbour")).contains("url=https://example.org/harbour");
    }

    @Test
    void wikilinksResolveToEntriesInTheHole() {
        List<Line> menu = links(menu("/.links/notes/2024-03-09"));
        assertThat(menu)
                .extracting(Line::display, Line::selector)
                .contains(tuple("[1] Lighthouse log", "/notes/Lighthouse log"));
        assertThat(fetchText(port, "/notes/Lighthouse log")).startsWith("Lighthouse log\r\n");
    }

    @Test
    void neighboursAreTheEntriesBeforeAndAfterInTime() {
        List<Line> menu = links(menu("/.links/notes/2024-03-09"));
        assertThat(menu)
                .extracting(Line::display)
                .contains("Older: 2024-03-03 Hills", "Newer: 2024-03-10 The long way round");
    }

    @Test
    void tagsAreAlphabeticalWithCounts() {
        assertThat(links(menu("/.tags/")))
                .extracting(Line::display, Line::selector)
                .containsExactly(
                        tuple("daily (1)", "/.tags/daily"),
                        tuple("lighthouse (2)", "/.tags/lighthouse"),
                        tuple("running (2)", "/.tags/running"),
                        tuple("spring (1)", "/.tags/spring"),
                        tuple("weather (1)", "/.tags/weather"));
        assertThat(links(menu("/.tags/lighthouse")))
                .extracting(Line::display)
                .containsSubsequence("2024-05-12 First light", "2024-03-02 The March storm");
        assertThat(fetchText(port, "/.tags/LightHouse")).isEqualTo(fetchText(port, "/.tags/lighthouse"));
        assertThat(fetchText(port, "/.tags/no-such-tag")).startsWith("3Not found");
    }

    @Test
    void archiveListsYearsWithCountsAndEachYearByMonth() {
        assertThat(links(menu("/.archive/")))
                .extracting(Line::display, Line::selector)
                .containsExactly(
                        tuple("2024 (8 entries)", "/.archive/2024"), tuple("2023 (1 entry)", "/.archive/2023"));
        List<Line> y2024 = menu("/.archive/2024");
        assertThat(y2024.stream().map(Line::display).toList())
                .containsSubsequence(
                        "May 2024",
                        "2024-05-12 First light",
                        "April 2024",
                        "2024-04-01 Evening.",
                        "March 2024",
                        "2024-03-10 The long way round",
                        "February 2024",
                        "2024-02-25 Rest day");
        assertThat(fetchText(port, "/.archive/1999")).startsWith("3Not found");
        assertThat(fetchText(port, "/.archive/abc")).startsWith("3Not found");
    }

    @Test
    void searchFindsTitlesTagsAndBodiesAccentInsensitively() {
        List<Line> lamp = menu("/.search\tlamp");
        assertThat(lamp.get(0).display()).isEqualTo("3 entries match \"lamp\"");
        // Dated entries newest first, then undated pages.
        assertThat(links(lamp))
                .extracting(Line::display)
                .startsWith("2024-05-12 First light", "2023-11-20 Monday 20 November 2023", "Lighthouse log");
        assertThat(lamp)
                .anySatisfy(l -> assertThat(l.display()).contains("lamp").startsWith("  "));
        // Lagrange shows an info line with three spaces in a row as code: snippets have none.
        assertThat(lamp)
                .filteredOn(l -> l.type() == 'i')
                .allSatisfy(l -> assertThat(l.display()).doesNotContain("   "));
        // A title hit ranks above a body hit, however old.
        assertThat(links(menu("/.search\tstorm")))
                .extracting(Line::display)
                .first()
                .isEqualTo("2024-03-02 The March storm");
        assertThat(links(menu("/.search\tCAFE"))).extracting(Line::display).contains("2024-03-02 The March storm");
        assertThat(links(menu("/.search\tweather"))).extracting(Line::display).contains("2024-03-02 The March storm");
        assertThat(links(menu("/.search\tharbour office")))
                .extracting(Line::display)
                .first()
                .isEqualTo("2024-05-12 First light");
    }

    @Test
    void searchMissesAndEmptyQueriesGetAFriendlyLine() {
        assertThat(menu("/.search\tzebra").get(0).display()).isEqualTo("Nothing found for \"zebra\".");
        assertThat(menu("/.search\t").get(0).display()).startsWith("Type one or more words");
        assertThat(menu("/.search").get(0).display()).startsWith("Type one or more words");
        assertThat(menu("/.search\t+").get(0).display()).startsWith("Type one or more words");
    }

    @Test
    void feedIsValidAtomWithGopherLinks() throws Exception {
        byte[] xml = fetch(port, "/.feed.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element feed = doc.getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id").getTextContent()).isEqualTo("gopher://127.0.0.1:" + port + "/");
        OffsetDateTime.parse(child(feed, "updated").getTextContent());
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(9);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            assertThat(child(e, "id").getTextContent()).startsWith("gopher://127.0.0.1:" + port + "/0/");
            assertThat(child(e, "title").getTextContent()).isNotBlank();
            OffsetDateTime.parse(child(e, "updated").getTextContent());
            assertThat(((Element) e.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href"))
                    .isEqualTo(child(e, "id").getTextContent());
        }
        assertThat(child((Element) entries.item(0), "title").getTextContent()).isEqualTo("First light");
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("secretword");
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name)
                .item(0);
    }

    @Test
    void draftsUnpublishedAndFutureEntriesAreHiddenEverywhere() {
        for (String selector : List.of(
                "/phlog/draft",
                "/phlog/draft.md",
                "/phlog/unpublished",
                "/phlog/unpublished.md",
                "/phlog/2099-01-01-future",
                "/phlog/2099-01-01-future.md",
                "/.links/phlog/draft",
                "/.tags/hidden")) {
            assertThat(fetchText(port, selector)).as(selector).startsWith("3Not found: ");
        }
        assertThat(fetchText(port, "/.search\tsecretword")).startsWith("iNothing found for \"secretword\".");
        for (String selector : List.of(
                "",
                "/phlog/",
                "/.tags/",
                "/.tags/lighthouse",
                "/.archive/",
                "/.archive/2024",
                "/.archive/2099",
                "/.feed.xml",
                "/.about")) {
            assertThat(fetchText(port, selector))
                    .as(selector)
                    .doesNotContain("secretword")
                    .doesNotContain("Draft about")
                    .doesNotContain("Unpublished")
                    .doesNotContain("letter to the future");
        }
    }

    @Test
    void showDraftsPreviewsThemMarkedAsDrafts() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("preview"));
        try (TestServer preview = TestServer.start(hole, Map.of(Setting.SHOW_DRAFTS, "true"))) {
            String phlog = fetchText(preview.port(), "/phlog/");
            assertThat(phlog).contains("2024-02-01 Draft about the secretword (draft)");
            assertThat(fetchText(preview.port(), "/phlog/draft")).contains("(draft, not published)");
            assertThat(fetchText(preview.port(), "/phlog/2099-01-01-future")).startsWith("A letter to the future");
        }
    }

    @Test
    void handWrittenGophermapPullsInGeneratedBlocks() {
        List<Line> mapped = menu("/mapped/");
        List<String> displays = mapped.stream().map(Line::display).toList();
        assertThat(displays)
                .containsSubsequence(
                        "The mapped folder",
                        "Newest:",
                        "2024-05-12 First light",
                        "Tags:",
                        "daily (1)",
                        "weather (1)",
                        "Archive by year",
                        "Search this journal",
                        "Files here:",
                        "X");
        assertThat(mapped)
                .filteredOn(l -> l.display().equals("lighthouse (2)"))
                .singleElement()
                .extracting(Line::selector)
                .isEqualTo("/.tags/lighthouse");
    }

    @Test
    void aboutPageSaysWhatTheHoleHolds() {
        assertThat(fetchText(port, "/.about"))
                .startsWith("Keeper's log\r\n")
                .contains("9 entries, from 2023-11-20 to 2024-05-12");
    }

    @Test
    void unknownGeneratedPagesAreNotFound() {
        assertThat(fetchText(port, "/.nothing")).startsWith("3Not found: /.nothing");
        assertThat(fetchText(port, "/.links/no/such/entry")).startsWith("3Not found");
    }
}
