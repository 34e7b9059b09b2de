package dev.phlogd.render;

import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.support.Lookups;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.LineBreaker;
import dev.phlogd.text.TextRun;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.Assertions;

/**
 * Rendering never throws, never emits a control character, and never exceeds the width except
 * with a single unbreakable token or a line of code, whatever Markdown or Unicode it is given.
 */
class RenderPropertiesTest {

    private static void renderAndCheck(String name, String generated, int width) {
        // What a file can hold: unpaired surrogates do not survive being written as UTF-8.
        String source = new String(generated.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        JournalDocument doc = new JournalParser(width, ZoneOffset.UTC)
                .parse(name, source.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        EntryRenderer renderer = new EntryRenderer(width);
        HoleLinks links = new HoleLinks("h", 70, "", Lookups.NOTHING);
        RenderInvariants.check(renderer.render(doc, "", links).text(), width, source);
        for (JournalDocument.Section s : doc.sections()) {
            RenderInvariants.check(renderer.render(doc, s.info().id(), links).text(), width, source);
        }
    }

    @Property(tries = 400)
    void randomMarkdown(@ForAll("markdown") String source, @ForAll @IntRange(min = 20, max = 120) int width) {
        renderAndCheck("random.md", source, width);
    }

    @Property(tries = 300)
    void randomUnicodeText(@ForAll("unicode") String source, @ForAll @IntRange(min = 20, max = 100) int width) {
        renderAndCheck("random.txt", source, width);
        renderAndCheck("random.md", source, width);
    }

    @Property(tries = 500)
    void wrappedLinesFitUnlessOneToken(@ForAll("unicode") String text, @ForAll @IntRange(min = 1, max = 80) int width) {
        String oneLine = text.replace('\n', ' ');
        List<String> lines = new TextRun().text(oneLine).wrap(width);
        for (String line : lines) {
            if (DisplayWidth.of(line) > width) {
                Assertions.assertThat(LineBreaker.canBreak(line))
                        .as("overlong line [%s] could have been broken", line)
                        .isFalse();
            }
        }
        String before = withoutWhitespace(new TextRun().text(oneLine).text());
        String after = withoutWhitespace(String.join("", lines));
        Assertions.assertThat(after).as("wrapping only moves line breaks").isEqualTo(before);
    }

    private static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings()
                        .withCharRange('\u4e00', '\u4fff')
                        .ofMinLength(1)
                        .ofMaxLength(30),
                Arbitraries.strings()
                        .withCharRange('\uac00', '\uacff')
                        .ofMinLength(1)
                        .ofMaxLength(6),
                Arbitraries.of(
                        "😀",
                        "👩\u200d👩\u200d👧",
                        "🇯🇵",
                        "❤️",
                        "e\u0301",
                        "\t",
                        "\u0000",
                        "\u001b[1m",
                        "\r",
                        "\u0085",
                        "https://example.org/" + "x".repeat(90),
                        "—",
                        "。",
                        "，",
                        "«",
                        "»",
                        "\u200b",
                        "\ufeff"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> separators = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "  ", "\r\n");
        return Combinators.combine(words, separators)
                .as((w, s) -> w + s)
                .list()
                .ofMaxSize(60)
                .map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> inline = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of(
                        "*em*",
                        "**strong**",
                        "_u_",
                        "`code`",
                        "~~gone~~",
                        "[link](https://example.org/a)",
                        "![img](pic.png)",
                        "[[Wiki Page]]",
                        "[[Page|alias]]",
                        "![[embed.png]]",
                        "#tag",
                        "#[[two words]]",
                        "<br>",
                        "<span>x</span>",
                        "https://example.org/" + "y".repeat(80),
                        "日本語の文章",
                        "😀",
                        "\t",
                        "[x](#anchor)",
                        "<https://example.org>",
                        "a\\*b",
                        "&amp;",
                        "[ref][r]",
                        "\u0007"));
        Arbitrary<String> line = inline.list().ofMinSize(1).ofMaxSize(25).map(l -> String.join(" ", l));
        Arbitrary<String> block = Arbitraries.oneOf(
                line,
                line.map(l -> "# " + l),
                line.map(l -> "### " + l),
                line.map(l -> "> " + l),
                line.map(l -> "> [!note] " + l + "\n> " + l),
                line.list().ofMinSize(1).ofMaxSize(4).map(l -> "- " + String.join("\n- ", l)),
                line.list().ofMinSize(1).ofMaxSize(4).map(l -> "1. " + String.join("\n2. ", l)),
                line.map(l -> "- a\n  - b " + l + "\n    - c " + l + "\n      - d\n        - e\n          - f " + l),
                line.map(l -> "- [ ] " + l + "\n- [x] " + l),
                line.map(l -> "```\n" + l + "\n\tindented " + l + "\n```"),
                line.map(l -> "    code " + l),
                line.map(l -> "| a | b |\n|---|--:|\n| " + l + " | x |"),
                line.map(l ->
                        "| " + l + " |" + " c |".repeat(14) + "\n|" + "---|".repeat(15) + "\n|" + " v |".repeat(15)),
                line.map(l -> "<div>" + l + "</div>"),
                line.map(l -> "## 2024-03-0" + (1 + l.length() % 9) + " " + l),
                Arbitraries.of("---", "***", "[r]: https://example.org/ref", "- tags:: a, b", "  collapsed:: true"),
                line.map(l -> "```markdown\n" + l + " " + l + " " + l + "\n```"),
                line.map(l -> ">".repeat(12) + " " + l));
        return block.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("\n\n", l));
    }
}
