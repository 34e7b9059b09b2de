package dev.phlogd.index;

import dev.phlogd.journal.EntryInfo;
import dev.phlogd.text.SearchWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
    private static final int MAX_TERMS = 12;
    private static final int BATCH = 256;

    /**
     * An entry's words as dictionary ids, and its title's and tags' for ranking: each ascending and
     * distinct, packed ({@link AscendingInts}).
     */
    private record Doc(byte[] words, byte[] title, byte[] tags) {}

    /**
     * Word ids, shared by successive indexes so that unchanged entries keep theirs. Only one
     * build at a time adds to it ({@link BackgroundSearch} builds them in turn on one thread);
     * searches read the sorted copy each index takes.
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
    /** For each word id, the indexes of the entries that have it, ascending and packed. */
    private final byte[][] postings;
    /** The same for the words of titles and of tags, which rank a hit. */
    private final byte[][] titlePostings;

    private final byte[][] tagPostings;

    private SearchIndex(
            List<Entry> entries,
            List<Doc> docs,
            IdentityHashMap<EntryInfo, Doc> byInfo,
            Dictionary dictionary,
            String[] sortedWords,
            int[] sortedIds,
            byte[][] postings,
            byte[][] titlePostings,
            byte[][] tagPostings) {
        this.entries = entries;
        this.docs = docs;
        this.byInfo = byInfo;
        this.dictionary = dictionary;
        this.sortedWords = sortedWords;
        this.sortedIds = sortedIds;
        this.postings = postings;
        this.titlePostings = titlePostings;
        this.tagPostings = tagPostings;
    }

    /** Indexes {@code entries} (already filtered to what readers may see, in rank order for ties). */
    public static SearchIndex build(List<Entry> entries) {
        return build(entries, null);
    }

    /** Indexes {@code entries}, reusing what {@code previous} knows of unchanged ones. */
    static SearchIndex build(List<Entry> entries, SearchIndex previous) {
        Dictionary dictionary =
                previous != null && !oversized(previous, entries.size()) ? previous.dictionary : new Dictionary();
        boolean reuse = previous != null && dictionary == previous.dictionary;
        List<Doc> docs = new ArrayList<>(entries.size());
        IdentityHashMap<EntryInfo, Doc> byInfo = new IdentityHashMap<>(entries.size() * 2);
        List<EntryInfo> fresh = new ArrayList<>();
        for (Entry e : entries) {
            if (!reuse || !previous.byInfo.containsKey(e.info())) {
                fresh.add(e.info());
            }
        }
        // Taking text apart is most of the work and needs no shared state, so it runs in
        // parallel; only handing out word ids is sequential. A batch at a time, so that the
        // words of a whole big hole are never all held at once.
        IdentityHashMap<EntryInfo, Doc> made = new IdentityHashMap<>(fresh.size() * 2);
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<EntryInfo> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            for (Words w : (batch.size() > 64 ? batch.parallelStream() : batch.stream())
                    .map(Words::of)
                    .toList()) {
                made.put(w.info(), w.doc(dictionary));
            }
        }
        for (Entry e : entries) {
            Doc doc = made.get(e.info());
            if (doc == null) {
                doc = previous.byInfo.get(e.info());
            }
            docs.add(doc);
            byInfo.put(e.info(), doc);
        }
        int size = dictionary.words.size();
        byte[][] postings = postings(docs, Doc::words, size);
        byte[][] titlePostings = postings(docs, Doc::title, size);
        byte[][] tagPostings = postings(docs, Doc::tags, size);
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
        return new SearchIndex(
                List.copyOf(entries),
                docs,
                byInfo,
                dictionary,
                sortedWords,
                sortedIds,
                postings,
                titlePostings,
                tagPostings);
    }

    /** For each word id, the documents (ascending, packed) whose {@code field} has it. */
    private static byte[][] postings(List<Doc> docs, java.util.function.Function<Doc, byte[]> field, int size) {
        // Documents come in ascending order, so each word's list is packed as it grows: one pass
        // over the documents' words, which on an edit is most of rebuilding the index.
        AscendingInts.Builder[] lists = new AscendingInts.Builder[size];
        for (int i = 0; i < docs.size(); i++) {
            AscendingInts.Builder.addToEach(field.apply(docs.get(i)), lists, i);
        }
        byte[][] postings = new byte[size][];
        for (int w = 0; w < size; w++) {
            postings[w] = lists[w] == null ? AscendingInts.EMPTY : lists[w].toArray();
        }
        return postings;
    }

    /** A dictionary full of words no entry has any more (after many edits) is started afresh. */
    private static boolean oversized(SearchIndex previous, int entries) {
        return previous.dictionary.words.size() > 200_000 + 400L * entries;
    }

    /** An entry's words before they have ids: its title's and tags' in order, its distinct words in all. */
    private record Words(EntryInfo info, List<String> title, List<String> tags, String[] all) {
        static Words of(EntryInfo info) {
            List<String> title = SearchWords.of(info.title());
            List<String> tags = SearchWords.of(String.join(" ", info.tags()));
            java.util.HashSet<String> all = new java.util.HashSet<>(title);
            all.addAll(tags);
            SearchWords.addTo(info.text(), all);
            return new Words(info, title, tags, all.toArray(String[]::new));
        }

        Doc doc(Dictionary dictionary) {
            int[] words = new int[all.length];
            for (int i = 0; i < all.length; i++) {
                words[i] = dictionary.id(all[i]);
            }
            Arrays.sort(words);
            return new Doc(AscendingInts.pack(words, words.length), ids(title, dictionary), ids(tags, dictionary));
        }
    }

    private static byte[] ids(List<String> words, Dictionary dictionary) {
        // A loop, not an IntStream's distinct(): that boxes every id into a set, for each entry.
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = dictionary.id(words.get(i));
        }
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return AscendingInts.pack(ids, distinct);
    }

    /** A search hit: the entry and where the query matched. */
    public record Hit(Entry entry, boolean inTitle, boolean inTags) {}

    /** The best hits of a search, and how many entries matched in all. */
    public record Results(List<Hit> best, int total) {}

    /**
     * The first {@code limit} entries matching every word of {@code query}, best first (empty for
     * a blank query), and the number that match: a common word matching thousands of entries
     * costs no more than the hits that are shown.
     */
    public Results search(String query, int limit) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return new Results(List.of(), 0);
        }
        BitSet candidates = everyTermIn(terms, postings);
        if (candidates.isEmpty()) {
            return new Results(List.of(), 0);
        }
        // Entries are indexed in rank order: title hits, then tag hits, then the rest, each in that
        // order. Every title or tag word is also one of the entry's words, so both sets lie inside
        // the candidates.
        BitSet titles = everyTermIn(terms, titlePostings);
        BitSet tagged = everyTermIn(terms, tagPostings);
        BitSet tagsOnly = (BitSet) tagged.clone();
        tagsOnly.andNot(titles);
        BitSet rest = (BitSet) candidates.clone();
        rest.andNot(titles);
        rest.andNot(tagged);
        int total = candidates.cardinality();
        List<Hit> best = new ArrayList<>(Math.min(limit, total));
        for (int i = titles.nextSetBit(0); i >= 0 && best.size() < limit; i = titles.nextSetBit(i + 1)) {
            best.add(new Hit(entries.get(i), true, tagged.get(i)));
        }
        for (int i = tagsOnly.nextSetBit(0); i >= 0 && best.size() < limit; i = tagsOnly.nextSetBit(i + 1)) {
            best.add(new Hit(entries.get(i), false, true));
        }
        for (int i = rest.nextSetBit(0); i >= 0 && best.size() < limit; i = rest.nextSetBit(i + 1)) {
            best.add(new Hit(entries.get(i), false, false));
        }
        return new Results(best, total);
    }

    /** The query's words, folded as the index folds them (character pairs for CJK runs). */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(SearchWords.of(query)));
        return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    }

    /** Entries whose field (by its postings) has, for every term (at least one), a word beginning with it. */
    private BitSet everyTermIn(List<String> terms, byte[][] fieldPostings) {
        BitSet all = matching(terms.get(0), fieldPostings);
        for (int i = 1; i < terms.size() && !all.isEmpty(); i++) {
            all.and(matching(terms.get(i), fieldPostings));
        }
        return all;
    }

    /** Entries with a word beginning with {@code term} (in the field these postings index). */
    private BitSet matching(String term, byte[][] fieldPostings) {
        long[] bits = new long[(entries.size() + 63) >>> 6];
        int from = Arrays.binarySearch(sortedWords, term);
        if (from < 0) {
            from = -from - 1;
        }
        for (int w = from; w < sortedWords.length && sortedWords[w].startsWith(term); w++) {
            AscendingInts.setAll(fieldPostings[sortedIds[w]], bits);
        }
        return BitSet.valueOf(bits);
    }
}
