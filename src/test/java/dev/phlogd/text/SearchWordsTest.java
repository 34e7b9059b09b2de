package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
    @Test
    void wordsAreFoldedAndCjkComesInPairs() {
        assertThat(SearchWords.of("Café STRASSE Straße ﬁne, ΟΔΟΣ 灯台守 x²"))
                .containsExactly("cafe", "strasse", "strasse", "fine", "οδος", "灯台", "台守", "x2");
    }

    @Property(tries = 3000)
    void foldingPieceByPieceFindsTheWordsFoldingTheWholeTextFinds(@ForAll("journalish") String text) {
        assertThat(SearchWords.of(text)).isEqualTo(wholeTextFolded(text));
    }

    /** How words were found before: the whole text folded, then taken apart. */
    private static List<String> wholeTextFolded(String text) {
        String folded = SearchWords.fold(text);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter =
                    cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') : Character.isLetterOrDigit(cp);
            boolean han = cp >= 0x80 && SearchWords.isCjk(cp);
            if (han) {
                flushWord(word, out);
                cjk.appendCodePoint(cp);
            } else {
                flushCjk(cjk, out);
                if (letter) {
                    word.appendCodePoint(cp);
                } else {
                    flushWord(word, out);
                }
            }
        }
        flushWord(word, out);
        flushCjk(cjk, out);
        return out;
    }

    private static void flushWord(StringBuilder word, List<String> out) {
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

    @Provide
    Arbitrary<String> journalish() {
        // Spaces and breaks (where pieces are cut), curly quotes, accents precomposed and
        // combining, ligatures and compatibility characters that fold to letters (ﬁ, ㎏, ²,
        // full-width), a no-break space that folds to a space, Greek sigma (lowercased by its
        // context), ß, İ, CJK and a surrogate pair.
        Arbitrary<String> piece = Arbitraries.of(
                " ",
                "\n",
                "\t",
                "\r",
                "a",
                "Z",
                "7",
                "'",
                ".",
                "’",
                "—",
                "é",
                "E\u0301",
                "\u0301",
                "ﬁ",
                "㎏",
                "²",
                "Ａ",
                "\u00A0",
                "Σ",
                "ς",
                "ΑΣ",
                "ß",
                "İ",
                "灯",
                "台",
                "の",
                "\uD835\uDC00",
                "-",
                "word",
                "ΟΔΟΣ'");
        return piece.list().ofMaxSize(25).map(l -> String.join("", l));
    }
}
