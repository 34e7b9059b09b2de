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
        String more = to < text.length() ? " …" : "";
        if (raw > 0) {
            // Most snippets need a quarter of that window. Laying out the window was most of a
            // search's time, so a narrow one is tried first, and kept only where it is certain to
            // give what the whole window gives.
            String near = around(
                    text,
                    terms,
                    columns,
                    new Window(
                            from,
                            to,
                            safe(text, Math.max(from, raw - columns)),
                            safe(text, Math.min(to, raw + columns * 2))),
                    more);
            if (near != null) {
                return near;
            }
        }
        return around(text, terms, columns, new Window(from, to, from, to), more);
    }

    /**
     * The window a snippet is taken from ({@code from} to {@code to}), and the part of it laid out.
     * Where the part ends before the window, the part's last two characters may differ from the
     * window's (a run of white space or of a symbol cut in two); so may its first two where it
     * starts after the window's start.
     */
    private record Window(int from, int to, int partFrom, int partTo) {}

    /**
     * The snippet from {@code w}'s part, or null when the part is narrower than the window and the
     * whole window could give another snippet: the match or the lead-in too near the part's start,
     * or too little after them before its end.
     */
    private static String around(String text, List<String> terms, int columns, Window w, String more) {
        boolean cutBefore = w.partFrom() > w.from();
        boolean cutAfter = w.partTo() < w.to();
        String flat = flatten(text, w.partFrom(), w.partTo());
        // A window that starts inside a word must not find a match at its start.
        int at = first(flat, terms, w.partFrom() > 0 ? 1 : 0);
        // At the part's start a match is not counted, as at the window's; but where white space
        // before the match was stripped, the match is at the part's start and the window's start
        // is the text's, where a match counts.
        if (cutBefore && (at < columns / 2 + 3 || matchesAtStart(flat, terms))) {
            return null;
        }
        if (cutAfter && at >= 0 && at + longest(terms) + 10 >= flat.length() - 2) {
            return null;
        }
        if (w.from() == 0 && at <= 0) {
            return cutAfter && !wider(flat, 0, columns) ? null : DisplayWidth.truncate(flat + more, columns, "…");
        }
        // Back up about a third of the width so the match has some words before it.
        int start = Math.max(at, 0);
        int back = 0;
        while (start > 0 && back < columns / 3) {
            start = flat.offsetByCodePoints(start, -1);
            back += DisplayWidth.of(flat.substring(start, flat.offsetByCodePoints(start, 1)));
        }
        if (cutBefore && start < 3 || cutAfter && !wider(flat, start, columns)) {
            return null;
        }
        int space = flat.lastIndexOf(' ', start);
        if (start > 0 && space >= 0 && at - space < columns / 2) {
            start = space + 1;
        }
        String lead = start > 0 || w.from() > 0 ? "…" : "";
        return lead
                + DisplayWidth.truncate((flat.substring(start) + more).strip(), columns - DisplayWidth.of(lead), "…");
    }

    /**
     * Whether {@code flat} from {@code start} is wider than {@code columns} before its last two
     * characters: then a snippet cut to that width is the same whatever follows.
     */
    private static boolean wider(String flat, int start, int columns) {
        return flat.length() - 2 - start > columns
                && DisplayWidth.of(flat.substring(start, flat.length() - 2)) > columns;
    }

    private static boolean matchesAtStart(String flat, List<String> terms) {
        for (String term : terms) {
            if (foldedStartsWith(flat, 0, term)) {
                return true;
            }
        }
        return false;
    }

    private static int longest(List<String> terms) {
        int n = 0;
        for (String t : terms) {
            n = Math.max(n, t.length());
        }
        return n;
    }

    /**
     * {@code text} from {@code from} to {@code to} on one line: every run of white space one space,
     * every run of three or more of {@code -=~_*#+.} two long (Lagrange shows an info line with
     * such a run as code), the ends stripped.
     */
    static String flatten(String text, int from, int to) {
        // Over a copy of the window's chars rather than the string: with the JIT the server runs
        // (C1), each charAt is a call with its own index check, and laying a window out that way
        // took 1.6 times as long.
        char[] in = new char[to - from];
        text.getChars(from, to, in, 0);
        char[] out = new char[in.length];
        int n = 0;
        int i = 0;
        while (i < in.length) {
            char c = in[i];
            if (isSpace(c)) {
                out[n++] = ' ';
                while (i < in.length && isSpace(in[i])) {
                    i++;
                }
            } else if (i + 2 < in.length && in[i + 1] == c && in[i + 2] == c && "-=~_*#+.".indexOf(c) >= 0) {
                out[n++] = c;
                out[n++] = c;
                i += 3;
                while (i < in.length && in[i] == c) {
                    i++;
                }
            } else {
                out[n++] = c;
                i++;
            }
        }
        return new String(out, 0, n).strip();
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
