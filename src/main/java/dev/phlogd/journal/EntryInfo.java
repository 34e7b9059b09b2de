package dev.phlogd.journal;

import dev.phlogd.text.PackedText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the index keeps about one entry (a file, or one dated section of it): everything menus,
 * tags, archives, search and the feed need, without the body.
 *
 * @param id the section's id within its file ({@code 2023-09-03}), empty for a whole file
 * @param packedText the entry's words as plain text, for search, snippets and feed summaries: kept
 *     packed because for a big journal it is the largest thing the index holds
 */
public record EntryInfo(
        String id,
        String title,
        TitleSource titleSource,
        EntryDate date,
        DateSource dateSource,
        List<String> tags,
        boolean draft,
        List<RawLink> links,
        PackedText packedText) {
    private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n]+");

    public EntryInfo(
            String id,
            String title,
            TitleSource titleSource,
            EntryDate date,
            DateSource dateSource,
            List<String> tags,
            boolean draft,
            List<RawLink> links,
            String text) {
        this(id, title, titleSource, date, dateSource, tags, draft, links, PackedText.of(text));
    }

    public EntryInfo {
        // A TAB or line break in a title (front matter, a heading) is one space wherever it is shown.
        // Looked for before the regex runs, which is compiled once: compiling it for each of ten
        // thousand entries was a noticeable part of indexing.
        if (title.indexOf('\t') >= 0 || title.indexOf('\r') >= 0 || title.indexOf('\n') >= 0) {
            title = BREAKS.matcher(title).replaceAll(" ");
        }
        title = title.strip();
        tags = List.copyOf(tags);
        links = List.copyOf(links);
    }

    /** The entry's words as plain text (unpacked on each call). */
    public String text() {
        return packedText.text();
    }
}
