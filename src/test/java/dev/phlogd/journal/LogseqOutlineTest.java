package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogseqOutlineTest {
    @Test
    void tabNestingUnderAHeadingIsNestingNotCode() {
        LogseqOutline o = LogseqOutline.read("## Usage\n\t- one\n\t\t- two\n\t  more of one\n");
        assertThat(o.text()).isEqualTo("## Usage\n  - one\n    - two\n    more of one\n");
    }

    @Test
    void aBlockWithAnIdIsKeptForReferences() {
        LogseqOutline o =
                LogseqOutline.read("- TODO Oil the gear #repairs\n  id:: 6650A1B2-0000-1111-2222-333344445555\n");
        assertThat(o.blocks()).containsEntry("6650a1b2-0000-1111-2222-333344445555", "Oil the gear #repairs");
    }

    @Test
    void headingPropertyMakesTheBlockAHeading() {
        assertThat(LogseqOutline.read("- Parts\n  heading:: true\n- x\n").text())
                .startsWith("- ## Parts\n");
        assertThat(LogseqOutline.read("- Parts\n  heading:: 3\n- x\n").text()).startsWith("- ### Parts\n");
    }

    @Test
    void macrosBecomeTextOrNothing() {
        assertThat(LogseqOutline.macros("see {{video https://v.example/1}} now"))
                .isEqualTo("see <https://v.example/1> now");
        assertThat(LogseqOutline.macros("{{youtube dQw4w9WgXcQ}}"))
                .isEqualTo("<https://www.youtube.com/watch?v=dQw4w9WgXcQ>");
        assertThat(LogseqOutline.macros("Q: {{cloze brass}}")).isEqualTo("Q: brass");
        assertThat(LogseqOutline.macros("{{query (todo now)}}")).isEmpty();
        assertThat(LogseqOutline.macros("{{renderer :todomaster}} x")).isEqualTo(" x");
        assertThat(LogseqOutline.macros("{{embed [[Page]]}}")).isEqualTo("{{embed [[Page]]}}");
    }

    @Test
    void fencedCodeInsideABlockStaysAsItIs() {
        String source = "- x\n\t- ```\n\t  {{query q}}\n\t  ```\n";
        assertThat(LogseqOutline.read(source).text()).isEqualTo("- x\n  - ```\n    {{query q}}\n    ```\n");
    }

    @Test
    void plainMarkdownIsNoOutline() {
        String source = "# Title\n\nSome text.\n\n- a list\n  - nested with spaces\n";
        assertThat(LogseqOutline.isOutline(source)).isFalse();
        assertThat(LogseqOutline.read(source).text()).isEqualTo(source);
    }
}
