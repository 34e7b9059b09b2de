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
}
