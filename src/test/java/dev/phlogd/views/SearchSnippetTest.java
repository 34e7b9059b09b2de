package dev.phlogd.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.index.SearchIndex;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.SearchWords;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class SearchSnippetTest {
    private static String snippet(String text, String query, int columns) {
        return SearchSnippet.of(text, SearchIndex.terms(query), columns);
    }

    @Test
    void snippetsShowTheMatchInContext() {
        String text =
                "Long ago there was a keeper. " + "Filler words go here. ".repeat(10) + "The lighthouse stood tall.";
        String snippet = snippet(text, "LIGHT", 40);
        assertThat(snippet).contains("lighthouse").startsWith("…").hasSizeLessThanOrEqualTo(45);
        assertThat(snippet("Café au lait", "cafe", 40)).isEqualTo("Café au lait");
    }

    @Test
    void snippetsAreMeasuredInDisplayColumns() {
        String text = "灯台の話。".repeat(20) + "嵐の夜に灯台守は海を見ていた。" + "静かな朝。".repeat(20);
        String snippet = snippet(text, "嵐の夜", 40);
        assertThat(snippet).contains("嵐の夜").startsWith("…");
        assertThat(DisplayWidth.of(snippet)).isLessThanOrEqualTo(40);
    }

    @Test
    void aTextWithoutTheMatchShowsItsStart() {
        assertThat(snippet("One two three four five six seven", "zebra", 12)).isEqualTo("One two thr…");
    }

    @Test
    void aMatchDeepInALongTextIsShownTheSameAsInAShortOne() {
        String around = "The keeper climbed to the lamp room and wound the clockwork before dusk.";
        String shortText = "Nothing much today. ".repeat(5) + around + " Then supper.".repeat(10);
        String longText = "Nothing much today. ".repeat(20_000) + around + " Then supper.".repeat(20_000);
        assertThat(snippet(longText, "clockwork", 64)).isEqualTo(snippet(shortText, "clockwork", 64));
        assertThat(snippet(longText, "clockwork", 64))
                .startsWith("…")
                .contains("clockwork")
                .endsWith("…");
    }

    @Test
    void aWordCutByTheWindowIsNoMatch() {
        // "floodlamp" ends a few hundred characters before the real match: its tail must not count.
        String text = "x ".repeat(500) + "floodlamp" + " y".repeat(120) + " the lamp is lit";
        assertThat(snippet(text, "lamp", 40)).contains("the lamp is lit");
    }

    @Property(tries = 2000)
    void findsWhatFoldingEveryWordStartFinds(@ForAll("mixedText") String text, @ForAll("mixedText") String query) {
        List<String> terms = SearchIndex.terms(query);
        Assume.that(!terms.isEmpty());
        for (String term : terms) {
            assertThat(SearchSnippet.find(text, term, 0)).isEqualTo(foldingFind(text, term));
        }
    }

    @Property(tries = 2000)
    void flattensAsTheTwoRegexesDid(@ForAll("runsAndSpaces") String text) {
        String regexes = text.replaceAll("\\s+", " ")
                .replaceAll("([-=~_*#+.])\\1{2,}", "$1$1")
                .strip();
        assertThat(SearchSnippet.flatten(text, 0, text.length())).isEqualTo(regexes);
        int from = text.length() / 3;
        assertThat(SearchSnippet.flatten(text, from, text.length()))
                .isEqualTo(text.substring(from)
                        .replaceAll("\\s+", " ")
                        .replaceAll("([-=~_*#+.])\\1{2,}", "$1$1")
                        .strip());
    }

    @Provide
    Arbitrary<String> runsAndSpaces() {
        return Arbitraries.strings()
                .withChars(" \t\n\r\u000B\f\u00A0-=~_*#+.ab…")
                .ofMaxLength(80);
    }

    /** The search as it was before ASCII was compared in place: every word start folded. */
    private static int foldingFind(String text, String term) {
        boolean cjk = SearchWords.isCjk(term.codePointAt(0));
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if ((wordStart || cjk)
                    && SearchWords.fold(text.substring(i, Math.min(text.length(), i + term.length() + 8)))
                            .startsWith(term)) {
                return i;
            }
        }
        return -1;
    }

    @Provide
    Arbitrary<String> mixedText() {
        // Letters that fold to themselves, to another letter, to two letters or to nothing.
        return Arbitraries.strings()
                .withChars("abtoTOW lamp LAMPéÉèßﬁ\u0301ÖöŁ灯台の-.,'")
                .ofMaxLength(60);
    }

    /**
     * A snippet is the same as when the whole window around the match was laid out, though most
     * are now taken from a narrower part of it: texts of a few pieces repeated in any order, so
     * that matches fall near the window's edges, runs of white space and of symbols straddle them,
     * and wide and zero-width characters shift widths.
     */
    @Property(tries = 5000)
    void aSnippetIsWhatTheWholeWindowGives(
            @ForAll("pieces") List<String> pieces, @ForAll("queries") String query, @ForAll("widths") int columns) {
        String text = String.join("", pieces);
        List<String> terms = SearchIndex.terms(query);
        Assume.that(!terms.isEmpty());
        assertThat(SearchSnippet.of(text, terms, columns)).isEqualTo(wholeWindow(text, terms, columns));
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        // Long runs that fold to one or two characters are common, so that the part laid out is
        // often too short after the match or before it.
        return Arbitraries.frequencyOf(
                        Tuple.of(6, Arbitraries.of(" ".repeat(40), "\n\n\t", "-".repeat(30), "==", "...")),
                        Tuple.of(
                                6,
                                Arbitraries.of(
                                        "the lamp ",
                                        "Lamp-lit ",
                                        "tower ",
                                        "x",
                                        "floodlamp ",
                                        "灯台の",
                                        "e\u0301 ",
                                        "\u0301\u0301\u0301",
                                        "ﬁre ",
                                        "word ")),
                        Tuple.of(1, Arbitraries.just("a longer stretch of ordinary words without a match ")))
                .list()
                .ofMaxSize(100);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of("lamp", "tow", "tower lamp", "灯台", "fire", "word", "zzz", "e");
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(12, 40, 64);
    }

    /** The snippet as it was made before the narrow part: the whole window laid out. */
    private static String wholeWindow(String text, List<String> terms, int columns) {
        int raw = firstOf(text, terms, 0);
        int from = safe(text, raw <= 0 ? 0 : Math.max(0, raw - columns * 4));
        int to = safe(text, Math.min(text.length(), Math.max(raw, 0) + columns * 8));
        String flat = SearchSnippet.flatten(text, from, to);
        String more = to < text.length() ? " …" : "";
        int at = firstOf(flat, terms, from > 0 ? 1 : 0);
        if (from == 0 && at <= 0) {
            return DisplayWidth.truncate(flat + more, columns, "…");
        }
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

    private static int firstOf(String text, List<String> terms, int fromIndex) {
        int at = -1;
        for (String term : terms) {
            int i = SearchSnippet.find(text, term, fromIndex);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    private static int safe(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }
}
