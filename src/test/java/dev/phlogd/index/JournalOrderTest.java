package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryDate;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.TitleSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The order of a rebuild, from the keys each entry keeps, is exactly newest first by {@link
 * EntryDate}'s own order, then by title ignoring case, then by selector.
 */
class JournalOrderTest {
    private static final Comparator<Entry> REFERENCE = Comparator.comparing(
                    (Entry e) -> e.info().date(), Comparator.reverseOrder())
            .thenComparing(e -> e.info().title().toLowerCase(Locale.ROOT))
            .thenComparing(Entry::selector);

    @Property(tries = 300)
    void keyedSortIsNewestFirst(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 999) Integer> seeds) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            int s = seeds.get(i);
            // Few distinct days, times, titles and selectors, so that every tie-break is reached;
            // days far apart too (before 1677 and after 2262 a single nanosecond count overflows).
            LocalDate day = LocalDate.of(s % 3 == 0 ? 1500 + s % 4 : 2024, 1 + s % 2, 1 + s % 3);
            LocalTime time = s % 5 == 0 ? null : s % 5 == 1 ? LocalTime.MIDNIGHT : LocalTime.of(s % 4, 0);
            ZoneOffset offset = s % 7 == 0 ? ZoneOffset.ofHours(3) : null;
            String title = (s % 11 < 5 ? "Title " : "title ") + (s % 3);
            EntryInfo info = new EntryInfo(
                    "",
                    title,
                    TitleSource.HEADING,
                    new EntryDate(day, time, offset),
                    DateSource.FILE_NAME,
                    List.of(),
                    false,
                    List.of(),
                    "");
            entries.add(new Entry(null, info, "/e" + (s % 4) + "/" + i % 2));
        }
        List<Entry> expected = new ArrayList<>(entries);
        expected.sort(REFERENCE);
        List<Entry> keyed = new ArrayList<>(entries);
        Journal.sortNewestFirst(keyed);
        assertThat(keyed)
                .extracting(e -> e.info().date() + " " + e.info().title() + " " + e.selector())
                .containsExactlyElementsOf(expected.stream()
                        .map(e -> e.info().date() + " " + e.info().title() + " " + e.selector())
                        .toList());
    }

    /** Each dated entry's newer and older neighbours are the ones beside it in the listing, found by its keys. */
    @Property(tries = 100)
    void neighboursAreTheEntriesBesideItNewestFirst(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 999) Integer> seeds) {
        List<FileNode> files = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            int s = seeds.get(i);
            boolean dated = s % 6 != 0;
            EntryInfo info = new EntryInfo(
                    "",
                    "Title " + s % 5,
                    TitleSource.HEADING,
                    new EntryDate(LocalDate.of(2024, 1 + s % 3, 1 + s % 4), null, null),
                    dated ? DateSource.FILE_NAME : DateSource.MODIFIED,
                    List.of(),
                    false,
                    List.of(),
                    "");
            String rel = "f" + i + ".md";
            files.add(new FileNode(
                    rel,
                    java.nio.file.Path.of("/hole", rel),
                    1,
                    1,
                    dev.phlogd.page.Kind.TEXT,
                    "/f" + i,
                    new EntryFile(
                            dev.phlogd.journal.SourceFormat.MARKDOWN,
                            info,
                            List.of(),
                            java.util.Optional.empty(),
                            java.util.Map.of())));
        }
        Journal journal = Journal.of(files, java.time.Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC, false);
        List<Entry> listed = journal.entries();
        for (int i = 0; i < listed.size(); i++) {
            Entry e = listed.get(i);
            assertThat(journal.newer(e))
                    .isEqualTo(i == 0 ? java.util.Optional.empty() : java.util.Optional.of(listed.get(i - 1)));
            assertThat(journal.older(e))
                    .isEqualTo(
                            i == listed.size() - 1
                                    ? java.util.Optional.empty()
                                    : java.util.Optional.of(listed.get(i + 1)));
        }
        for (Entry e : journal.undated()) {
            assertThat(journal.newer(e)).isEmpty();
            assertThat(journal.older(e)).isEmpty();
        }
    }
}
