package dev.phlogd.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.text.CleanText;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.LineBreaker;

/** What every rendered entry must satisfy, whatever its source. */
public final class RenderInvariants {
    private RenderInvariants() {}

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * No CR, NUL or other control character; no line wider than {@code width}, unless it is one
     * stretch without a break opportunity (after its quote and list prefixes), a line of code copied from the source,
     * or a source line copied whole (a body that is one block of preformatted text).
     */
    public static void check(String text, int width, String source) {
        // As the parser reads it: every U+FEFF (a byte order mark, wherever it is) is dropped.
        String expandedSource = CleanText.lines(
                source.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n'));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(c == '\n' || !CleanText.isControl(c))
                    .as("control character U+%04X at %d", (int) c, i)
                    .isTrue();
        }
        for (String line : text.split("\n", -1)) {
            if (DisplayWidth.of(line) <= width) {
                continue;
            }
            String token = line.replaceFirst("^(?:\\s*(?:>\\s?|[-*+]\\s|\\d+[.)]\\s|\\[[ x]\\]\\s|#{3,6}\\s))*", "")
                    .replaceFirst("^\\s*\\[\\d+\\]\\s*", "")
                    .replaceFirst("\\s*\\[\\d+\\]$", "")
                    .strip();
            boolean singleToken = !token.isEmpty() && !LineBreaker.canBreak(token);
            // Code keeps its words as written, indented at least four columns inside any quote marks;
            // its TABs may expand from another column than in the source, so spacing is not compared.
            String inContainers = line.replaceFirst("^(?:>\\s?|\\s*[-*+]\\s|\\s*\\d+[.)]\\s|\\s*\\[[ x]\\]\\s)*", "");
            boolean codeLine = line.contains("    ") && flat(expandedSource).contains(flat(inContainers))
                    || java.util.Arrays.stream(expandedSource.split("\n")).anyMatch(l -> flat(l).equals(flat(line)));
            assertThat(singleToken || codeLine)
                    .as("line wider than %d: [%s]", width, line)
                    .isTrue();
        }
    }
}
