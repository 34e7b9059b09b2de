package dev.phlogd.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a journal file's bytes into text: UTF-8 (a byte-order mark is dropped), UTF-16 when a
 * UTF-16 byte-order mark says so, and Windows-1252 for anything that is not valid UTF-8, so a
 * Latin-1 file written by an old editor reads right. Never yields replacement characters and never
 * throws. Line ends (CRLF, lone CR, U+2028, U+2029) all become LF.
 */
public final class TextDecoder {
    private static final char[] WINDOWS_1252 = windows1252Table();

    private TextDecoder() {}

    /** The text of {@code bytes}, line ends normalised to LF. */
    public static String decode(byte[] bytes) {
        return normalizeLineEnds(decodeRaw(bytes));
    }

    private static String decodeRaw(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        // The JDK's own decoding is a copy for ASCII and several times cheaper than a decoder
        // object; it replaces what is not UTF-8 with U+FFFD, so only a text holding one is
        // decoded again strictly, to tell a Windows-1252 file from one that really holds U+FFFD.
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            CharBuffer chars = utf8().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return windows1252(bytes, offset);
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String windows1252(byte[] bytes, int offset) {
        char[] out = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            out[i - offset] = WINDOWS_1252[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    /**
     * Windows-1252 as the JDK defines it, except that the five bytes it leaves undefined map to
     * the Latin-1 control characters of the same value (later dropped as controls) instead of
     * U+FFFD.
     */
    private static char[] windows1252Table() {
        Charset cp1252 = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            table[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
        return table;
    }

    /** CRLF, lone CR, LINE SEPARATOR and PARAGRAPH SEPARATOR become LF. */
    public static String normalizeLineEnds(String s) {
        if (s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
