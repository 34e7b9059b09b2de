package dev.phlogd.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How search takes text apart: words folded to lower case without accents, and text in scripts
 * written without spaces (Chinese, Japanese) as overlapping character pairs, so a query finds it
 * as a phrase.
 */
public final class SearchWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {}

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
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        addTo(text, out);
        return out;
    }

    /** The words of {@code text} added to {@code out} (a set, for the distinct words of an entry). */
    public static void addTo(String text, Collection<String> out) {
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        // Folded a piece at a time, between ASCII spaces and line breaks: folding a whole entry
        // with one curly quote in it decomposed and lowercased all of it, the most expensive part
        // of indexing. Each piece folds as it would inside the whole text: a space begins no
        // combining sequence and ends the context a final sigma is lowercased in.
        int n = text.length();
        for (int start = 0; start < n; ) {
            int end = start;
            boolean ascii = true;
            for (char c; end < n && (c = text.charAt(end)) != ' ' && c != '\n' && c != '\t' && c != '\r'; end++) {
                ascii &= c < 0x80;
            }
            if (ascii) {
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    take(c >= 'A' && c <= 'Z' ? c + 32 : c, word, cjk, out);
                }
            } else {
                String folded = fold(text.substring(start, end));
                for (int i = 0; i < folded.length(); ) {
                    int cp = folded.codePointAt(i);
                    i += Character.charCount(cp);
                    take(cp, word, cjk, out);
                }
            }
            if (end < n) {
                take(' ', word, cjk, out);
            }
            start = end + 1;
        }
        flush(word, out);
        flushCjk(cjk, out);
    }

    /** One code point of folded text: part of a word, of a CJK run, or a break between words. */
    private static void take(int cp, StringBuilder word, StringBuilder cjk, Collection<String> out) {
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

    private static void flush(StringBuilder word, Collection<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushCjk(StringBuilder run, Collection<String> out) {
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

    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
