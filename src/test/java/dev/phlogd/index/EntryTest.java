package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryDate;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.TitleSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryTest {
    private static Entry entry(LocalTime time) {
        EntryInfo info = new EntryInfo(
                "",
                "Morning",
                TitleSource.HEADING,
                new EntryDate(LocalDate.of(2024, 5, 12), time, null),
                DateSource.FRONT_MATTER,
                List.of(),
                false,
                List.of(),
                "");
        return new Entry(null, info, "/0/morning");
    }

    @Test
    void theMomentKeptIsTheZonesAskedFor() {
        Entry e = entry(LocalTime.of(9, 30));

        assertThat(e.due(ZoneId.of("UTC"))).isEqualTo(Instant.parse("2024-05-12T09:30:00Z"));
        assertThat(e.due(ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2024-05-12T07:30:00Z"));
        assertThat(e.due(ZoneId.of("UTC"))).isEqualTo(Instant.parse("2024-05-12T09:30:00Z"));
    }

    @Test
    void aDayWithoutTimeIsDueAtItsStart() {
        assertThat(entry(null).due(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2024-05-12T04:00:00Z"));
    }
}
