package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.text.CleanText;
import dev.phlogd.text.DisplayWidth;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MenuFormatTest {
    private static String format(MenuLine... items) {
        return new String(MenuFormat.format(List.of(items), "gopher.example", 7070), StandardCharsets.UTF_8);
    }

    @Test
    void aMenuOfWideCharactersComesOutWhole() {
        // Three bytes a character, far past the room a menu of short ASCII lines is given.
        String wide = "日本語の日記".repeat(5);
        MenuLine[] lines = new MenuLine[40];
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            lines[i] = MenuLine.local(Kind.TEXT, wide + i, "/日記/" + wide + i);
            expected.append('0')
                    .append(MenuFormat.display(wide + i))
                    .append("\t/日記/")
                    .append(wide)
                    .append(i)
                    .append("\tgopher.example\t7070\r\n");
        }
        assertThat(format(lines)).isEqualTo(expected + ".\r\n");
    }

    @Test
    void localItemsGetTheServersHostAndPort() {
        assertThat(format(MenuLine.local(Kind.TEXT, "About", "/about.txt")))
                .isEqualTo("0About\t/about.txt\tgopher.example\t7070\r\n.\r\n");
    }

    @Test
    void infoAndErrorLinesCarryAllFourFields() {
        assertThat(format(MenuLine.text("Hello"), MenuLine.error("Oops")))
                .isEqualTo("iHello\t\tnull.host\t1\r\n3Oops\t\tnull.host\t1\r\n.\r\n");
    }

    @Test
    void remoteItemsKeepTheirHost() {
        assertThat(format(MenuLine.remote(Kind.MENU, "Floodgap", "gopher.floodgap.com", 70, "/")))
                .isEqualTo("1Floodgap\t/\tgopher.floodgap.com\t70\r\n.\r\n");
    }

    @Test
    void displayStringsLoseTabsAndLineBreaks() {
        assertThat(format(MenuLine.text("a\tb\r\nc\u0007d"))).startsWith("ia b  cd\t");
    }

    @Test
    void displayStringsAreCutTo67Columns() {
        String line = format(MenuLine.text("x".repeat(100)));
        String display = line.substring(1, line.indexOf('\t'));
        assertThat(DisplayWidth.of(display)).isEqualTo(67);
        assertThat(display).endsWith("…");
    }

    @Test
    void wideCharactersCountTwoColumnsWhenCutting() {
        String line = format(MenuLine.text("日本語".repeat(30)));
        String display = line.substring(1, line.indexOf('\t'));
        assertThat(DisplayWidth.of(display)).isLessThanOrEqualTo(67);
        assertThat(display).startsWith("日本語日本語");
    }

    @Test
    void parsedBackEveryLineHasItsFields() {
        MenuLine item = MenuLine.local(Kind.IMAGE, "A cat", "/img/cat.jpg");
        String line = format(item).split("\r\n")[0];
        String[] f = line.split("\t", -1);
        assertThat(MenuLine.remote(
                        ItemType.of(f[0].charAt(0)).orElseThrow().kind(),
                        f[0].substring(1),
                        f[2],
                        Integer.parseInt(f[3]),
                        f[1]))
                .isEqualTo(MenuLine.remote(Kind.IMAGE, "A cat", "gopher.example", 7070, "/img/cat.jpg"));
    }

    @Test
    void webLinksBecomeHItemsWithAUrlSelector() {
        assertThat(format(MenuLine.web("Example", "https://example.org/")))
                .isEqualTo("hExample\tURL:https://example.org/\tgopher.example\t7070\r\n.\r\n");
    }

    @Property(tries = 2000)
    void anItemIsItsCleanedFieldsWhateverTheyHold(
            @ForAll("labels") String label, @ForAll("labels") String selector, @ForAll("labels") String host) {
        String expected = "1" + MenuFormat.display(label) + "\t" + CleanText.label(selector)
                + "\tgopher.example\t7070\r\n"
                + "h" + MenuFormat.display(label) + "\t" + CleanText.label("URL:" + selector)
                + "\tgopher.example\t7070\r\n"
                + "1" + MenuFormat.display(label) + "\t" + CleanText.label(selector) + "\t" + CleanText.label(host)
                + "\t70\r\n"
                + "i" + CleanText.label(label).stripTrailing() + "\t\tnull.host\t1\r\n"
                + ".\r\n";
        assertThat(MenuFormat.format(
                        List.of(
                                MenuLine.local(Kind.MENU, label, selector),
                                MenuLine.web(label, selector),
                                MenuLine.remote(Kind.MENU, label, host, 70, selector),
                                MenuLine.asWritten(label)),
                        "gopher.example",
                        7070))
                .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> labels() {
        // Controls (TAB, CR, LF, DEL, C1), trailing spaces, wide and combining characters, lone
        // surrogates, and lengths on both sides of the display width.
        Arbitrary<String> piece = Arbitraries.of(
                "a",
                " ",
                "\t",
                "\r\n",
                "\u007F",
                "\u0085",
                "\u00A0",
                "é",
                "e\u0301",
                "日",
                "↳",
                "…",
                "\uD83D\uDE00",
                "\uD83D",
                "plain words",
                "a much longer run of plain words to pass the width");
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
