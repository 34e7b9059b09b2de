package dev.phlogd.views;

import dev.phlogd.index.SearchIndex;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.SearchWords;
import java.util.List;

/** The piece of an entry's text a search result shows: around the first match, on one line. */
final class SearchSnippet {
    private SearchSnippet() {}

    /**
     * At most {@code columns} display columns of {@code text}, starting a little before the first
     * match of the query's {@code terms} ({@link SearchIndex#terms}).
     */
    static String of(String text, List<String> terms, int columns) {
        int raw = first(text, terms, 0);
        // Only the text around the match is laid out: a hundred hits in long entries cost no more
        // than in short ones. The window reaches far enough back for the lead-in and far enough
        // ahead to fill the width many times over.
        int from = safe(text, raw <= 0 ? 0 : Math.max(0, raw - columns * 4));
        int to = safe(text, Math.min(text.length(), Math.max(raw, 0) + columns * 8));
        String flat = flatten(text, from, to);
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

    /**
     * {@code text} from {@code from} to {@code to} on one line: every run of white space one space,
     * every run of three or more of {@code -=~_*#+.} two long (Lagrange shows an info line with
     * such a run as code), the ends stripped.
     */
    static String flatten(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        // Stretches with nothing to change are copied whole: most of a window is letters.
        int copied = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(text, copied, i).append(' ');
                while (i < to && isSpace(text.charAt(i))) {
                    i++;
                }
                copied = i;
            } else if (i + 2 < to && text.charAt(i + 1) == c && text.charAt(i + 2) == c && "-=~_*#+.".indexOf(c) >= 0) {
                out.append(text, copied, i + 2);
                i += 3;
                while (i < to && text.charAt(i) == c) {
                    i++;
                }
                copied = i;
            } else {
                i++;
            }
        }
        return out.append(text, copied, to).toString().strip();
    }

    /** White space as {@code \s} means it in a regex. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
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
    static int find(String text, String term, int fromIndex) {
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
            if ((wordStart || cjk) && foldedStartsWith(text, i, term)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} folded from {@code i} on begins with {@code term}. */
    private static boolean foldedStartsWith(String text, int i, String term) {
        // ASCII folds a character to one character, so it is compared in place; a word start
        // with any other character before the answer is known is folded as a piece (an accent
        // folds to nothing, a ligature or ß to two letters). Most word starts are decided by the
        // first case: a common first letter cost a substring and a fold each.
        for (int j = 0, n = term.length(); j < n; j++) {
            if (i + j >= text.length()) {
                return false;
            }
            char c = text.charAt(i + j);
            if (c >= 0x80) {
                int end = Math.min(text.length(), i + term.length() + 8);
                return SearchWords.fold(text.substring(i, end)).startsWith(term);
            }
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != term.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
