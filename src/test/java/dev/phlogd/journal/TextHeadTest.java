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
    @Property(tries = 1000)
    void linesAndTheRestAreTheTextSplitAndJoined(
            @ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 12) int max,
            @ForAll @IntRange(min = 0, max = 12) int a,
            @ForAll @IntRange(min = 0, max = 12) int b) {
        String[] split = text.split("\n", -1);
        TextHead head = new TextHead(text, max);

        assertThat(head.size()).isEqualTo(Math.min(max, split.length));
        for (int i = 0; i < head.size(); i++) {
            assertThat(head.line(i)).isEqualTo(split[i]);
        }
        int from = Math.min(a, head.size());
        assertThat(head.from(from)).isEqualTo(String.join("\n", Arrays.copyOfRange(split, from, split.length)));
        int to = Math.min(b, head.size());
        if (from <= to) {
            assertThat(head.lines(from, to)).isEqualTo(String.join("\n", Arrays.copyOfRange(split, from, to)));
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
