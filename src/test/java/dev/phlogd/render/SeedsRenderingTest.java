package dev.phlogd.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.HoleLinks;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.JournalParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real journal file in ../shared/seeds (when that folder is there) renders within the invariants. */
class SeedsRenderingTest {
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
        HoleLinks links = new HoleLinks("localhost", 7070, "", new HoleLinks.Lookup() {
            public Optional<HoleLinks.Destination> byPath(String path) {
                return Optional.empty();
            }

            public Optional<HoleLinks.Destination> byName(String name) {
                return Optional.empty();
            }
        });
        String source = new String(bytes, StandardCharsets.UTF_8);
        EntryRenderer renderer = new EntryRenderer(70);
        String whole = renderer.render(doc, "", links).text();
        RenderInvariants.check(whole, 70, source);
        assertThat(whole.lines().count()).isGreaterThan(5);
        assertThat(doc.whole().title()).isNotBlank();
        for (JournalDocument.Section s : doc.sections()) {
            String text = renderer.render(doc, s.info().id(), links).text();
            RenderInvariants.check(text, 70, source);
            assertThat(s.info().title()).isNotBlank();
        }
    }
}
