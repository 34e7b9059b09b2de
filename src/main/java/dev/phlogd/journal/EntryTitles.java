package dev.phlogd.journal;

/** Titles that come from a file's name, when the file gives none of its own. */
final class EntryTitles {
    private EntryTitles() {}

    /** The title a file name gives: its words, or for a file named only by a date, that date written out. */
    static String fromFileName(String fileName) {
        String readable = FileNames.readableTitle(fileName);
        if (!readable.isEmpty()) {
            return readable;
        }
        // A file named only by a date (a daily note) is titled by that date, written out.
        return FileNames.date(fileName).map(d -> d.date().longForm()).orElse(FileNames.stem(fileName));
    }
}
