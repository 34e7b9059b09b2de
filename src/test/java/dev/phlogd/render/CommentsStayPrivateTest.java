package dev.phlogd.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.support.Lookups;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Obsidian's {@code %% comments %%} never reach a reader: whatever Markdown surrounds them, no word
 * from inside one is in the rendered text, the search text, the title, the tags or the links.
 */
class CommentsStayPrivateTest {
    private static final String SECRET = "zqxsecret";

    @Property(tries = 1000)
    void noWordFromACommentIsShown(@ForAll("withComments") String source) {
        JournalDocument doc = new JournalParser(70, ZoneOffset.UTC)
                .parse("note.md", source.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        HoleLinks links = new HoleLinks("h", 70, "", Lookups.NOTHING);
        EntryRenderer renderer = new EntryRenderer(70);
        assertPrivate(doc.whole(), renderer.render(doc, "", links));
        for (JournalDocument.Section s : doc.sections()) {
            assertPrivate(s.info(), renderer.render(doc, s.info().id(), links));
        }
    }

    private static void assertPrivate(EntryInfo info, RenderedEntry rendered) {
        assertThat(rendered.text()).doesNotContainIgnoringCase(SECRET);
        assertThat(info.text()).doesNotContainIgnoringCase(SECRET);
        assertThat(info.title()).doesNotContainIgnoringCase(SECRET);
        assertThat(String.join(" ", info.tags())).doesNotContainIgnoringCase(SECRET);
        assertThat(info.links().toString()).doesNotContainIgnoringCase(SECRET);
        assertThat(rendered.links().toString()).doesNotContainIgnoringCase(SECRET);
    }

    @Provide
    Arbitrary<String> withComments() {
        Arbitrary<String> secret = Arbitraries.of(
                SECRET,
                "#" + SECRET,
                "[[" + SECRET + "]]",
                "![[" + SECRET + ".png]]",
                "https://" + SECRET + ".example/",
                "[x](https://" + SECRET + ".example/)",
                "**" + SECRET + "**",
                "# " + SECRET,
                "- " + SECRET,
                "`" + SECRET + "`",
                "tags:: " + SECRET);
        Arbitrary<String> comment = Arbitraries.oneOf(
                secret.map(s -> "%%" + s + "%%"),
                secret.map(s -> "%% " + s + " %%"),
                secret.map(s -> "%%\n" + s + "\n" + s + "\n%%"));
        // Left open, a comment runs to the end of the file, so only the last one may be unclosed.
        Arbitrary<String> unclosed = Arbitraries.oneOf(Arbitraries.just(""), secret.map(s -> " %%" + s));
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(
                        "*em*",
                        "`code`",
                        "[[Page]]",
                        "#tag",
                        "> quote",
                        "- item",
                        "\t- nested",
                        "## 2024-03-01",
                        "# Title",
                        "100%",
                        "%",
                        "`%%`",
                        "\n",
                        "\n\n",
                        "---"));
        Arbitrary<String> piece =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, word), net.jqwik.api.Tuple.of(1, comment));
        return net.jqwik.api.Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(30), unclosed)
                .as((l, tail) -> String.join(" ", l) + tail);
    }
}
