package dev.phlogd.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorsTest {
    @Test
    void markdownAndGemtextEntriesDropTheirExtension() {
        assertThat(Selectors.entry("phlog/rain.md", List.of("rain.md"))).isEqualTo("/phlog/rain");
        assertThat(Selectors.entry("notes.gmi", List.of("notes.gmi"))).isEqualTo("/notes");
        assertThat(Selectors.entry("phlog/day.txt", List.of("day.txt"))).isEqualTo("/phlog/day.txt");
    }

    @Test
    void aTakenShortNameKeepsTheFullName() {
        assertThat(Selectors.entry("rain.md", List.of("rain.md", "rain"))).isEqualTo("/rain.md");
        // Two entries that would share a short name: the first by name gets it.
        assertThat(Selectors.entry("rain.markdown", List.of("rain.markdown", "rain.md")))
                .isEqualTo("/rain");
        assertThat(Selectors.entry("rain.md", List.of("rain.markdown", "rain.md")))
                .isEqualTo("/rain.md");
    }

    @Test
    void foldersSectionsAndFiles() {
        assertThat(Selectors.folder("")).isEqualTo("/");
        assertThat(Selectors.folder("a/b")).isEqualTo("/a/b/");
        assertThat(Selectors.file("img/cat.png")).isEqualTo("/img/cat.png");
        assertThat(Selectors.section("/log", "2024-03-10")).isEqualTo("/log/2024-03-10");
    }

    /** The selector scheme as it was first written, name by name over the list: the reference. */
    private static String reference(String relPath, java.util.List<String> siblings) {
        int slash = relPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : relPath.substring(0, slash + 1);
        String name = relPath.substring(slash + 1);
        if (!dev.phlogd.journal.SourceFormat.dropsExtension(name)) {
            return "/" + relPath;
        }
        String ext = dev.phlogd.journal.FileNames.extension(name);
        String stem = name.substring(0, name.length() - ext.length() - 1);
        if (stem.isEmpty() || siblings.contains(stem)) {
            return "/" + relPath;
        }
        for (String other : siblings) {
            if (!other.equals(name)
                    && dev.phlogd.journal.SourceFormat.dropsExtension(other)
                    && dev.phlogd.journal.FileNames.stem(other).equals(stem)
                    && other.compareTo(name) < 0) {
                return "/" + relPath;
            }
        }
        return "/" + dir + stem;
    }

    @net.jqwik.api.Property(tries = 500)
    void theFolderWideLookupGivesTheSameSelectorsAsNameByName(
            @net.jqwik.api.ForAll("folders") java.util.List<String> names) {
        Selectors.Siblings siblings = Selectors.Siblings.of(names);
        for (String name : names) {
            assertThat(Selectors.entry("d/" + name, siblings)).isEqualTo(reference("d/" + name, names));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<java.util.List<String>> folders() {
        net.jqwik.api.Arbitrary<String> stem = net.jqwik.api.Arbitraries.of("rain", "Rain", "a", "2024-01-01", "x y");
        net.jqwik.api.Arbitrary<String> ext =
                net.jqwik.api.Arbitraries.of("", ".md", ".markdown", ".gmi", ".txt", ".MD", ".png", ".md.bak");
        return net.jqwik.api.Combinators.combine(stem, ext)
                .as(String::concat)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .uniqueElements();
    }
}
