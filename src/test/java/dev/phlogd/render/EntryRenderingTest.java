package dev.phlogd.render;

import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import dev.phlogd.page.Kind;
import dev.phlogd.support.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in {@code fixtures/entries} rendered at 70 columns and compared byte for byte with
 * {@code golden/entries/NAME.txt} (and {@code NAME@SECTION.txt} for each dated section).
 */
class EntryRenderingTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "entries");
    static final Instant MODIFIED = Instant.parse("2024-01-01T12:00:00Z");

    /** The hole the fixtures pretend to live in, as folder "phlog". */
    static final HoleLinks.Lookup LOOKUP = new HoleLinks.Lookup() {
        private final Map<String, HoleLinks.Destination> paths = Map.of(
                "phlog", new HoleLinks.Destination(Kind.MENU, "/phlog/"),
                "phlog/2023-11-02-storm-warning.md",
                        new HoleLinks.Destination(Kind.TEXT, "/phlog/2023-11-02-storm-warning"),
                "phlog/Lighthouse log.md", new HoleLinks.Destination(Kind.TEXT, "/phlog/Lighthouse log"),
                "images/lighthouse.png", new HoleLinks.Destination(Kind.IMAGE, "/images/lighthouse.png"),
                "images/gears.png", new HoleLinks.Destination(Kind.IMAGE, "/images/gears.png"));
        private final Map<String, String> names =
                Map.of("lighthouse log", "phlog/Lighthouse log.md", "lighthouse", "images/lighthouse.png");

        @Override
        public Optional<HoleLinks.Destination> byPath(String path) {
            return Optional.ofNullable(paths.get(path));
        }

        @Override
        public Optional<HoleLinks.Destination> byName(String name) {
            return Optional.ofNullable(names.get(HoleLinks.nameKey(name))).flatMap(this::byPath);
        }
    };

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static JournalDocument parse(String name) throws IOException {
        return new JournalParser(70, ZoneOffset.UTC).parse(name, Files.readAllBytes(FIXTURES.resolve(name)), MODIFIED);
    }

    static HoleLinks links() {
        return new HoleLinks("gopher.example", 70, "phlog", LOOKUP);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void rendersLikeTheGoldenFile(String name) throws IOException {
        JournalDocument doc = parse(name);
        EntryRenderer renderer = new EntryRenderer(70);
        String source = new String(Files.readAllBytes(FIXTURES.resolve(name)), StandardCharsets.ISO_8859_1);
        String whole = renderer.render(doc, "", links()).text();
        RenderInvariants.check(whole, 70, Files.readString(FIXTURES.resolve(name), StandardCharsets.ISO_8859_1));
        GoldenFiles.assertMatches("entries/" + name + ".txt", whole);
        for (JournalDocument.Section s : doc.sections()) {
            String text = renderer.render(doc, s.info().id(), links()).text();
            RenderInvariants.check(text, 70, source);
            GoldenFiles.assertMatches("entries/" + name + "@" + s.info().id() + ".txt", text);
        }
    }
}
