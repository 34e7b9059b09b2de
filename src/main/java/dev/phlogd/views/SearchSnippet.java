package dev.phlogd.views;

import dev.phlogd.index.SearchIndex;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.SearchWords;
import java.util.List;
import java.util.regex.Pattern;

/** The piece of an entry's text a search result shows: around the first match, on one line. */
final class SearchSnippet {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern RUNS = Pattern.compile("([-=~_*#+.])\\1{2,}");

    private SearchSnippet() {}

    /** At most {@code columns} display columns of {@code text}, starting a little before the first match. */
    static String of(String text, String query, int columns) {
        List<String> terms = SearchIndex.terms(query);
        int raw = first(text, terms, 0);
        // Only the text around the match is laid out: a hundred hits in long entries cost no more
        // than in short ones. The window reaches far enough back for the lead-in and far enough
        // ahead to fill the width many times over.
        int from = safe(text, raw <= 0 ? 0 : Math.max(0, raw - columns * 4));
        int to = safe(text, Math.min(text.length(), Math.max(raw, 0) + columns * 16));
        // Lagrange shows an info line with a run of three or more of these as code.
        String flat = RUNS.matcher(SPACES.matcher(text.substring(from, to)).replaceAll(" "))
                .replaceAll("$1$1")
                .strip();
        String more = to < text.length() ? " …" : "";
        // A window that starts inside a word must not find a match at its start.
        int at = first(flat, terms, from > 0 ? 1 : 0);
        if (from == 0 && at <= 0) {
            return DisplayWidth.truncate(flat + more, columns, "…");
        }
        // Back up about a third of the width so the match has some words before it.
        int start = Math.max(at, 0);
        int back = 0;
        while (start > 0 && back < columns / 3) {
            start = flat.offsetByCodePoints(start, -1);
            back += DisplayWidth.of(flat.substring(start, flat.offsetByCodePoints(start, 1)));
        }
        int space = flat.lastIndexOf(' ', start);
        if (start > 0 && space >= 0 && at - space < columns / 2) {
            start = space + 1;
        }
        String lead = start > 0 || from > 0 ? "…" : "";
        return lead
                + DisplayWidth.truncate((flat.substring(start) + more).strip(), columns - DisplayWidth.of(lead), "…");
    }

    /** Where the first of the terms is found, or -1. */
    private static int first(String text, List<String> terms, int fromIndex) {
        int at = -1;
        for (String term : terms) {
            int i = find(text, term, fromIndex);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    /** {@code i}, moved back off the second half of a surrogate pair. */
    private static int safe(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    /** Where a folded term starts a word of {@code text} (or occurs, for CJK), or -1. */
    private static int find(String text, String term, int fromIndex) {
        boolean cjk = SearchWords.isCjk(term.codePointAt(0));
        char first = term.charAt(0);
        for (int i = fromIndex, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // An ASCII character folds to its lower case alone: most positions are ruled out by
            // this test, before anything is asked about the character in front.
            if (c < 0x80 && (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != first) {
                continue;
            }
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
