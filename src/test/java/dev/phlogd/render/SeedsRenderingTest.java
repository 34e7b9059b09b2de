package dev.phlogd.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.support.Lookups;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real journal file in ../shared/seeds (when that folder is there) renders within the invariants. */
class SeedsRenderingTest {
    /** What a writer expects of each seed: its title, its header's date line, its dated sections. */
    record Expected(String title, String dateLine, int sections) {}

    static final Map<String, Expected> EXPECTED = Map.of(
            "000_", new Expected("+mala's gopherhole: 2023-09-21 - Autumn", "2024-09-21\n", 0),
            // Obsidian's "date created", with its time; no title of its own, so the file's name.
            "001_", new Expected("001 41678740ece0bd62", "2022-09-06 12:39\n", 0),
            // A Logseq page has no date of its own: no date line, the tags come first.
            "002_", new Expected("002 65a9d13fe43a298c", "Tags: 100DaysToOffload", 0),
            "003_", new Expected("Recording Some Daily Thoughts and Reflections", "2023-09-03\n", 13),
            "004_", new Expected("Weekly-#4 First insight of LLM accelerate", "Tags: Weekly\n", 0));

    /**
     * No Markdown, Obsidian or Logseq syntax reaches a reader, except in lines copied as they are
     * from the source (code and hand-formatted text).
     */
    static void assertNoMarkupLeft(String text, String source) {
        java.util.Set<String> sourceLines =
                source.lines().map(String::strip).collect(java.util.stream.Collectors.toSet());
        for (String line : text.split("\n")) {
            if (sourceLines.contains(line.strip())) {
                continue;
            }
            assertThat(line).as("rendered line").doesNotContain("[[", "![[", "#[[", "**", "((", "{{", "%%", "::");
            assertThat(line.strip())
                    .as("rendered line")
                    .doesNotStartWith("### ")
                    .doesNotStartWith("## ");
        }
    }

    static Stream<Path> seeds() throws IOException {
        Path dir = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));
        if (!Files.isDirectory(dir)) {
            return Stream.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rendersWithinTheInvariants(Path seed) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(seed));
        byte[] bytes = Files.readAllBytes(seed);
        JournalDocument doc =
                new JournalParser(70, ZoneOffset.UTC).parse(seed.getFileName().toString(), bytes, Instant.EPOCH);
        HoleLinks links = new HoleLinks("localhost", 7070, "", Lookups.NOTHING);
        String source = new String(bytes, StandardCharsets.UTF_8);
        EntryRenderer renderer = new EntryRenderer(70);
        String whole = renderer.render(doc, "", links).text();
        RenderInvariants.check(whole, 70, source);
        assertThat(whole.lines().count()).isGreaterThan(5);
        assertThat(doc.whole().title()).isNotBlank();
        assertNoMarkupLeft(whole, source);
        Expected expected = EXPECTED.get(seed.getFileName().toString().substring(0, 4));
        if (expected != null) {
            assertThat(doc.whole().title()).isEqualTo(expected.title());
            assertThat(whole).startsWith(expected.title() + "\n" + expected.dateLine());
            assertThat(doc.sections()).hasSize(expected.sections());
        }
        for (JournalDocument.Section s : doc.sections()) {
            String text = renderer.render(doc, s.info().id(), links).text();
            RenderInvariants.check(text, 70, source);
            assertNoMarkupLeft(text, source);
            assertThat(s.info().title()).isNotBlank();
        }
    }
}
