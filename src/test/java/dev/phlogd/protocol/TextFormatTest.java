package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFormatTest {
    private static String format(String text, boolean strict) {
        return new String(TextFormat.format(text, strict), StandardCharsets.UTF_8);
    }

    @Test
    void linesEndWithCrlfAndNoTerminatorByDefault() {
        assertThat(format("one\n.two\n", false)).isEqualTo("one\r\n.two\r\n");
    }

    @Test
    void missingFinalLineEndIsAdded() {
        assertThat(format("one\ntwo", false)).isEqualTo("one\r\ntwo\r\n");
    }

    @Test
    void strictModeDoublesLeadingDotsAndTerminates() {
        assertThat(format("one\n.two\n.\n", true)).isEqualTo("one\r\n..two\r\n..\r\n.\r\n");
    }

    @Test
    void emptyTextIsEmpty() {
        assertThat(format("", false)).isEmpty();
        assertThat(format("", true)).isEqualTo(".\r\n");
    }
}
