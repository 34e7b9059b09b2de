package dev.phlogd.index;

import dev.phlogd.journal.EntryInfo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Full-text search over titles, tags and bodies, in memory. Words are folded to lower case without
 * accents; a query word matches any word it begins ({@code light} finds "lighthouse"). Text in
 * scripts written without spaces (Chinese, Japanese) is indexed by character pairs, so a query
 * finds it as a phrase. Every query word must match; hits in the title rank above hits in tags,
 * which rank above the body, then newer above older.
 *
 * <p>Each entry's words are taken apart once: a rebuild after an edit reuses the words of every
 * entry whose parse is unchanged (the same {@link EntryInfo}), and only merges word lists.
 */
public final class SearchIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_TERMS = 12;

    /** An entry's words as dictionary ids (sorted, distinct), and its title and tag words for ranking. */
    private record Doc(int[] words, String[] title, String[] tags) {}

    /**
     * Word ids, shared by successive indexes so that unchanged entries keep theirs. Only the
     * indexer thread adds to it; searches read the sorted copy each index takes.
     */
    private static final class Dictionary {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> words = new ArrayList<>();

        int id(String word) {
            Integer id = ids.get(word);
            if (id == null) {
                id = words.size();
                ids.put(word, id);
                words.add(word);
            }
            return id;
        }
    }

    private final List<Entry> entries;
    private final List<Doc> docs;
    private final IdentityHashMap<EntryInfo, Doc> byInfo;
    private final Dictionary dictionary;
    /** Words in sorted order and their ids, for prefix lookups. */
    private final String[] sortedWords;
    private final int[] sortedIds;
    /** For each word id, the indexes of the entries that have it, ascending. */
    private final int[][] postings;

    private SearchIndex(List<Entry> entries, List<Doc> docs, IdentityHashMap<EntryInfo, Doc> byInfo, Dictionary dictionary,
            String[] sortedWords, int[] sortedIds, int[][] postings) {
        this.entries = entries;
        this.docs = docs;
        this.byInfo = byInfo;
        this.dictionary = dictionary;
        this.sortedWords = sortedWords;
        this.sortedIds = sortedIds;
        this.postings = postings;
    }

    /** Indexes {@code entries} (already filtered to what readers may see, in rank order for ties). */
    public static SearchIndex build(List<Entry> entries) {
        return build(entries, null);
    }

    /** Indexes {@code entries}, reusing what {@code previous} knows of unchanged ones. */
    static SearchIndex build(List<Entry> entries, SearchIndex previous) {
        Dictionary dictionary = previous != null && !oversized(previous, entries.size()) ? previous.dictionary : new Dictionary();
        boolean reuse = previous != null && dictionary == previous.dictionary;
        List<Doc> docs = new ArrayList<>(entries.size());
        IdentityHashMap<EntryInfo, Doc> byInfo = new IdentityHashMap<>(entries.size() * 2);
        for (Entry e : entries) {
            Doc doc = reuse ? previous.byInfo.get(e.info()) : null;
            if (doc == null) {
                doc = doc(e.info(), dictionary);
            }
            docs.add(doc);
            byInfo.put(e.info(), doc);
        }
        int[] counts = new int[dictionary.words.size()];
        for (Doc d : docs) {
            for (int w : d.words()) {
                counts[w]++;
            }
        }
        int[][] postings = new int[counts.length][];
        for (int w = 0; w < counts.length; w++) {
            postings[w] = counts[w] == 0 ? EMPTY : new int[counts[w]];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < docs.size(); i++) {
            for (int w : docs.get(i).words()) {
                postings[w][filled[w]++] = i;
            }
        }
        String[] sortedWords;
        int[] sortedIds;
        if (reuse && previous.sortedIds.length == dictionary.words.size()) {
            sortedWords = previous.sortedWords;
            sortedIds = previous.sortedIds;
        } else {
            Integer[] order = new Integer[dictionary.words.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing(dictionary.words::get));
            sortedWords = new String[order.length];
            sortedIds = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                sortedIds[i] = order[i];
                sortedWords[i] = dictionary.words.get(order[i]);
            }
        }
        return new SearchIndex(List.copyOf(entries), docs, byInfo, dictionary, sortedWords, sortedIds, postings);
    }

    private static final int[] EMPTY = new int[0];

    /** A dictionary full of words no entry has any more (after many edits) is started afresh. */
    private static boolean oversized(SearchIndex previous, int entries) {
        return previous.dictionary.words.size() > 200_000 + 400L * entries;
    }

    private static Doc doc(EntryInfo info, Dictionary dictionary) {
        List<String> title = words(info.title());
        List<String> tags = words(String.join(" ", info.tags()));
        TreeSet<Integer> ids = new TreeSet<>();
        for (String w : title) {
            ids.add(dictionary.id(w));
        }
        for (String w : tags) {
            ids.add(dictionary.id(w));
        }
        for (String w : words(info.text())) {
            ids.add(dictionary.id(w));
        }
        int[] words = ids.stream().mapToInt(Integer::intValue).toArray();
        return new Doc(words, new LinkedHashSet<>(title).toArray(new String[0]), new LinkedHashSet<>(tags).toArray(new String[0]));
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
            Doc d = docs.get(i);
            hits.add(new Hit(entries.get(i), allIn(terms, d.title()), allIn(terms, d.tags())));
        }
        // Entries are indexed in rank order, so a stable sort keeps it within a rank.
        hits.sort(Comparator.comparing((Hit h) -> !h.inTitle()).thenComparing(h -> !h.inTags()));
        return hits;
    }

    /** The query's words, folded as the index folds them (character pairs for CJK runs). */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(words(query)));
        return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    }

    /** Entries with a word beginning with {@code term}. */
    private BitSet matching(String term) {
        BitSet out = new BitSet(entries.size());
        int from = Arrays.binarySearch(sortedWords, term);
        if (from < 0) {
            from = -from - 1;
        }
        for (int w = from; w < sortedWords.length && sortedWords[w].startsWith(term); w++) {
            for (int doc : postings[sortedIds[w]]) {
                out.set(doc);
            }
        }
        return out;
    }

    private static boolean allIn(List<String> terms, String[] fieldWords) {
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
        boolean ascii = true;
        for (int i = 0, n = s.length(); i < n && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
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
            if (cp < 0x80) {
                if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                    flushCjk(cjk, out);
                    word.append((char) cp);
                } else {
                    flush(word, out);
                    flushCjk(cjk, out);
                }
            } else if (isCjk(cp)) {
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
        if (run.length() == 0) {
            return;
        }
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
        boolean cjk = isCjk(term.codePointAt(0));
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart || cjk) {
                int end = Math.min(text.length(), i + term.length() + 8);
                if (fold(text.substring(i, end)).startsWith(term)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
