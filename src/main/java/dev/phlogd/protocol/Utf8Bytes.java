package dev.phlogd.protocol;

import java.util.Arrays;

/**
 * A growing byte array that strings are appended to as UTF-8, each exactly as
 * {@code String.getBytes(UTF_8)} would encode it (an unpaired surrogate becomes {@code ?}, also
 * when the other half comes in the next string). A menu is written in one pass this way, instead
 * of into a string that is then copied, checked and encoded again.
 */
final class Utf8Bytes {
    private byte[] bytes;
    private int size;

    Utf8Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    Utf8Bytes append(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else {
                i = appendWide(s, i, c);
            }
        }
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
     * Encodes the character at {@code i} (not ASCII) and returns the index of its last char. It
     * takes more bytes than the one per char {@link #append(String)} made room for, so room is
     * made again for it and for every char still to come.
     */
    private int appendWide(String s, int i, char c) {
        room(4 + s.length() - i);
        if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return i + 1;
            }
            bytes[size++] = '?';
            return i;
        }
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    /** At least {@code n} more bytes of room. */
    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n + 16));
        }
    }
}
