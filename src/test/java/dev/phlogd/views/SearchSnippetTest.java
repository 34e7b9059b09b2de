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
}
