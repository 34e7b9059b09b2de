package dev.phlogd.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;

/**
 * When an entry was written, as precisely as its source says: always a day, sometimes a time of
 * day and a UTC offset. Entries sort by the day and time as written (the writer's own clock).
 */
public record EntryDate(LocalDate date, LocalTime time, ZoneOffset offset) implements Comparable<EntryDate> {
    private static final Comparator<EntryDate> ORDER =
            Comparator.comparing(EntryDate::date).thenComparing(d -> d.time == null ? LocalTime.MIN : d.time);

    public static EntryDate of(LocalDate date) {
        return new EntryDate(date, null, null);
    }

    /** {@code 2024-05-12}: the form menus and phlog aggregators use. */
    public String iso() {
        return date.toString();
    }

    /** {@code 2024-05-12} or {@code 2024-05-12 07:45}. */
    public String display() {
        return time == null ? iso() : iso() + " " + time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** {@code Sunday 12 May 2024}, a readable title for entries that have no other. */
    public String longForm() {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** {@code 12 May 2024}, for titles that name the day after something else. */
    public String dayMonthYear() {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getYear();
    }

    /** The moment, reading a date without offset in {@code zone} and a day without time as its start. */
    public Instant instant(ZoneId zone) {
        // Every rebuild of the views asks this of every entry: with a fixed offset (the entry's
        // own, or a zone such as UTC) it is arithmetic, with no date-time objects made on the way.
        ZoneOffset fixed = offset != null
                ? offset
                : zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH) : null;
        if (fixed != null) {
            long seconds = date.toEpochDay() * 86_400 + (time == null ? 0 : time.toSecondOfDay());
            return Instant.ofEpochSecond(seconds - fixed.getTotalSeconds(), time == null ? 0 : time.getNano());
        }
        LocalDateTime local = LocalDateTime.of(date, time == null ? LocalTime.MIN : time);
        return offset != null ? local.toInstant(offset) : local.atZone(zone).toInstant();
    }

    @Override
    public int compareTo(EntryDate other) {
        return ORDER.compare(this, other);
    }
}
