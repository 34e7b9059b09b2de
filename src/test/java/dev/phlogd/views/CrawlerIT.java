package dev.phlogd.views;

import static dev.phlogd.support.GopherClient.fetch;
import static dev.phlogd.support.MenuAssertions.assertWellFormedMenu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.support.Fixtures;
import dev.phlogd.support.MenuAssertions.Line;
import dev.phlogd.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts at the root and follows every item on this server: every reply must be well-formed, no
 * type-3 error may appear, and no hidden or draft content may show up anywhere.
 */
class CrawlerIT {
    @TempDir
    Path tmp;

    /** What a crawl saw. */
    record Crawl(int menus, int texts, int files, String everything) {}

    static Crawl crawl(int port) {
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(new String[] {"1", ""});
        StringBuilder everything = new StringBuilder();
        int menus = 0;
        int texts = 0;
        int files = 0;
        while (!queue.isEmpty()) {
            String[] item = queue.poll();
            char type = item[0].charAt(0);
            String selector = item[1];
            if (!seen.add(type + selector) || seen.size() > 2000) {
                continue;
            }
            byte[] reply = fetch(port, type == '7' ? selector + "\tlamp" : selector);
            String text = new String(reply, StandardCharsets.UTF_8);
            assertThat(reply).as("reply to %s", selector).isNotEmpty();
            switch (type) {
                case '1', '7' -> {
                    menus++;
                    everything.append(text);
                    for (Line l : assertWellFormedMenu(text)) {
                        assertThat(l.type())
                                .as("item in %s: %s", selector, l.display())
                                .isNotEqualTo('3');
                        if (l.type() != 'i'
                                && l.host().equals("127.0.0.1")
                                && l.port().equals(String.valueOf(port))) {
                            queue.add(new String[] {String.valueOf(l.type()), l.selector()});
                        }
                    }
                }
                case '0' -> {
                    texts++;
                    everything.append(text);
                    assertThat(text).as(selector).doesNotStartWith("3Not found");
                    if (!selector.endsWith(".xml")) {
                        assertThat(text.replace("\r\n", ""))
                                .as(selector)
                                .doesNotContain("\r")
                                .doesNotContain("\n");
                    }
                }
                case 'h' -> assertThat(text).as(selector).contains("<a href=");
                default -> {
                    files++;
                    assertThat(text).as(selector).doesNotStartWith("3Not found");
                }
            }
        }
        return new Crawl(menus, texts, files, everything.toString());
    }

    @Test
    void fixtureHoleIsWellFormedEverywhereAndNeverShowsDrafts() throws Exception {
        Path hole = Fixtures.copy("hole", tmp.resolve("hole"));
        try (TestServer server =
                TestServer.start(hole, java.util.Map.of(dev.phlogd.config.Setting.HOSTNAME, "127.0.0.1"))) {
            Crawl crawl = crawl(server.port());
            assertThat(crawl.menus()).isGreaterThan(15);
            assertThat(crawl.texts()).isGreaterThan(12);
            assertThat(crawl.files()).isEqualTo(1);
            assertThat(crawl.everything())
                    .doesNotContain("secretword")
                    .doesNotContain("letter to the future")
                    .doesNotContain("Unpublished");
        }
    }

    @Test
    void bundledSampleHoleIsWellFormedEverywhere() throws Exception {
        Path hole = Fixtures.copyTree(Path.of("gopherhole"), tmp.resolve("gopherhole"));
        try (TestServer server =
                TestServer.start(hole, java.util.Map.of(dev.phlogd.config.Setting.HOSTNAME, "127.0.0.1"))) {
            Crawl crawl = crawl(server.port());
            assertThat(crawl.texts()).isGreaterThan(15);
            assertThat(crawl.everything())
                    .contains("Notes from the lamp room")
                    .contains("凧揚げ")
                    .doesNotContain("Something I have not finished");
        }
    }
}
