package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryDate;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.TitleSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    static Entry entry(String title, String day, List<String> tags, String text) {
        EntryInfo info = new EntryInfo(
                "",
                title,
                TitleSource.FRONT_MATTER,
                EntryDate.of(LocalDate.parse(day)),
                DateSource.FRONT_MATTER,
                tags,
                false,
                List.of(),
                text);
        return new Entry(null, info, "/" + title.replace(' ', '-'));
    }

    final List<Entry> entries = List.of(
            entry("Newest", "2024-05-01", List.of(), "a word about lighthouses and the sea"),
            entry("Café notes", "2024-04-01", List.of("coffee"), "espresso by the pier"),
            entry("Lighthouse keeping", "2020-01-01", List.of(), "old tales"),
            entry("灯台", "2024-03-01", List.of("日本語"), "灯台の光が海の上で広がっていました"));
    final SearchIndex index = SearchIndex.build(entries);

    List<String> titles(String query) {
        return index.search(query, Integer.MAX_VALUE).best().stream()
                .map(h -> h.entry().info().title())
                .toList();
    }

    @Test
    void wordsMatchByPrefixAndEveryWordMustMatch() {
        assertThat(titles("light")).containsExactly("Lighthouse keeping", "Newest");
        assertThat(titles("lighthouse sea")).containsExactly("Newest");
        assertThat(titles("lighthouse zebra")).isEmpty();
    }

    @Test
    void aLimitKeepsTheBestHitsInOrderAndStillCountsThemAll() {
        SearchIndex many = SearchIndex.build(List.of(
                entry("Sea one", "2024-01-05", List.of(), "x"),
                entry("Plain", "2024-01-04", List.of("sea"), "x"),
                entry("Other", "2024-01-03", List.of(), "the sea"),
                entry("Sea two", "2024-01-02", List.of("sea"), "sea"),
                entry("Another", "2024-01-01", List.of("sea"), "x")));
        List<String> all = List.of("Sea one", "Sea two", "Plain", "Another", "Other");
        for (int limit = 0; limit <= 6; limit++) {
            SearchIndex.Results results = many.search("sea", limit);
            assertThat(results.total()).isEqualTo(5);
            assertThat(results.best())
                    .extracting(h -> h.entry().info().title())
                    .containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
        }
        assertThat(many.search("sea", 2).best())
                .extracting(SearchIndex.Hit::inTitle, SearchIndex.Hit::inTags)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(true, true));
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(titles("CAFE")).containsExactly("Café notes");
        assertThat(titles("café")).containsExactly("Café notes");
    }

    @Test
    void titleHitsRankFirstThenTagsThenNewest() {
        assertThat(titles("lighthouse")).containsExactly("Lighthouse keeping", "Newest");
        assertThat(titles("coffee")).containsExactly("Café notes");
    }

    @Test
    void chineseAndJapaneseAreFoundAsPhrases() {
        assertThat(titles("海の上")).containsExactly("灯台");
        assertThat(titles("灯台の光")).containsExactly("灯台");
        assertThat(titles("光海")).isEmpty();
    }

    @Test
    void blankQueriesFindNothing() {
        assertThat(titles("")).isEmpty();
        assertThat(titles("  ,; ")).isEmpty();
    }
}
