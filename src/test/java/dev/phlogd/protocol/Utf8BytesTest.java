package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.text.CleanText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The menu's buffer writes each string exactly as {@code String.getBytes(UTF_8)} does, and finds controls in it. */
class Utf8BytesTest {
    @Property(tries = 2000)
    void encodesAsTheJdkDoes(@ForAll("pieces") List<String> pieces) {
        Utf8Bytes out = new Utf8Bytes(1);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        for (String p : pieces) {
            if (p.length() == 1) {
                out.append(p.charAt(0));
            } else {
                out.append(p);
            }
            // Each string on its own: halves of a pair in two appends are two lone surrogates.
            expected.writeBytes(p.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Property(tries = 3000)
    void findsAControlInTheBytesWhenTheStringHasOne(@ForAll("controlsAmongOthers") String s) {
        boolean expected = s.chars().anyMatch(c -> CleanText.isControl((char) c));
        assertThat(Utf8Bytes.hasControls(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> controlsAmongOthers() {
        // C0, DEL, C1 and their neighbours; U+00A0 and Â (C2 A0, C3 82) are the nearest bytes that
        // are no control; a lone surrogate is written as '?'.
        return Arbitraries.strings()
                .withChars("a \u0000\u001F\u0020\u007E\u007F\u0080\u009F\u00A0\u00C2é\u0100\u2028日\uD83D")
                .ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        // ASCII, two- and three-byte characters, pairs, and surrogates standing alone (even split
        // across two appends), which the JDK writes as '?'.
        Arbitrary<String> piece = Arbitraries.of(
                "a",
                "\t",
                "\r\n",
                "é",
                "ß",
                "↳",
                "…",
                "日本",
                "\uD83D\uDE00",
                "\uD83D",
                "\uDE00",
                "x\uD83Dy",
                "\u07FF",
                "\u0800",
                "\uFFFF",
                "plain words ",
                // Wide characters followed by many narrow ones in one string: the room made for
                // one byte per char runs out unless it is made again after each wide one.
                "é and then a long run of plain words",
                "日本語 and more plain words after them",
                "\uD83D\uDE00 then words",
                "↳ 3 links and a long tail of ascii text");
        return piece.list().ofMaxSize(40);
    }
}
