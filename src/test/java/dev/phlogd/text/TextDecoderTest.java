package dev.phlogd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8WithBomAndCrlf() {
        byte[] bytes = "\uFEFFcafé\r\nline\rend".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("café\nline\nend");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() {
        byte[] latin = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0x80};
        assertThat(TextDecoder.decode(latin)).isEqualTo("café “q” €");
    }

    @Test
    void undefinedWindows1252BytesNeverBecomeReplacementCharacters() {
        String s = TextDecoder.decode(new byte[] {'a', (byte) 0x81, (byte) 0x8D, (byte) 0xFF});
        assertThat(s).doesNotContain("\uFFFD").startsWith("a").endsWith("ÿ");
    }

    @Test
    void aReplacementCharacterTheWriterTypedIsKept() {
        byte[] bytes = "broken \uFFFD glyph, café 🌊".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("broken \uFFFD glyph, café 🌊");
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        // CESU-8 / modified UTF-8 for U+D83C: the JDK's lenient decoding makes it U+FFFD.
        byte[] cesu = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0xBC, 'b'};
        assertThat(TextDecoder.decode(cesu)).isEqualTo("a\u00ED\u00A0\u00BCb");
    }

    @Test
    void utf16WithBom() {
        byte[] le = "\uFEFFhi 世界".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(le)).isEqualTo("hi 世界");
        byte[] be = "\uFEFFhi".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(be)).isEqualTo("hi");
    }

    @Test
    void cleanTextExpandsTabsAndDropsControls() {
        assertThat(CleanText.line("a\tb\u0000c\u001b[1m")).isEqualTo("a       bc[1m");
        assertThat(CleanText.lines("x\ty\nz\u0085")).isEqualTo("x       y\nz");
    }
}
