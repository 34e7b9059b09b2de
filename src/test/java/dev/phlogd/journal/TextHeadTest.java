package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The head's lines and what follows them are exactly the text split at LF and joined again. */
class TextHeadTest {
    @Property(tries = 2000)
    void linesAndTheRestAreTheTextSplitAndJoined(
            @ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 12) int max,
            @ForAll @IntRange(min = 0, max = 14) int a,
            @ForAll @IntRange(min = 0, max = 14) int b,
            @ForAll boolean askFirst) {
        String[] split = text.split("\n", -1);
        TextHead head = new TextHead(text, max);
        if (askFirst) {
            // Lines taken apart before, or not: the answers are the same.
            head.has(Math.max(a, b));
        }
        int from = Math.min(a, b);
        int to = Math.max(a, b);

        String expectedFrom =
                from < split.length ? String.join("\n", Arrays.copyOfRange(split, from, split.length)) : "";
        assertThat(head.from(from)).isEqualTo(expectedFrom);
        if (to <= split.length) {
            assertThat(head.lines(from, to)).isEqualTo(String.join("\n", Arrays.copyOfRange(split, from, to)));
        }
        for (int i = 0; i < 14; i++) {
            assertThat(head.has(i)).as("line %d", i).isEqualTo(i < Math.min(max, split.length));
            if (head.has(i)) {
                assertThat(head.line(i)).isEqualTo(split[i]);
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("", "---", "+++", "title: x", " ", "body words", "\r", "…")
                .list()
                .ofMaxSize(15)
                .map(List::copyOf)
                .map(lines -> String.join("\n", lines));
    }
}
