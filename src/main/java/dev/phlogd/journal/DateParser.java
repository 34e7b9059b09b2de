package dev.phlogd.journal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates in the forms journal tools write: ISO ({@code 2024-05-12},
 * {@code 2024-05-12T07:45:00+02:00}), Jekyll ({@code 2023-11-02 18:30:00 +0000}), dotted or
 * slashed days ({@code 2023.09.03}, {@code 2023/09/03}, Logseq's {@code 2024_02_29}), English
 * month names ({@code April 22, 2023}, {@code 22 Apr 2023}) and Obsidian's
 * {@code Tuesday, September 6th 2022, 12:39:28 pm}; TOML date values as they are.
 */
public final class DateParser {
    private static final String TIME =
            "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([ap]\\.?m\\.?)?)?";
    private static final String ZONE = "\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?";
    private static final String END = "(?=$|\\s|[-–—:|,;.)\\]])";

    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{4})([-./_])(\\d{1,2})\\2(\\d{1,2})" + TIME + ZONE + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?=$|[-_ T])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?" + TIME.substring(3),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})(?:,?" + TIME.substring(3),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SEPARATOR = Pattern.compile("^[\\s,]*(?:[-–—:|·.]+\\s*)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    private DateParser() {}

    /** A date found at the start of some text, and the text after it (separators removed). */
    public record Leading(EntryDate date, String rest) {}

    /** A front-matter value (string, TOML date, or date object) as a date, when it is one. */
    public static Optional<EntryDate> parse(Object value) {
        if (value instanceof LocalDate d) {
            return Optional.of(EntryDate.of(d));
        }
        if (value instanceof LocalDateTime dt) {
            return Optional.of(new EntryDate(dt.toLocalDate(), dt.toLocalTime(), null));
        }
        if (value instanceof OffsetDateTime odt) {
            return Optional.of(new EntryDate(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset()));
        }
        if (value instanceof ZonedDateTime zdt) {
            return Optional.of(new EntryDate(zdt.toLocalDate(), zdt.toLocalTime(), zdt.getOffset()));
        }
        if (value instanceof Date d) {
            return parse(d.toInstant().atOffset(ZoneOffset.UTC));
        }
        if (value instanceof String s) {
            return parseLeading(s).filter(l -> l.rest().isEmpty()).map(Leading::date);
        }
        return Optional.empty();
    }

    /** A date at the start of {@code text} (a heading, a file name), with what follows it. */
    public static Optional<Leading> parseLeading(String text) {
        String s = WEEKDAY.matcher(text.strip()).replaceFirst("");
        Matcher m = NUMERIC.matcher(s);
        if (m.lookingAt()) {
            return build(m.group(1), m.group(3), m.group(4), m, 5, s);
        }
        Matcher compact = COMPACT.matcher(s);
        if (compact.lookingAt()) {
            return date(compact.group(1), compact.group(2), compact.group(3))
                    .map(d -> new Leading(EntryDate.of(d), rest(s, compact.end())));
        }
        m = MONTH_FIRST.matcher(s);
        if (m.lookingAt() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
            return build(
                    m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2), m, 4, s);
        }
        m = DAY_FIRST.matcher(s);
        if (m.lookingAt() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
            return build(
                    m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1), m, 4, s);
        }
        return Optional.empty();
    }

    private static Optional<Leading> build(String y, String mo, String d, Matcher m, int timeGroup, String s) {
        Optional<LocalDate> date = date(y, mo, d);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = null;
        ZoneOffset offset = null;
        if (m.group(timeGroup) != null) {
            int hour = Integer.parseInt(m.group(timeGroup));
            int minute = Integer.parseInt(m.group(timeGroup + 1));
            int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
            String ampm = m.group(timeGroup + 3);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            try {
                time = LocalTime.of(hour, minute, second);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            if (m.groupCount() >= timeGroup + 4 && m.group(timeGroup + 4) != null) {
                offset = offset(m.group(timeGroup + 4));
            }
        }
        return Optional.of(new Leading(new EntryDate(date.get(), time, offset), rest(s, m.end())));
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toLowerCase(Locale.ROOT);
        if (z.equals("z") || z.equals("utc") || z.equals("gmt")) {
            return ZoneOffset.UTC;
        }
        String digits = z.replace(":", "");
        try {
            int sign = digits.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1000 || year > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What follows a date: leading separators such as " - ", ": " or " | " removed. */
    private static String rest(String s, int end) {
        // A precompiled pattern: every date read at start-up comes through here.
        return SEPARATOR.matcher(s.substring(end)).replaceFirst("").strip();
    }
}
