package dev.phlogd.index;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A strictly ascending sequence of non-negative ints kept as the gaps between them, seven bits a
 * byte. Search postings and an entry's word ids are such sequences, and their gaps are small: most
 * take one byte instead of four, which is most of the search index's memory.
 */
final class AscendingInts {
    static final byte[] EMPTY = new byte[0];

    private AscendingInts() {}

    /** The first {@code length} values of {@code ascending}, packed. */
    static byte[] pack(int[] ascending, int length) {
        if (length == 0) {
            return EMPTY;
        }
        byte[] out = new byte[packedSize(ascending, length)];
        int at = 0;
        int previous = 0;
        for (int i = 0; i < length; i++) {
            at = put(out, at, ascending[i] - previous);
            previous = ascending[i];
        }
        return out;
    }

    /** Writes {@code gap} at {@code out[at]}, seven bits a byte, low bits first; where it ends. */
    private static int put(byte[] out, int at, int gap) {
        while ((gap & ~0x7F) != 0) {
            out[at++] = (byte) (gap & 0x7F | 0x80);
            gap >>>= 7;
        }
        out[at++] = (byte) gap;
        return at;
    }

    private static int packedSize(int[] ascending, int length) {
        int size = 0;
        int previous = 0;
        for (int i = 0; i < length; i++) {
            int gap = ascending[i] - previous;
            if (gap < 0 || (i > 0 && gap == 0)) {
                throw new IllegalArgumentException("not strictly ascending at " + i);
            }
            previous = ascending[i];
            size += bytesOf(gap);
        }
        return size;
    }

    /** How many bytes {@code gap} takes packed. */
    private static int bytesOf(int gap) {
        return gap < 1 << 7 ? 1 : gap < 1 << 14 ? 2 : gap < 1 << 21 ? 3 : gap < 1 << 28 ? 4 : 5;
    }

    /** The gap packed from {@code packed[at]} on. */
    private static int gapAt(byte[] packed, int at) {
        int gap = 0;
        int shift = 0;
        int b;
        do {
            b = packed[at++];
            gap |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return gap;
    }

    /**
     * Sets the bit of every value of {@code packed} in {@code bits} ({@link BitSet#valueOf(long[])}
     * order), which must be long enough: straight into the words, because a search over a common
     * word sets ten thousand bits and BitSet checks its size on every one.
     */
    static void setAll(byte[] packed, long[] bits) {
        int value = 0;
        for (int at = 0; at < packed.length; ) {
            int gap = gapAt(packed, at);
            at += bytesOf(gap);
            value += gap;
            bits[value >>> 6] |= 1L << value;
        }
    }

    /** Packs a sequence as its values come, ascending, without holding them as ints first. */
    static final class Builder {
        private byte[] bytes = new byte[4];
        private int size;
        private int previous;

        /** Adds {@code value}, which must be above every value added before (or the first, at least 0). */
        void add(int value) {
            int gap = value - previous;
            if (gap < 0 || (size > 0 && gap == 0)) {
                throw new IllegalArgumentException("not strictly ascending: " + value + " after " + previous);
            }
            previous = value;
            if (size + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            size = put(bytes, size, gap);
        }

        byte[] toArray() {
            return size == 0 ? EMPTY : Arrays.copyOf(bytes, size);
        }

        /**
         * Adds {@code value} to {@code builders[id]} for every id in {@code packed}, making the
         * builders that are missing: postings from an entry's word ids, without unpacking them
         * into an array for each entry (that was a third of what a rebuild allocated).
         */
        static void addToEach(byte[] packed, Builder[] builders, int value) {
            int id = 0;
            for (int at = 0; at < packed.length; ) {
                int gap = gapAt(packed, at);
                at += bytesOf(gap);
                id += gap;
                if (builders[id] == null) {
                    builders[id] = new Builder();
                }
                builders[id].add(value);
            }
        }
    }
}
