package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-05-12                                  | 2024-05-12 |       |",
                "2024-05-12T07:45:00+02:00                   | 2024-05-12 | 07:45 | +02:00",
                "2024-05-12T07:45:00Z                        | 2024-05-12 | 07:45 | Z",
                "2024-05-12T07:45:00.250-05:00               | 2024-05-12 | 07:45 | -05:00",
                "2024-05-12T07:45                            | 2024-05-12 | 07:45 |",
                "2023-11-02 18:30:00 +0000                   | 2023-11-02 | 18:30 | Z",
                "2023-11-02 18:30:00 -0130                   | 2023-11-02 | 18:30 | -01:30",
                "2023-11-02 18:30                            | 2023-11-02 | 18:30 |",
                "'Tuesday, September 6th 2022, 12:39:28 pm'  | 2022-09-06 | 12:39 |",
                "'Tuesday, September 6th 2022, 12:05:00 am'  | 2022-09-06 | 00:05 |",
                "2023.09.03                                  | 2023-09-03 |       |",
                "2023/09/03                                  | 2023-09-03 |       |",
                "2024_02_29                                  | 2024-02-29 |       |",
                "'April 22, 2023'                            | 2023-04-22 |       |",
                "'22 April 2023'                             | 2023-04-22 |       |",
                "'Sep 6, 2022'                               | 2022-09-06 |       |",
                "'September 6th, 2022'                       | 2022-09-06 |       |",
                "'Mon, 3 Jun 2024'                           | 2024-06-03 |       |",
                "20240310                                    | 2024-03-10 |       |",
                "2024-04-01 8:12 PM                          | 2024-04-01 | 20:12 |",
            })
    void parsesTheFormsJournalToolsWrite(String text, String day, String time, String offset) {
        EntryDate d = DateParser.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertThat(d.date()).isEqualTo(LocalDate.parse(day));
        assertThat(d.time() == null ? null : d.time().toString().substring(0, 5))
                .isEqualTo(time);
        assertThat(d.offset() == null ? null : d.offset().getId()).isEqualTo(offset);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "2024-13-01",
                "2024-02-30",
                "12/05/2024 or so",
                "0999-01-01",
                "2024-05-12 tomorrow",
                "Smarch 3, 2024",
                "25:00 2024-01-01"
            })
    void rejectsWhatIsNotADate(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @Test
    void tomlValuesAreTakenAsTheyAre() {
        assertThat(DateParser.parse(LocalDate.of(2024, 9, 21))).hasValue(EntryDate.of(LocalDate.of(2024, 9, 21)));
        assertThat(DateParser.parse(OffsetDateTime.of(2024, 5, 12, 7, 45, 0, 0, ZoneOffset.ofHours(2))))
                .hasValue(new EntryDate(LocalDate.of(2024, 5, 12), LocalTime.of(7, 45), ZoneOffset.ofHours(2)));
        assertThat(DateParser.parse(LocalDateTime.of(2024, 5, 12, 7, 45))
                        .orElseThrow()
                        .time())
                .isEqualTo(LocalTime.of(7, 45));
        assertThat(DateParser.parse(42L)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023.09.03 The Magic of Running               | 2023-09-03 | The Magic of Running",
                "April 22, 2023 - Why Pursue a Master's Degree | 2023-04-22 | Why Pursue a Master's Degree",
                "2023-09-03: Notes                             | 2023-09-03 | Notes",
                "2024-03-10                                    | 2024-03-10 | ''",
                "2023-11-02-first-post                         | 2023-11-02 | first-post",
                "2024_02_29                                    | 2024-02-29 | ''",
            })
    void datesAtTheStartOfHeadingsAndNames(String text, String day, String rest) {
        DateParser.Leading l = DateParser.parseLeading(text).orElseThrow();
        assertThat(l.date().iso()).isEqualTo(day);
        assertThat(l.rest()).isEqualTo(rest);
    }

    @Test
    void headingsThatMerelyContainNumbersAreNotDated() {
        assertThat(DateParser.parseLeading("100 days to offload")).isEmpty();
        assertThat(DateParser.parseLeading("2023 in review")).isEmpty();
        assertThat(DateParser.parseLeading("May I ask")).isEmpty();
    }

    @Test
    void ordering() {
        EntryDate morning = DateParser.parse("2024-05-12T07:45").orElseThrow();
        EntryDate day = DateParser.parse("2024-05-12").orElseThrow();
        EntryDate next = DateParser.parse("2024-05-13").orElseThrow();
        assertThat(day).isLessThan(morning);
        assertThat(morning).isLessThan(next);
        assertThat(day.longForm()).isEqualTo("Sunday 12 May 2024");
        assertThat(morning.display()).isEqualTo("2024-05-12 07:45");
    }
}
