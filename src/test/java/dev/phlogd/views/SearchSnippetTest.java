package dev.phlogd.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.text.DisplayWidth;
import org.junit.jupiter.api.Test;

class SearchSnippetTest {
    @Test
    void snippetsShowTheMatchInContext() {
        String text =
                "Long ago there was a keeper. " + "Filler words go here. ".repeat(10) + "The lighthouse stood tall.";
        String snippet = SearchSnippet.of(text, "LIGHT", 40);
        assertThat(snippet).contains("lighthouse").startsWith("…").hasSizeLessThanOrEqualTo(45);
        assertThat(SearchSnippet.of("Café au lait", "cafe", 40)).isEqualTo("Café au lait");
    }

    @Test
    void snippetsAreMeasuredInDisplayColumns() {
        String text = "灯台の話。".repeat(20) + "嵐の夜に灯台守は海を見ていた。" + "静かな朝。".repeat(20);
        String snippet = SearchSnippet.of(text, "嵐の夜", 40);
        assertThat(snippet).contains("嵐の夜").startsWith("…");
        assertThat(DisplayWidth.of(snippet)).isLessThanOrEqualTo(40);
    }

    @Test
    void aTextWithoutTheMatchShowsItsStart() {
        assertThat(SearchSnippet.of("One two three four five six seven", "zebra", 12))
                .isEqualTo("One two thr…");
    }

    @Test
    void aMatchDeepInALongTextIsShownTheSameAsInAShortOne() {
        String around = "The keeper climbed to the lamp room and wound the clockwork before dusk.";
        String shortText = "Nothing much today. ".repeat(5) + around + " Then supper.".repeat(10);
        String longText = "Nothing much today. ".repeat(20_000) + around + " Then supper.".repeat(20_000);
        assertThat(SearchSnippet.of(longText, "clockwork", 64)).isEqualTo(SearchSnippet.of(shortText, "clockwork", 64));
        assertThat(SearchSnippet.of(longText, "clockwork", 64))
                .startsWith("…")
                .contains("clockwork")
                .endsWith("…");
    }

    @Test
    void aWordCutByTheWindowIsNoMatch() {
        // "floodlamp" ends a few hundred characters before the real match: its tail must not count.
        String text = "x ".repeat(500) + "floodlamp" + " y".repeat(120) + " the lamp is lit";
        assertThat(SearchSnippet.of(text, "lamp", 40)).contains("the lamp is lit");
    }
}
