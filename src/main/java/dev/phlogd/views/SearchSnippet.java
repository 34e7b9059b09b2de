package dev.phlogd.views;

import dev.phlogd.index.SearchIndex;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.SearchWords;
import java.util.List;

/** The piece of an entry's text a search result shows: around the first match, on one line. */
final class SearchSnippet {
    private SearchSnippet() {}

    /** At most {@code columns} display columns of {@code text}, starting a little before the first match. */
    static String of(String text, String query, int columns) {
        List<String> terms = SearchIndex.terms(query);
        // Lagrange shows an info line with a run of three or more of these as code.
        String flat = text.replaceAll("\\s+", " ")
                .replaceAll("([-=~_*#+.])\\1{2,}", "$1$1")
                .strip();
        int at = -1;
        for (String term : terms) {
            int i = find(flat, term);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at <= 0) {
            return DisplayWidth.truncate(flat, columns, "…");
        }
        // Back up about a third of the width so the match has some words before it.
        int start = at;
        int back = 0;
        while (start > 0 && back < columns / 3) {
            start = flat.offsetByCodePoints(start, -1);
            back += DisplayWidth.of(flat.substring(start, flat.offsetByCodePoints(start, 1)));
        }
        int space = flat.lastIndexOf(' ', start);
        if (start > 0 && space >= 0 && at - space < columns / 2) {
            start = space + 1;
        }
        String lead = start > 0 ? "…" : "";
        return lead + DisplayWidth.truncate(flat.substring(start).strip(), columns - DisplayWidth.of(lead), "…");
    }

    /** Where a folded term starts a word of {@code text} (or occurs, for CJK), or -1. */
    private static int find(String text, String term) {
        boolean cjk = SearchWords.isCjk(term.codePointAt(0));
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart || cjk) {
                int end = Math.min(text.length(), i + term.length() + 8);
                if (SearchWords.fold(text.substring(i, end)).startsWith(term)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
