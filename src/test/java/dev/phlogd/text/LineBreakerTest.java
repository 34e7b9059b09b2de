package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    @Test
    void fitsOnOneLine() {
        assertThat(LineBreaker.wrap("short line", 70)).containsExactly("short line");
    }

    @Test
    void exactlyTheWidthStaysOnOneLine() {
        String s = "a".repeat(30) + " " + "b".repeat(39);
        assertThat(s).hasSize(70);
        assertThat(LineBreaker.wrap(s, 70)).containsExactly(s);
        assertThat(LineBreaker.wrap(s + "c", 70)).containsExactly("a".repeat(30), "b".repeat(39) + "c");
    }

    @Test
    void greedyFillAtSpaces() {
        assertThat(LineBreaker.wrap("the quick brown fox jumps over the lazy dog", 15))
                .containsExactly("the quick brown", "fox jumps over", "the lazy dog");
    }

    @Test
    void neverSplitsHyphenatedWordsOrUrls() {
        List<String> lines = LineBreaker.wrap("see state-of-the-art https://example.org/a-very/long-path?x=1 now", 19);
        assertThat(lines).containsExactly("see", "state-of-the-art", "https://example.org/a-very/long-path?x=1", "now");
    }

    @Test
    void longWordSitsAloneOnItsLine() {
        String url = "https://example.org/" + "x".repeat(80);
        assertThat(LineBreaker.wrap("before " + url + " after", 30)).containsExactly("before", url, "after");
    }

    @Test
    void trailingSpacesAreDropped() {
        assertThat(LineBreaker.wrap("one two   three   ", 8)).containsExactly("one two", "three");
    }

    @Test
    void forcedBreaksAndEmptyLines() {
        assertThat(LineBreaker.wrap("a\n\nb", 70)).containsExactly("a", "", "b");
    }

    @Test
    void chineseBreaksBetweenIdeographsCountingTwoColumns() {
        String text = "我今天去公园跑步了，感觉非常好。然后回家写了一篇博客文章。";
        List<String> lines = LineBreaker.wrap(text, 20);
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(20));
        assertThat(String.join("", lines)).isEqualTo(text);
        // Kinsoku: a line never starts with a closing ideographic comma or full stop.
        assertThat(lines).noneMatch(l -> l.startsWith("，") || l.startsWith("。"));
    }

    @Test
    void mixedLatinAndChineseKeepsLatinWordsWhole() {
        List<String> lines = LineBreaker.wrap("我们用 ChatGPT 和 LLaMa 模型做了实验，结果很好", 12);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("我们用ChatGPT和LLaMa模型做了实验，结果很好");
        assertThat(lines).anyMatch(l -> l.contains("ChatGPT"));
        assertThat(lines).anyMatch(l -> l.contains("LLaMa"));
    }

    @Test
    void koreanBreaksAtSpacesOnly() {
        List<String> lines = LineBreaker.wrap("한국어 문장은 띄어쓰기로 줄을 바꿉니다", 14);
        assertThat(lines).containsExactly("한국어 문장은", "띄어쓰기로", "줄을 바꿉니다");
    }

    @Test
    void emojiCountTwoColumns() {
        List<String> lines = LineBreaker.wrap("🎉🎉🎉 party 👩‍👩‍👧 family 🇯🇵 flag", 12);
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(12));
        assertThat(lines).anyMatch(l -> l.contains("👩‍👩‍👧"));
    }

    @Test
    void gluedReferenceMarkStaysWithItsWord() {
        TextRun run = new TextRun()
                .text("a link to the harbour office")
                .glue()
                .text(" ")
                .glue()
                .atomic("[1]")
                .text(" and more words");
        List<String> lines = run.wrap(30);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotStartWith("[1]"));
        assertThat(String.join(" ", lines)).contains("office [1]");
    }
}
