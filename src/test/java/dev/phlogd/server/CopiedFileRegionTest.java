package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopiedFileRegionTest {
    @TempDir
    Path dir;

    /** Takes at most {@code limit} bytes a call, like a socket with little room. */
    private static final class Sink implements WritableByteChannel {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int limit;

        Sink(int limit) {
            this.limit = limit;
        }

        @Override
        public int write(ByteBuffer src) {
            int n = Math.min(limit, src.remaining());
            byte[] piece = new byte[n];
            src.get(piece);
            bytes.write(piece, 0, n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }

    private byte[] content(int size) throws IOException {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        Files.write(dir.resolve("f.bin"), data);
        return data;
    }

    private static byte[] sendAll(CopiedFileRegion region, Sink sink) throws IOException {
        while (region.transferred() < region.count()) {
            assertThat(region.transferTo(sink, region.transferred())).isPositive();
        }
        assertThat(region.transferTo(sink, region.transferred())).isZero();
        return sink.bytes.toByteArray();
    }

    @Test
    void sendsTheWholeFileInPiecesAndAcrossShortWrites() throws IOException {
        byte[] data = content(200_001);
        for (int limit : new int[] {1 << 20, 65_536, 10_000, 7}) {
            CopiedFileRegion region = new CopiedFileRegion(FileChannel.open(dir.resolve("f.bin")), data.length);
            assertThat(sendAll(region, new Sink(limit))).isEqualTo(data);
            assertThat(region.release()).isTrue();
        }
    }

    @Test
    void releasingClosesTheFile() throws IOException {
        content(10);
        FileChannel channel = FileChannel.open(dir.resolve("f.bin"));
        new CopiedFileRegion(channel, 10).release();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aFileThatShrankWhileSentFailsTheReply() throws IOException {
        content(100_000);
        CopiedFileRegion region = new CopiedFileRegion(FileChannel.open(dir.resolve("f.bin")), 100_000);
        try (FileChannel writer = FileChannel.open(dir.resolve("f.bin"), StandardOpenOption.WRITE)) {
            writer.truncate(70_000);
        }
        Sink sink = new Sink(1 << 20);
        assertThat(region.transferTo(sink, 0)).isEqualTo(65_536);
        assertThat(region.transferTo(sink, region.transferred())).isEqualTo(70_000 - 65_536);
        assertThatThrownBy(() -> region.transferTo(sink, region.transferred()))
                .isInstanceOf(IOException.class)
                .hasMessage("file ended after 70000 of 100000 bytes");
        region.release();
    }
}
