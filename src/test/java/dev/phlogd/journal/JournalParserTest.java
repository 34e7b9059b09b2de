package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JournalParserTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "entries");
    static final Instant MODIFIED = Instant.parse("2024-01-01T12:00:00Z");
    final JournalParser parser = new JournalParser(70, ZoneOffset.UTC);

    JournalDocument fixture(String name) throws IOException {
        return parser.parse(name, Files.readAllBytes(FIXTURES.resolve(name)), MODIFIED);
    }

    JournalDocument parse(String name, String text) {
        return parser.parse(name, text.getBytes(StandardCharsets.UTF_8), MODIFIED);
    }

    @Test
    void hugoToml() throws IOException {
        EntryInfo e = fixture("hugo-preformatted.md").whole();
        assertThat(e.title()).isEqualTo("Notes from the lamp room: winter");
        assertThat(e.date()).isEqualTo(EntryDate.of(LocalDate.of(2024, 1, 14)));
        assertThat(e.dateSource()).isEqualTo(DateSource.FRONT_MATTER);
        assertThat(e.tags()).containsExactly("lighthouse");
    }

    @Test
    void zolaTaxonomiesAndTime() throws IOException {
        EntryInfo e = fixture("zola-taxonomies.md").whole();
        assertThat(e.tags()).containsExactly("repairs", "clockwork", "lighthouse");
        assertThat(e.date().time()).isEqualTo(LocalTime.of(9, 15));
        assertThat(e.draft()).isFalse();
    }

    @Test
    void jekyllWithCategories() throws IOException {
        JournalDocument doc = fixture("2023-11-02-storm-warning.md");
        EntryInfo e = doc.whole();
        assertThat(doc.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(e.title()).isEqualTo("Storm warning");
        assertThat(e.date().display()).isEqualTo("2023-11-02 18:30");
        assertThat(e.date().offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(e.tags()).containsExactly("storms", "weather", "harbour");
        assertThat(e.links())
                .extracting(RawLink::target)
                .containsExactly("https://example.org/forecast", "https://example.org/notices");
    }

    @Test
    void obsidianDailyNote() throws IOException {
        EntryInfo e = fixture("obsidian-daily.md").whole();
        assertThat(e.date().display()).isEqualTo("2024-03-09 08:05");
        assertThat(e.tags()).containsExactly("daily", "reading", "tired");
        assertThat(e.links())
                .contains(
                        new RawLink(RawLink.Kind.WIKI, "Lighthouse log"),
                        new RawLink(RawLink.Kind.WIKI, "Seagulls of the north"),
                        new RawLink(RawLink.Kind.EMBED, "lighthouse.png"),
                        new RawLink(RawLink.Kind.WIKI, "../phlog/Lighthouse log"));
    }

    @Test
    void logseqJournalPage() throws IOException {
        EntryInfo e = fixture("2024_02_29.md").whole();
        assertThat(e.date()).isEqualTo(EntryDate.of(LocalDate.of(2024, 2, 29)));
        assertThat(e.dateSource()).isEqualTo(DateSource.FILE_NAME);
        assertThat(e.title()).isEqualTo("Thursday 29 February 2024");
        assertThat(e.tags()).containsExactly("logseq", "outlines", "repairs", "Harbour Supplies");
        assertThat(e.text())
                .doesNotContain("collapsed::")
                .doesNotContain("id::")
                .contains("TODO Order a new pawl");
    }

    @Test
    void jrnlFileIsSplitIntoEntries() throws IOException {
        JournalDocument doc = fixture("jrnl.txt");
        assertThat(doc.format()).isEqualTo(SourceFormat.JRNL);
        assertThat(doc.sections())
                .extracting(s -> s.info().id())
                .containsExactly("2024-04-01-0812", "2024-04-01-2140", "2024-04-03-0700");
        assertThat(doc.sections())
                .extracting(s -> s.info().title())
                .containsExactly("Fog again.", "Evening.", "A short one");
        assertThat(doc.sections().get(0).info().tags()).containsExactly("sleep");
        assertThat(doc.whole().date().display()).isEqualTo("2024-04-03 07:00");
    }

    @Test
    void fileOfDatedSections() throws IOException {
        JournalDocument doc = fixture("dated-sections.md");
        assertThat(doc.whole().title()).isEqualTo("The running log");
        assertThat(doc.whole().date().iso()).isEqualTo("2024-03-10");
        assertThat(doc.sections())
                .extracting(s -> s.info().id(), s -> s.info().title())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-03-10", "The long way round"),
                        org.assertj.core.groups.Tuple.tuple("2024-03-03", "Hills"),
                        org.assertj.core.groups.Tuple.tuple("2024-02-25", "A note pasted from my old app"),
                        org.assertj.core.groups.Tuple.tuple("2024-02-25-2", "Rest day"));
        assertThat(doc.section("2024-03-03").orElseThrow().info().text())
                .contains("Hill repeats")
                .doesNotContain("Twelve");
    }

    @Test
    void oneDatedHeadingDatesTheEntryWithoutSplittingIt() {
        JournalDocument doc = parse("notes.md", "# Notes\n\n## 2024-05-01 Only one\nText.\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.whole().date().iso()).isEqualTo("2024-05-01");
        assertThat(doc.whole().dateSource()).isEqualTo(DateSource.HEADING);
        assertThat(doc.whole().title()).isEqualTo("Notes");
    }

    @Test
    void malformedFrontMatterKeepsTheEntry() throws IOException {
        JournalDocument doc = fixture("malformed-front-matter.md");
        assertThat(doc.frontMatterError()).isPresent();
        assertThat(doc.whole().title()).isEqualTo("Malformed front matter");
        assertThat(doc.whole().dateSource()).isEqualTo(DateSource.MODIFIED);
        assertThat(doc.whole().text()).contains("this body is still shown");
    }

    @Test
    void emptyFile() throws IOException {
        EntryInfo e = fixture("empty.md").whole();
        assertThat(e.title()).isEqualTo("Empty");
        assertThat(e.date().date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(e.dateSource()).isEqualTo(DateSource.MODIFIED);
    }

    @Test
    void textFormats() throws IOException {
        assertThat(fixture("latin1.txt").format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(fixture("latin1.txt").whole().title()).isEqualTo("Café notes");
        assertThat(fixture("poem.txt").format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(fixture("notes.gmi").format()).isEqualTo(SourceFormat.GEMTEXT);
        assertThat(fixture("notes.gmi").whole().title()).isEqualTo("Gemini notes");
        assertThat(fixture("crlf-bom.md").whole().title()).isEqualTo("Windows notes");
        assertThat(parse("x.txt", "# A heading\n\nThen [a link](https://x.org).\n")
                        .format())
                .isEqualTo(SourceFormat.MARKDOWN);
        assertThat(parse("x.txt", "---\ntitle: t\n---\nplain words\n").format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void draftsAndUnpublished() {
        assertThat(parse("a.md", "---\ndraft: true\n---\nx").whole().draft()).isTrue();
        assertThat(parse("a.md", "---\npublished: false\n---\nx").whole().draft())
                .isTrue();
        assertThat(parse("a.md", "+++\ndraft = \"true\"\n+++\nx").whole().draft())
                .isTrue();
        assertThat(parse("a.md", "---\npublished: true\n---\nx").whole().draft())
                .isFalse();
        assertThat(parse("a.md", "x").whole().draft()).isFalse();
    }

    @Test
    void datesAndTitlesFromFileNames() {
        EntryInfo jekyll = parse("2023-11-02-first-light.md", "Words.").whole();
        assertThat(jekyll.date().iso()).isEqualTo("2023-11-02");
        assertThat(jekyll.dateSource()).isEqualTo(DateSource.FILE_NAME);
        assertThat(jekyll.title()).isEqualTo("First light");
        EntryInfo daily = parse("2024-03-10.md", "Words.").whole();
        assertThat(daily.title()).isEqualTo("Sunday 10 March 2024");
        assertThat(parse("some_notes-here.md", "Words.").whole().title()).isEqualTo("Some notes here");
    }

    @Test
    void inlineTags() {
        EntryInfo e = parse(
                        "t.md",
                        "Text #one and #two/sub, not C# nor #42 nor https://x.org/#frag, #[[three words]].\n\n"
                                + "`#code` is not a tag.\n")
                .whole();
        assertThat(e.tags()).containsExactly("one", "two/sub", "three words");
    }

    private static JournalDocument parseText(String name, String text) {
        return new JournalParser(70, java.time.ZoneOffset.UTC)
                .parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Instant.EPOCH);
    }

    @Test
    void anArticleDatedByItsNameWithDatedUpdatesIsOneEntry() {
        JournalDocument doc = parseText(
                "2020-04-16-ferry.md",
                "# The ferry that came back\n\n## April 16 2020\n\nGone.\n\n## April 17 2020\n\nBack.\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.whole().title()).isEqualTo("The ferry that came back");
        assertThat(doc.whole().date().iso()).isEqualTo("2020-04-16");
    }

    @Test
    void aLogWithoutADateInItsNameKeepsItsSectionsTitledByTheLogAndTheDay() {
        JournalDocument doc = parseText(
                "running.md", "# Running log\n\n## 2023-03-03\n\nTen.\n\n## 2023-03-05 Hill repeats\n\nSix.\n");
        assertThat(doc.sections())
                .extracting(s -> s.info().title())
                .containsExactly("Running log, 3 March 2023", "Hill repeats");
    }

    /** The one-pass look for the characters every Markdown sign needs decides as the pattern does. */
    @net.jqwik.api.Property(tries = 2000)
    void aTextReadsAsMarkdownExactlyWhenThePatternFindsASign(@net.jqwik.api.ForAll("texts") String text) {
        assertThat(JournalParser.hasMarkdownSigns(text))
                .isEqualTo(JournalParser.MARKDOWN_SIGNS.matcher(text).find());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.of(
                        "words ",
                        "\n",
                        "# ",
                        "#tag",
                        "```",
                        "~~",
                        "~~~",
                        "- [ ] ",
                        "* [x] ",
                        "\t- ",
                        "\t",
                        "](x)",
                        "[a](b)",
                        "![",
                        "!",
                        "[[Page]]",
                        "[",
                        "]",
                        "**b",
                        "* ",
                        "<https://x>",
                        "<",
                        "a.b")
                .list()
                .ofMaxSize(8)
                .map(pieces -> String.join("", pieces));
    }
}
