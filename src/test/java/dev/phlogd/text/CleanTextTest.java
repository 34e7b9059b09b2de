package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cleaning a file's text drops every control but TAB and LF, and nothing else. */
class CleanTextTest {
    @Property(tries = 2000)
    void withoutControlsKeepsTabsLineFeedsAndEveryOtherCharacter(@ForAll("texts") String text) {
        StringBuilder expected = new StringBuilder();
        text.chars()
                .filter(c -> c == '\t' || c == '\n' || !(c < 0x20 || (c >= 0x7F && c < 0xA0)))
                .forEach(c -> expected.append((char) c));

        String cleaned = CleanText.withoutControls(text);

        assertThat(cleaned).isEqualTo(expected.toString());
        if (cleaned.equals(text)) {
            assertThat(cleaned).as("a clean text is returned as it is").isSameAs(text);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "words", " ", "\t", "\n", "\r", "\u0000", "\u0007", "\u007F", "\u0085", "\u009F", "\u00A0", "é",
                        "日")
                .list()
                .ofMaxSize(12)
                .map(pieces -> String.join("", pieces));
    }
}
