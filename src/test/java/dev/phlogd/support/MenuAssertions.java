package dev.phlogd.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks that a reply is a well-formed Gopher menu and picks it apart. */
public final class MenuAssertions {
    private MenuAssertions() {}

    /** A parsed menu line. */
    public record Line(char type, String display, String selector, String host, String port) {}

    /**
     * Asserts CRLF line ends, four TAB-separated fields on every line, display strings within 67
     * columns and a final {@code .} line; returns the items.
     */
    public static List<Line> assertWellFormedMenu(String reply) {
        assertThat(reply).endsWith("\r\n.\r\n");
        assertThat(reply.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = GopherClient.menuLines(reply);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(".");
        List<Line> items = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] f = line.split("\t", -1);
            assertThat(f).as("fields of menu line [%s]", line).hasSize(4);
            assertThat(f[0]).as("type and display of [%s]", line).isNotEmpty();
            assertThat(dev.phlogd.text.DisplayWidth.of(f[0].substring(1)))
                    .as("display width of [%s]", line)
                    .isLessThanOrEqualTo(67);
            assertThat(f[3]).as("port of [%s]", line).matches("\\d+");
            items.add(new Line(f[0].charAt(0), f[0].substring(1), f[1], f[2], f[3]));
        }
        return items;
    }
}
