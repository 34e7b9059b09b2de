package dev.phlogd.journal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Where an entry's date comes from, the same for every format. */
final class EntryDates {
    private static final List<String> DATE_KEYS = List.of(
            "date",
            "pubDate",
            "publishDate",
            "published",
            "created",
            "date created",
            "created at",
            "creation date",
            "creationDate");

    /** An entry's date and what gave it. */
    record Choice(EntryDate date, DateSource source) {}

    private EntryDates() {}

    /**
     * The first of: a front matter date, a Logseq {@code date::}, a date the file name starts with,
     * {@code fromHeading}, and last the file's modification time.
     */
    static Choice choose(FrontMatter fm, SourceFile file, Optional<EntryDate> fromHeading, String logseqDate) {
        for (String key : DATE_KEYS) {
            Optional<EntryDate> d = fm.get(key).flatMap(DateParser::parse);
            if (d.isPresent()) {
                return new Choice(d.get(), DateSource.FRONT_MATTER);
            }
        }
        if (logseqDate != null) {
            Optional<EntryDate> d = DateParser.parse(logseqDate.replaceAll("^\\[\\[|\\]\\]$", ""));
            if (d.isPresent()) {
                return new Choice(d.get(), DateSource.FRONT_MATTER);
            }
        }
        Optional<DateParser.Leading> fromName = FileNames.date(file.name());
        if (fromName.isPresent()) {
            return new Choice(fromName.get().date(), DateSource.FILE_NAME);
        }
        if (fromHeading.isPresent()) {
            return new Choice(fromHeading.get(), DateSource.HEADING);
        }
        LocalDateTime local = LocalDateTime.ofInstant(file.modified(), file.zone());
        return new Choice(
                new EntryDate(local.toLocalDate(), local.toLocalTime().withNano(0), null), DateSource.MODIFIED);
    }

    /** The newest date among sections. */
    static Optional<EntryDate> newest(List<JournalDocument.Section> sections) {
        return sections.stream().map(s -> s.info().date()).max(EntryDate::compareTo);
    }
}
