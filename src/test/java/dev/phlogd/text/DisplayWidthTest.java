package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
