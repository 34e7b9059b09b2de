package dev.phlogd.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.index.Freshness;
import dev.phlogd.index.Indexer;
import dev.phlogd.protocol.GeminiRequests;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.support.Fixtures;
import dev.phlogd.support.FrozenIndex;
import dev.phlogd.support.GeminiClient;
import dev.phlogd.support.GoldenFiles;
import dev.phlogd.support.MutableClock;
import dev.phlogd.support.Replies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gemini router without a socket, over the fixture hole: the gemlog index, the pages that
 * mirror Gopher's, the same refusals, and every status code the front end answers with.
 */
class GeminiRouterTest {
    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2024-06-01T12:00:00Z"));
    Indexer indexer;
    GeminiRouter gemini;
    Router gopher;

    @BeforeEach
    void start() throws Exception {
        Path root = Fixtures.copy("hole", dir.resolve("hole"));
        Files.createDirectories(root.resolve("capsule"));
        Files.writeString(root.resolve("capsule/index.gmi"), "# My capsule\n=> notes.gmi Notes, by hand\n");
        Files.writeString(root.resolve("capsule/2024-04-01-spring.md"), "# Spring\n\nBuds.\n");
        ServerConfig config = ServerConfig.from(Map.of(Setting.ROOT, root.toString(), Setting.TITLE, "Test hole"));
        indexer = FrozenIndex.of(root, config, clock);
        gemini = GeminiRouter.of(config, "gemini.example", 1965, indexer, Freshness.ALWAYS);
        gopher = Router.of(config, "gemini.example", 70, indexer, Freshness.ALWAYS);
    }

    @AfterEach
    void stop() {
        indexer.close();
    }

