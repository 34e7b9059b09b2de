package dev.phlogd.journal;

import java.util.Map;
import java.util.Optional;

/**
 * How an entry file is written, and the one place that decides it from a file name: the scanner
 * (is it an entry?), the selector scheme (is it served without its extension?) and the parser
 * (how is it read?) all ask here.
 */
public enum SourceFormat {
    /** Markdown (CommonMark with GFM tables, task lists and strikethrough; Obsidian and Logseq syntax). */
    MARKDOWN,
    /** Plain text, rendered paragraph by paragraph. */
    PLAIN_TEXT,
    /** Gemini's gemtext, read as plain text with its link lines numbered. */
    GEMTEXT,
    /** jrnl's plain-text journal: entries start with {@code [2024-04-01 08:12]}. */
    JRNL,
    /** Org mode (Emacs org-journal, Logseq's Org pages), read as the Markdown that means the same. */
    ORG;

    private static final Map<String, SourceFormat> BY_EXTENSION = Map.ofEntries(
            Map.entry("md", MARKDOWN),
            Map.entry("markdown", MARKDOWN),
            Map.entry("mdown", MARKDOWN),
            Map.entry("mkd", MARKDOWN),
            Map.entry("txt", PLAIN_TEXT),
            Map.entry("text", PLAIN_TEXT),
            Map.entry("gmi", GEMTEXT),
            Map.entry("gemini", GEMTEXT),
            Map.entry("org", ORG));

    /**
     * The format a file's name promises, or empty when the file is not an entry (it is sent as it
     * is). A text file ({@code .txt}) says {@link #PLAIN_TEXT}; its content may still make it
     * Markdown or jrnl (see {@link JournalParser}).
     */
    public static Optional<SourceFormat> of(String fileName) {
        return Optional.ofNullable(BY_EXTENSION.get(FileNames.extension(fileName)));
    }

    /** True for files phlogd renders as journal entries. */
    public static boolean isEntry(String fileName) {
        return of(fileName).isPresent();
    }

    /**
     * True for entries served without their extension: Lagrange picks a text reply's MIME type
     * from the selector's extension, and {@code .md} or {@code .gmi} would make it restyle
     * phlogd's plain text. A {@code .txt} keeps its name (text/plain is right).
     */
    public static boolean dropsExtension(String fileName) {
        Optional<SourceFormat> format = of(fileName);
        return format.isPresent() && format.get() != PLAIN_TEXT;
    }
}
