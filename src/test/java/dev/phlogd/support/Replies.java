package dev.phlogd.support;

import dev.phlogd.protocol.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** A router's reply as the bytes a client would receive: its data, or a file's header and the file. */
public final class Replies {
    private Replies() {}

    /** The whole reply; a file's channel is read to its end and closed. */
    public static byte[] bytes(Reply reply) {
        if (!(reply instanceof Reply.File file)) {
            return ((Reply.Data) reply).bytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(file.header());
        try (var channel = file.channel()) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            while (channel.read(buffer) > 0) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