    private GeminiClient.Response get(String url) {
        return GeminiClient.parse(
                Replies.bytes(gemini.route(GeminiRequests.parse(url.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void theRootIsAGemlogIndexInTheSubscriptionFormat() {
        GeminiClient.Response root = get("gemini://gemini.example/");
        assertThat(root.status()).isEqualTo(20);
        assertThat(root.meta()).isEqualTo("text/gemini; charset=utf-8");
        List<String> lines = root.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("# Test hole");
        List<String> dates = new ArrayList<>();
        for (String line : lines) {
            var m = java.util.regex.Pattern.compile("=> (\\S+) (\\d{4}-\\d{2}-\\d{2}) .+")
                    .matcher(line);
            if (m.matches()) {
                dates.add(m.group(2));
                assertThat(m.group(1)).startsWith("/").doesNotStartWith("/.links");
            }
        }
        assertThat(dates).hasSizeGreaterThanOrEqualTo(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(root.text())
                .contains("=> /phlog/2024-05-12-first-light 2024-05-12 First light")
                .contains("=> /.search ")
                .contains("=> /.feed.xml ")
                .doesNotContain("secretword", "↳");
        GoldenFiles.assertMatches("gemini/root.gmi", root.body());
        assertThat(get("gemini://gemini.example").text()).isEqualTo(root.text());
    }

    @Test
    void foldersTagsAndTheArchiveMirrorTheGopherMenus() {
        GoldenFiles.assertMatches(
                "gemini/phlog.gmi", get("gemini://gemini.example/phlog/").body());
        GoldenFiles.assertMatches(
                "gemini/tags.gmi", get("gemini://gemini.example/.tags/").body());
        GoldenFiles.assertMatches(
                "gemini/tag-lighthouse.gmi",
                get("gemini://gemini.example/.tags/lighthouse").body());
        GoldenFiles.assertMatches(
                "gemini/archive-2024.gmi",
                get("gemini://gemini.example/.archive/2024").body());
        GeminiClient.Response about = get("gemini://gemini.example/.about");
        assertThat(about.meta()).isEqualTo("text/plain; charset=utf-8");
        assertThat(about.text()).contains("gemlog you can subscribe to", "gemini://gemini.example/");
    }

    @Test
    void anEntryIsGemtextFromTheSameParse() {
        GeminiClient.Response entry = get("gemini://gemini.example/phlog/2024-05-12-first-light");
        assertThat(entry.status()).isEqualTo(20);
        assertThat(entry.meta()).isEqualTo("text/gemini; charset=utf-8");
        assertThat(entry.text()).startsWith("# First light\n");
        // The Gopher text of the same entry says the same words, wrapped.
        String gopherText = new String(
                ((Reply.Data) gopher.route(Request.Gopher.of("/phlog/2024-05-12-first-light"))).bytes(),
                StandardCharsets.UTF_8);
        assertThat(gopherText).contains("First light");
    }

    @Test
    void whatGopherRefusesGeminiRefusesTheSameWay() {
        for (String path : List.of(
                "/phlog/draft",
                "/phlog/unpublished",
                "/phlog/2099-01-01-future",
                "/../outside",
                "/%2e%2e/etc/passwd",
                "/.hidden",
                "/nothing-here")) {
            assertThat(get("gemini://gemini.example" + path).status()).as(path).isEqualTo(51);
            String g = new String(
                    ((Reply.Data) gopher.route(Request.Gopher.of(path.replace("%2e", ".")))).bytes(),
                    StandardCharsets.UTF_8);
            assertThat(g).as(path).startsWith("3");
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() {
        GeminiClient.Response moved = get("gemini://gemini.example/phlog");
        assertThat(moved.status()).isEqualTo(31);
        assertThat(moved.meta()).isEqualTo("/phlog/");
    }

    @Test
    void aGophermapIsGopherOnlyAndAnIndexGmiIsTheFoldersGeminiPage() {
        String mapped = get("gemini://gemini.example/mapped/").text();
        assertThat(mapped)
                .startsWith("# mapped/\n")
                .contains("=> /mapped/x.txt")
                .doesNotContain("The mapped folder");
        GeminiClient.Response capsule = get("gemini://gemini.example/capsule/");
        assertThat(capsule.status()).isEqualTo(20);
        assertThat(capsule.meta()).isEqualTo("text/gemini; charset=utf-8");
        assertThat(capsule.text()).isEqualTo("# My capsule\n=> notes.gmi Notes, by hand\n");
    }

    @Test
    void theSearchAsksForAQueryThenListsHitsWithSnippets() {
        GeminiClient.Response prompt = get("gemini://gemini.example/.search");
        assertThat(prompt.status()).isEqualTo(10);
        assertThat(prompt.meta()).isNotBlank();
        GeminiClient.Response hits = get("gemini://gemini.example/.search?first%20light");
        assertThat(hits.status()).isEqualTo(20);
        assertThat(hits.text())
                .contains("=> /phlog/2024-05-12-first-light 2024-05-12 First light")
                .contains("=> /.search ");
        assertThat(get("gemini://gemini.example/.search?secretword").text()).contains("Nothing found");
    }

    @Test
    void theFeedLinksToGeminiUrls() {
        GeminiClient.Response feed = get("gemini://gemini.example/.feed.xml");
        assertThat(feed.status()).isEqualTo(20);
        assertThat(feed.meta()).isEqualTo("application/atom+xml");
        assertThat(feed.text())
                .contains("href=\"gemini://gemini.example/phlog/2024-05-12-first-light\"")
                .doesNotContain("gopher://");
    }

    @Test
    void filesAreSentAsTheyAreWithTheirMimeType() {
        GeminiClient.Response image = get("gemini://gemini.example/images/lamp.png");
        assertThat(image.status()).isEqualTo(20);
        assertThat(image.meta()).isEqualTo("image/png");
        assertThat(image.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void otherHostsSchemesAndPortsAreRefusedWith53() {
        assertThat(get("gemini://elsewhere.example/").status()).isEqualTo(53);
        assertThat(get("gemini://gemini.example:1966/").status()).isEqualTo(53);
        assertThat(get("https://gemini.example/").status()).isEqualTo(53);
        assertThat(get("gopher://gemini.example/").status()).isEqualTo(53);
        assertThat(get("GEMINI://Gemini.Example:1965/").status()).isEqualTo(20);
    }

    @Test
    void whatIsNotAUrlIs59() {
        for (String bad : List.of(
                "",
                "/phlog/",
                "gemini:opaque",
                "not a url",
                "gemini://u@gemini.example/",
                "gemini://gemini.example/#frag",
                "gemini://gemini.example/%zz")) {
            GeminiClient.Response r = get(bad);
            assertThat(r.status()).as(bad).isEqualTo(59);
        }
        Reply notUtf8 = gemini.route(GeminiRequests.parse(new byte[] {'g', 'e', (byte) 0xC0, (byte) 0xAF}));
        assertThat(new String(((Reply.Data) notUtf8).bytes(), StandardCharsets.UTF_8))
                .startsWith("59 ");
        assertThat(notUtf8.outcome()).isEqualTo(Outcome.ERROR);
        byte[] long1025 = ("gemini://gemini.example/" + "a".repeat(1001)).getBytes(StandardCharsets.UTF_8);
        assertThat(long1025.length).isEqualTo(1025);
        assertThat(GeminiRequests.parse(long1025)).isInstanceOf(Request.Invalid.class);
        byte[] long1024 = ("gemini://gemini.example/" + "a".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        assertThat(GeminiRequests.parse(long1024)).isInstanceOf(Request.Gemini.class);
    }

    @Test
    void anEntryDueInTheFutureAppearsWhenTheClockSaysSo() {
        assertThat(get("gemini://gemini.example/phlog/2099-01-01-future").status())
                .isEqualTo(51);
        clock.now = Instant.parse("2099-01-02T00:00:00Z");
        assertThat(get("gemini://gemini.example/phlog/2099-01-01-future").status())
                .isEqualTo(20);
    }
}
