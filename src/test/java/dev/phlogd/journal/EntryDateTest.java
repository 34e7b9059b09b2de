package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** An entry's moment is the same whichever way it is worked out (arithmetic for fixed offsets). */
class EntryDateTest {
    private static final String[] ZONES = {"UTC", "Z", "+05:30", "Etc/GMT+5", "Europe/Berlin", "America/St_Johns"};

    @Property(tries = 500)
    void theMomentIsTheDateTimeReadInItsOffsetOrZone(
            @ForAll @IntRange(min = -200_000, max = 200_000) int day,
            @ForAll @IntRange(min = -1, max = 86_399) int second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
            @ForAll @IntRange(min = -1, max = 36) int offsetQuarters,
            @ForAll @IntRange(min = 0, max = 5) int zone) {
        LocalDate date = LocalDate.ofEpochDay(day);
        LocalTime time = second < 0 ? null : LocalTime.ofSecondOfDay(second).withNano(nano);
        ZoneOffset offset = offsetQuarters < 0 ? null : ZoneOffset.ofTotalSeconds((offsetQuarters - 18) * 900);
        ZoneId in = ZoneId.of(ZONES[zone]);
        LocalDateTime local = LocalDateTime.of(date, time == null ? LocalTime.MIN : time);

        assertThat(new EntryDate(date, time, offset).instant(in))
                .isEqualTo(
                        offset != null
                                ? local.toInstant(offset)
                                : local.atZone(in).toInstant());
    }
}
