package dev.phlogd.index;

import static dev.phlogd.index.SearchIndexTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundSearchTest {
    private static List<String> titles(SearchIndex index, String query) {
        return index.search(query, 100).best().stream()
                .map(h -> h.entry().info().title())
                .toList();
    }

    @Test
    void aSearchWaitsForItsOwnIndexAndEachBuildReusesTheOneBefore() {
        Entry harbour = entry("Harbour", "2024-05-01", List.of(), "the ferry came in late");
        BackgroundSearch first = new BackgroundSearch(List.of(harbour), null);
        BackgroundSearch second = new BackgroundSearch(
                List.of(harbour, entry("Lighthouse", "2024-05-02", List.of(), "the lamp turned")), first);
        BackgroundSearch third = new BackgroundSearch(List.of(harbour), second);
        assertThat(titles(second.get(), "lamp")).containsExactly("Lighthouse");
        assertThat(titles(third.get(), "lamp")).isEmpty();
        assertThat(titles(third.get(), "ferry")).containsExactly("Harbour");
        assertThat(titles(first.get(), "lamp")).isEmpty();
    }

    @Test
    void aFailedBuildFailsItsSearchesWithItsOwnErrorAndIsNotReused() {
        // An entry without its facts cannot be taken apart into words.
        BackgroundSearch broken = new BackgroundSearch(List.of(new Entry(null, null, "/broken")), null);
        assertThatThrownBy(broken::get).isInstanceOf(NullPointerException.class);
        BackgroundSearch next =
                new BackgroundSearch(List.of(entry("Harbour", "2024-05-01", List.of(), "ferry")), broken);
        assertThat(titles(next.get(), "ferry")).containsExactly("Harbour");
    }
}
