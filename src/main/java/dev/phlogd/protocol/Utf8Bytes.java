package dev.phlogd.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array that strings are appended to as UTF-8, each as {@code String.getBytes(UTF_8)}
 * encodes it (an unpaired surrogate becomes {@code ?}). A menu is written in one pass this way,
 * instead of into one long string that is then copied, checked and encoded again: one string with
 * a single {@code ↳} in it is encoded a char at a time, while the JDK copies the bytes of an ASCII
 * string as they are.
 */
final class Utf8Bytes {
    private byte[] bytes;
    private int size;

    Utf8Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    Utf8Bytes append(String s) {
        return append(s.getBytes(StandardCharsets.UTF_8));
    }

    Utf8Bytes append(byte[] utf8) {
        return append(utf8, utf8.length);
    }

    /** The first {@code length} bytes of {@code utf8}. */
    Utf8Bytes append(byte[] utf8, int length) {
        room(length);
        System.arraycopy(utf8, 0, bytes, size, length);
        size += length;
        return this;
    }

    Utf8Bytes append(char c) {
        if (c < 0x80) {
            room(1);
            bytes[size++] = (byte) c;
            return this;
        }
        return append(String.valueOf(c));
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /**
     * Whether UTF-8 text holds a control character ({@code CleanText.isControl}: C0, DEL, C1).
     * Checked on the encoded bytes, which a menu needs anyway, rather than on the string's chars: a
     * C1 control is the only character encoded with a lead byte {@code C2} and a second byte below
     * {@code A0}.
     */
    static boolean hasControls(byte[] utf8) {
        for (int i = 0, n = utf8.length; i < n; i++) {
            byte b = utf8[i];
            if ((b >= 0 && (b < 0x20 || b == 0x7F))
                    || (b == (byte) 0xC2 && i + 1 < n && utf8[i + 1] >= (byte) 0x80 && utf8[i + 1] < (byte) 0xA0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every byte is a printable ASCII character (space to tilde). */
    static boolean isPrintableAscii(byte[] utf8) {
        for (byte b : utf8) {
            // Negative bytes (above 0x7F) are below 0x20 as signed values.
            if (b < 0x20 || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** At least {@code n} more bytes of room. */
    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n + 16));
        }
    }
}
