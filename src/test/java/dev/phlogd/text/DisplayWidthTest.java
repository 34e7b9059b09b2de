package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hello            | 5",
                "café             | 4",
                "cafe\u0301       | 4",
                "日本語           | 6",
                "ＡＢＣ           | 6",
                "한국어           | 6",
                "😀               | 2",
                "👍🏽               | 2",
                "👩‍👩‍👧              | 2",
                "🇯🇵               | 2",
                "❤️               | 2",
                "❤                | 1",
                "1️⃣               | 2",
                "a\u200Bb         | 2",
                "x\u0007y         | 2",
            })
    void columns(String s, int width) {
        assertThat(DisplayWidth.of(s.strip())).isEqualTo(width);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hello world | 8 | hello w…",
                "hello world | 7 | hello…",
                "日本語日本語 | 7 | 日本語…",
                "short       | 10 | short",
            })
    void truncate(String s, int columns, String expected) {
        assertThat(DisplayWidth.truncate(s.strip(), columns, "…")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void generalPunctuationFromDashesToEllipsisIsOneColumnAndAClusterOfItsOwn() {
        // What DisplayWidth's fast path assumes of these chars, asked of ICU itself.
        for (char c = 0x2010; c <= 0x2027; c++) {
            String s = "a" + c + "é" + c + c + "z" + c;
            BreakIterator clusters = BreakIterator.getCharacterInstance();
            clusters.setText(s);
            int count = 0;
            for (int start = clusters.first(), end = clusters.next();
                    end != BreakIterator.DONE;
                    start = end, end = clusters.next()) {
                assertThat(end - start).as("U+%04X", (int) c).isEqualTo(1);
                assertThat(DisplayWidth.ofCluster(s, start, end))
                        .as("U+%04X", (int) c)
                        .isEqualTo(1);
                count++;
            }
            assertThat(count).isEqualTo(s.length());
        }
    }

    /** Cutting with an early stop gives what measuring the whole string and then cutting gives. */
    @Property(tries = 2000)
    void truncateStopsEarlyWithTheSameResult(
            @ForAll("mixed") String s, @ForAll @IntRange(min = 0, max = 24) int columns) {
        assertThat(DisplayWidth.truncate(s, columns, "…")).isEqualTo(wholeThenCut(s, columns, "…"));
    }

    @Provide
    Arbitrary<String> mixed() {
        List<String> pieces = List.of(
                "a",
                "b",
                " ",
                "é",
                "e\u0301",
                "\u0301",
                "日",
                "語",
                "😀",
                "👍🏽",
                "👩\u200D👩\u200D👧",
                "🇯🇵",
                "❤️",
                "1️⃣",
                "\u200B",
                "\u0007",
                "\r\n",
                "\u00AD",
                "…",
                "—");
        return Arbitraries.of(pieces).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    /** The plain way: the whole width first, then the longest prefix of whole clusters that fits. */
    private static String wholeThenCut(String s, int columns, String ellipsis) {
        if (DisplayWidth.of(s) <= columns) {
            return s;
        }
        int budget = columns - DisplayWidth.of(ellipsis);
        if (budget < 0) {
            return "";
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(s);
        int width = 0;
        int cut = 0;
        for (int start = clusters.first(), end = clusters.next();
                end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            int w = DisplayWidth.ofCluster(s, start, end);
            if (width + w > budget) {
                break;
            }
            width += w;
            cut = end;
        }
        return s.substring(0, cut).stripTrailing() + ellipsis;
    }
}
