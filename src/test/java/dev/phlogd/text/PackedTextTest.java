package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PackedTextTest {
    @Property(tries = 500)
    void readsBackWhatWasPacked(@ForAll @StringLength(max = 3000) String text) {
        assertThat(PackedText.of(text).text()).isEqualTo(text);
    }

    @Property(tries = 200)
    void readsBackRepetitiveTextLongerThanItsBuffer(@ForAll @StringLength(min = 1, max = 40) String piece) {
        // 50 KB of text: more than the 16 KB buffer deflating starts with, whatever the piece.
        String text = piece.repeat(50_000 / piece.length() + 1);
        assertThat(PackedText.of(text).text()).isEqualTo(text);
    }

    @Test
    void readsBackTextThatDeflatesToMoreThanItsBuffer() {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (noise.length() < 100_000) {
            noise.appendCodePoint(0x4E00 + random.nextInt(20_000));
        }
        String text = noise.toString();
        assertThat(PackedText.of(text).text()).isEqualTo(text);
    }

    @Test
    void holdsAJournalEntryInLessThanHalfItsBytesAndShortTextAsItIs() {
        String entry = ("Rain all morning. I walked to the harbour anyway and watched the ferry come in"
                        + " late, the gulls riding the wind behind it. Tea at the kiosk, then home. ")
                .repeat(8);
        assertThat(PackedText.of(entry).bytesHeld()).isLessThan(entry.length() / 2);
        assertThat(PackedText.of("A short line.").bytesHeld()).isEqualTo("A short line.".length());
    }

    @Test
    void equalTextsAreEqual() {
        String words = "A walk along the harbour wall, the ferry late again. ".repeat(20);
        assertThat(PackedText.of(words)).isEqualTo(PackedText.of(words)).hasSameHashCodeAs(PackedText.of(words));
        assertThat(PackedText.of(words)).isNotEqualTo(PackedText.of(words + "!"));
        assertThat(PackedText.of("short")).isEqualTo(PackedText.of("short"));
        assertThat(PackedText.of(words).toString()).isEqualTo(words);
    }

    @Test
    void unpacksOnManyThreadsAtOnce() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(("entry " + i + " about the lighthouse and the storm. ").repeat(10 + i % 30));
        }
        List<PackedText> packed = texts.stream().map(PackedText::of).toList();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                checks.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!packed.get(i).text().equals(texts.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
