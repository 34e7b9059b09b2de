package dev.phlogd.journal;

/** How an entry file is written. */
public enum SourceFormat {
    /** Markdown (CommonMark with GFM tables, task lists and strikethrough; Obsidian and Logseq syntax). */
    MARKDOWN,
    /** Plain text, rendered paragraph by paragraph. */
    PLAIN_TEXT,
    /** Gemini's gemtext, read as plain text with its link lines numbered. */
    GEMTEXT,
    /** jrnl's plain-text journal: entries start with {@code [2024-04-01 08:12]}. */
    JRNL
}
