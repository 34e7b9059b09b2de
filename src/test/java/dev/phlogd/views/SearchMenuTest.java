package dev.phlogd.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.index.Indexer;
import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.support.FrozenIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchMenuTest {
    @TempDir
    Path root;

    @Test
    void aSearchMatchingMoreThanAHundredShowsTheBestHundredAndSaysHowManyMatched() throws Exception {
        for (int day = 1; day <= 130; day++) {
            String date = java.time.LocalDate.of(2024, 1, 1).plusDays(day).toString();
            // Every fifth has the word in its title: those rank first, whatever their date.
            String title = day % 5 == 0 ? "Harbour walk " + day : "Walk " + day;
            Files.writeString(root.resolve(date + "-walk.md"), "# " + title + "\n\nAlong the harbour wall.\n");
        }
        ServerConfig config = ServerConfig.from(Map.of(Setting.ROOT, root.toString()));
        try (Indexer indexer = FrozenIndex.of(root, config)) {
            List<MenuLine> lines = SearchMenu.results(indexer.hole(), "harbour").lines();
            assertThat(lines.get(0).label()).isEqualTo("130 entries match \"harbour\"; the first 100 are shown");
            List<String> hits = lines.stream()
                    .filter(l -> l.kind() == Kind.TEXT)
                    .map(MenuLine::label)
                    .toList();
            assertThat(hits).hasSize(100);
            assertThat(hits.subList(0, 26)).allMatch(l -> l.contains("Harbour walk"));
            assertThat(hits.get(0)).startsWith("2024-05-10 Harbour walk 130");
            assertThat(hits.get(26)).startsWith("2024-05-09 Walk 129");
        }
    }
}
