package dev.phlogd.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.JournalDocument;
import dev.phlogd.support.GoldenFiles;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry fixture rendered as gemtext from the same parse as its Gopher text, against
 * {@code golden/gemtext/NAME.gmi} (and {@code NAME@SECTION.gmi} per dated section).
 */
class GemtextRenderingTest {
    static Stream<String> fixtures() throws IOException {
        return EntryRenderingTest.fixtures();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void rendersLikeTheGoldenFile(String name) throws IOException {
        JournalDocument doc = EntryRenderingTest.parse(name);
        String whole = GemtextRenderer.render(doc, "", EntryRenderingTest.links());
        assertWellFormed(whole);
        GoldenFiles.assertMatches("gemtext/" + name + ".gmi", whole);
        for (JournalDocument.Section s : doc.sections()) {
            String text = GemtextRenderer.render(doc, s.info().id(), EntryRenderingTest.links());
            assertWellFormed(text);
            GoldenFiles.assertMatches("gemtext/" + name + "@" + s.info().id() + ".gmi", text);
        }
    }

    /** A title line first; preformatted blocks closed; no markup a Gemini reader would see raw. */
    static void assertWellFormed(String gemtext) {
        assertThat(gemtext).startsWith("# ").doesNotContain("\r");
        long fences = gemtext.lines().filter(l -> l.startsWith("```")).count();
        assertThat(fences % 2).as("every preformatted block is closed").isZero();
        boolean pre = false;
        for (String line : gemtext.split("\n")) {
            if (line.startsWith("```")) {
                pre = !pre;
                continue;
            }
            if (!pre && !line.startsWith("=> ")) {
                assertThat(line).as("outside preformatted text").doesNotContain("[[", "](", "\t");
            }
        }
    }
}
