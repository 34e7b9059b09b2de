package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The menu's one-pass encoder writes each string exactly as {@code String.getBytes(UTF_8)} does. */
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
