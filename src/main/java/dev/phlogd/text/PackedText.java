package dev.phlogd.text;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text kept deflated in memory. Every entry's plain text stays in the index for search snippets
 * and feed summaries, and at 10,000 entries it was a third of the heap; deflated it takes about
 * 2.4 times less, for a few microseconds each time it is read back.
 */
public final class PackedText {
    /** Below this many bytes deflating saves too little to be worth the time of reading it back. */
    private static final int SMALL = 160;

    // Raw deflate (no zlib header or checksum: the bytes never leave this process), the fastest
    // level: it packs these texts only 3% less tightly than the default level. One per thread
    // because a Deflater holds a quarter megabyte of native state.
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final ThreadLocal<byte[]> SPACE = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

    /** The text itself when short or when deflating did not make it smaller, else null. */
    private final String plain;
    /** The deflated UTF-8 bytes, else null. */
    private final byte[] deflated;
    /** The length of the UTF-8 bytes deflated. */
    private final int size;

    private PackedText(String plain, byte[] deflated, int size) {
        this.plain = plain;
        this.deflated = deflated;
        this.size = size;
    }

    public static PackedText of(String text) {
        Objects.requireNonNull(text);
        if (text.length() < SMALL) {
            return new PackedText(text, null, 0);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] packed = deflate(utf8);
        return packed.length < utf8.length ? new PackedText(null, packed, utf8.length) : new PackedText(text, null, 0);
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(input);
        deflater.finish();
        byte[] out = SPACE.get();
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
                SPACE.set(out);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return Arrays.copyOf(out, n);
    }

    /** The text. */
    public String text() {
        if (plain != null) {
            return plain;
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(deflated);
        byte[] out = new byte[size];
        try {
            int n = 0;
            while (n < size) {
                int got = inflater.inflate(out, n, size - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("packed text ends after " + n + " of " + size + " bytes");
                }
                n += got;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed text is damaged", e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /**
     * Writes this as it is held, for {@link #readFrom}: an index kept between runs is read back
     * without deflating every text again.
     */
    public void writeTo(DataOutput out) throws IOException {
        byte[] bytes = plain != null ? plain.getBytes(StandardCharsets.UTF_8) : deflated;
        out.writeInt(plain != null ? -1 : size);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads what {@link #writeTo} wrote, refusing a length longer than what is left of {@code in}
     * rather than trusting it.
     */
    public static PackedText readFrom(ByteBuffer in) throws IOException {
        int unpacked = in.getInt();
        int length = in.getInt();
        if (length < 0 || length > in.remaining() || unpacked < -1) {
            throw new IOException("packed text of " + length + " bytes where " + in.remaining() + " are left");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return unpacked == -1
                ? new PackedText(new String(bytes, StandardCharsets.UTF_8), null, 0)
                : new PackedText(null, bytes, unpacked);
    }

    /** How many bytes (or, for text kept as it is, characters) this holds. */
    int bytesHeld() {
        return plain != null ? plain.length() : deflated.length;
    }

    @Override
    public boolean equals(Object o) {
        // The same text always packs to the same bytes, so the packed forms can be compared.
        return o instanceof PackedText p
                && size == p.size
                && Objects.equals(plain, p.plain)
                && Arrays.equals(deflated, p.deflated);
    }

    @Override
    public int hashCode() {
        return plain != null ? plain.hashCode() : Arrays.hashCode(deflated);
    }

    @Override
    public String toString() {
        return text();
    }
}
