package dev.phlogd.menu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.page.Kind;
import dev.phlogd.page.MenuLine;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.support.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class GophermapTest {
    private static final String MAP = String.join(
            "\n",
            "!Welcome to the hole",
            "# a comment that is not shown",
            "Plain text becomes an info line.",
            "",
            "0About this hole\tabout.txt",
            "1Older posts\t../archive/",
            "0Absolute\t/notes/x.md",
            "1Floodgap\t/\tgopher.floodgap.com\t70",
            "1Other port\t/\tgopher.example\t",
            "hA web page\tURL:https://example.org/",
            "-secret.txt",
            "*",
            "--------------------",
            "Zbroken type\tx",
            "0bad port\tx\thost\tseventy",
            "\tno type at all",
            "iinfo with tabs\tignored\tnull\t0",
            ".",
            "after the end: never shown");

    private static final List<MenuLine> LISTING = List.of(
            MenuLine.local(Kind.MENU, "2024/", "/phlog/2024/"),
            MenuLine.local(Kind.TEXT, "hello.md", "/phlog/hello.md"));

    @Test
    void handWrittenMapWithListingRelativeSelectorsAndBrokenLines() {
        Gophermap map = Gophermap.parse(MAP, "/phlog/");
        assertThat(map.title()).hasValue("Welcome to the hole");
        assertThat(map.hidden()).containsExactly("secret.txt");
        List<MenuLine> items =
                FolderMenu.fromGophermap(map, block -> block == Gophermap.Generated.LISTING ? LISTING : List.of());
        GoldenFiles.assertMatches("menus/handwritten.gophermap", MenuFormat.format(items, "localhost", 7070));
    }

    @Test
    void relativeSelectorsResolveAgainstTheFolderWithoutClimbingAboveTheRoot() {
        assertThat(Gophermap.resolve("/phlog/", "a.txt")).isEqualTo("/phlog/a.txt");
        assertThat(Gophermap.resolve("/phlog/", "../b/")).isEqualTo("/b/");
        assertThat(Gophermap.resolve("/phlog/", "../../../../etc/passwd")).isEqualTo("/etc/passwd");
        assertThat(Gophermap.resolve("/", "./x")).isEqualTo("/x");
        assertThat(Gophermap.resolve("/phlog/", "URL:https://x.org/../y")).isEqualTo("URL:https://x.org/../y");
    }

    @Test
    void itemWithoutSelectorUsesItsDisplayAsRelativeSelector() {
        Gophermap map = Gophermap.parse("0notes.txt\t\n", "/a/");
        assertThat(map.elements())
                .containsExactly(new Gophermap.Line(MenuLine.local(Kind.TEXT, "notes.txt", "/a/notes.txt")));
    }

    @Test
    void emptyMapGivesAnEmptyMenuWithOneInfoLine() {
        assertThat(FolderMenu.fromGophermap(Gophermap.parse("", "/"), b -> List.of()))
                .containsExactly(MenuLine.text("This folder is empty."));
    }

    @Test
    void crlfMapIsReadAfterDecoding() {
        Gophermap map = Gophermap.parse(dev.phlogd.text.TextDecoder.decode("hello\r\n*\r\n".getBytes()), "/");
        assertThat(map.elements())
                .containsExactly(
                        new Gophermap.Line(MenuLine.text("hello")), new Gophermap.Block(Gophermap.Generated.LISTING));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            iThis is my corner  | This is my corner
            i2024 was a year    | 2024 was a year
            i---                | ---
            i                   | ''
            in the morning      | in the morning
            i am here           | i am here
            Plain prose         | Plain prose
            """)
    void anIWrittenBeforeInfoTextIsNotShown(String line, String shown) {
        assertThat(MapLine.infoText(line)).isEqualTo(shown);
    }
}
