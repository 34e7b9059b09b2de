package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void runsOfSpacesTabsAndLineBreaksBecomeOneSpace() {
        assertThat(Whitespace.collapse("  a \t\r\n b  c\f")).isEqualTo("a b c");
        assertThat(Whitespace.collapse("one two")).isEqualTo("one two");
        assertThat(Whitespace.collapse("")).isEmpty();
        assertThat(Whitespace.collapse(" \n ")).isEmpty();
        // Not ASCII whitespace: a no-break space stays; an em space is only stripped at the ends.
        assertThat(Whitespace.collapse("a\u00A0 b")).isEqualTo("a\u00A0 b");
        assertThat(Whitespace.collapse("\u2003a\u2003\u2003b\u2003")).isEqualTo("a\u2003\u2003b");
    }

    @Property(tries = 2000)
    void isWhatTheRegularExpressionGives(@ForAll("spacedText") String s) {
        assertThat(Whitespace.collapse(s)).isEqualTo(s.replaceAll("\\s+", " ").strip());
    }

    /** Stripping first, as the HTML text did, gives the same: both ends are whitespace either way. */
    @Property(tries = 2000)
    void isWhatStrippingFirstGives(@ForAll("spacedText") String s) {
        assertThat(Whitespace.collapse(s)).isEqualTo(s.strip().replaceAll("\\s+", " "));
    }

    @Provide
    Arbitrary<String> spacedText() {
        return Arbitraries.strings()
                .withChars(
                        ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u3000', 'a', 'b', 'é', '\u1680',
                        '\u001C')
                .ofMaxLength(24);
    }
}
