package dev.phlogd.index;

import dev.phlogd.journal.EntryInfo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Full-text search over titles, tags and bodies, in memory. Words are folded to lower case without
 * accents; a query word matches any word it begins ({@code light} finds "lighthouse"). Text in
 * scripts written without spaces (Chinese, Japanese) is indexed by character pairs, so a query
 * finds it as a phrase. Every query word must match; hits in the title rank above hits in tags,
 * which rank above the body, then newer above older.
 */
public final class SearchIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_TERMS = 12;

    private final List<Entry> entries;
    private final String[] words;
    private final int[][] postings;
    private final List<Set<String>> titleWords;
    private final List<Set<String>> tagWords;

    private SearchIndex(List<Entry> entries, String[] words, int[][] postings, List<Set<String>> titleWords,
            List<Set<String>> tagWords) {
        this.entries = entries;
        this.words = words;
        this.postings = postings;
        this.titleWords = titleWords;
        this.tagWords = tagWords;
    }

    /** Indexes {@code entries} (already filtered to what readers may see, newest first). */
    public static SearchIndex build(List<Entry> entries) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Set<String>> titles = new ArrayList<>();
        List<Set<String>> tags = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryInfo info = entries.get(i).info();
            Set<String> titleSet = new HashSet<>(words(info.title()));
            Set<String> tagSet = new HashSet<>(words(String.join(" ", info.tags())));
            titles.add(titleSet);
            tags.add(tagSet);
            Set<String> all = new HashSet<>(titleSet);
            all.addAll(tagSet);
            all.addAll(words(info.text()));
            for (String w : all) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        TreeMap<String, List<Integer>> sorted = new TreeMap<>(byWord);
        String[] words = sorted.keySet().toArray(new String[0]);
        int[][] postings = new int[words.length][];
        int k = 0;
        for (List<Integer> ids : sorted.values()) {
            postings[k++] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
        return new SearchIndex(List.copyOf(entries), words, postings, titles, tags);
    }

    /** A search hit: the entry and where the query matched. */
    public record Hit(Entry entry, boolean inTitle, boolean inTags) {}

    /** Entries matching every word of {@code query}, best first; empty for a blank query. */
    public List<Hit> search(String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        BitSet candidates = null;
        for (String term : terms) {
            BitSet matching = matching(term);
            if (candidates == null) {
                candidates = matching;
            } else {
                candidates.and(matching);
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            hits.add(new Hit(entries.get(i), allIn(terms, titleWords.get(i)), allIn(terms, tagWords.get(i))));
        }
        // Entries are indexed newest first, so a stable sort keeps that order within a rank.
        hits.sort(Comparator.comparing((Hit h) -> !h.inTitle()).thenComparing(h -> !h.inTags()));
        return hits;
    }

    /** The query's words, folded as the index folds them (character pairs for CJK runs). */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>(new java.util.LinkedHashSet<>(words(query)));
        return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    }

    /** Entries with a word beginning with {@code term}. */
    private BitSet matching(String term) {
        BitSet out = new BitSet(entries.size());
        int from = Arrays.binarySearch(words, term);
        if (from < 0) {
            from = -from - 1;
        }
        for (int w = from; w < words.length && words[w].startsWith(term); w++) {
            for (int id : postings[w]) {
                out.set(id);
            }
        }
        return out;
    }

    private static boolean allIn(List<String> terms, Set<String> fieldWords) {
        for (String term : terms) {
            boolean found = false;
            for (String w : fieldWords) {
                if (w.startsWith(term)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents removed, {@code ß} as {@code ss}: how words are compared. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /** The words of some text: letter-and-digit runs, CJK runs as overlapping character pairs. */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(word, out);
                cjk.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, out);
                word.appendCodePoint(cp);
            } else {
                flush(word, out);
                flushCjk(cjk, out);
            }
        }
        flush(word, out);
        flushCjk(cjk, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushCjk(StringBuilder run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        run.setLength(0);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** A short piece of {@code text} around the first place the query matches, on one line. */
    public static String snippet(String text, String query, int columns) {
        List<String> terms = terms(query);
        String flat = text.replaceAll("\\s+", " ").strip();
        int at = -1;
        int length = 0;
        for (String term : terms) {
            int i = find(flat, term);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                length = term.length();
            }
        }
        if (at < 0) {
            return flat.length() <= columns ? flat : flat.substring(0, Math.max(0, columns - 1)).strip() + "…";
        }
        int start = Math.max(0, at - columns / 3);
        int space = flat.lastIndexOf(' ', start);
        if (start > 0 && space >= 0 && at - space < columns / 2) {
            start = space + 1;
        }
        int end = Math.min(flat.length(), Math.max(start + columns, at + length));
        String piece = flat.substring(start, end).strip();
        return (start > 0 ? "…" : "") + piece + (end < flat.length() ? "…" : "");
    }

    /** Where a folded term starts a word of {@code text} (or occurs, for CJK), or -1. */
    private static int find(String text, String term) {
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if ((wordStart || isCjk(term.codePointAt(0))) && i + term.length() <= text.length() + 8) {
                int end = Math.min(text.length(), i + term.length() + 8);
                if (fold(text.substring(i, end)).startsWith(term)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
