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
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The keyed sort of a rebuild gives exactly the order {@link Journal#NEWEST_FIRST} defines. */
class JournalOrderTest {
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
        expected.sort(Journal.NEWEST_FIRST);
        List<Entry> keyed = new ArrayList<>(entries);
        Journal.sortNewestFirst(keyed);
        assertThat(keyed)
                .extracting(e -> e.info().date() + " " + e.info().title() + " " + e.selector())
                .containsExactlyElementsOf(expected.stream()
                        .map(e -> e.info().date() + " " + e.info().title() + " " + e.selector())
                        .toList());
    }
}
