package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.Setting;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.TestServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load over real sockets on loopback, bounded in count and time. */
class ManyClientsIT {
    @TempDir
    Path tmp;

    @Test
    void aThousandConcurrentClientsAllGetCompleteCorrectReplies() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.writeString(hole.resolve("2024-05-01-hello.md"), "# Hello\n\n" + "A line of text. ".repeat(400) + "\n");
        try (TestServer server = TestServer.start(hole, Map.of(Setting.MAX_CONNECTIONS, "2000"))) {
            int port = server.port();
            String expected = GopherClient.fetchText(port, "/2024-05-01-hello");
            int clients = 1000;
            List<SocketChannel> channels = new ArrayList<>();
            Map<SocketChannel, java.io.ByteArrayOutputStream> replies = new HashMap<>();
            try (Selector selector = Selector.open()) {
                for (int i = 0; i < clients; i++) {
                    SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                    channels.add(ch);
                }
                // Every client is connected before any sends: they are all open at once.
                for (SocketChannel ch : channels) {
                    ch.write(ByteBuffer.wrap("/2024-05-01-hello\r\n".getBytes(StandardCharsets.US_ASCII)));
                    ch.configureBlocking(false);
                    ch.register(selector, SelectionKey.OP_READ);
                    replies.put(ch, new java.io.ByteArrayOutputStream());
                }
                int open = clients;
                ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
                long end = System.nanoTime() + 60_000_000_000L;
                while (open > 0 && System.nanoTime() < end) {
                    selector.select(1000);
                    for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                        SelectionKey key = it.next();
                        it.remove();
                        SocketChannel ch = (SocketChannel) key.channel();
                        buf.clear();
                        int n = ch.read(buf);
                        if (n < 0) {
                            key.cancel();
                            ch.close();
                            open--;
                        } else {
                            replies.get(ch).write(buf.array(), 0, n);
                        }
                    }
                }
            } finally {
                for (SocketChannel ch : channels) {
                    ch.close();
                }
            }
            long complete = replies.values().stream()
                    .filter(r -> r.toString(StandardCharsets.UTF_8).equals(expected))
                    .count();
            assertThat(complete).isEqualTo(clients);
        }
    }

    @Test
    void aClientThatReadsOneBytePerSecondDoesNotHoldUpOthers() throws Exception {
        Path hole = Files.createDirectories(tmp.resolve("hole"));
        Files.write(hole.resolve("big.bin"), new byte[8 << 20]);
        Files.write(hole.resolve("small.bin"), "small\n".getBytes(StandardCharsets.US_ASCII));
        try (TestServer server = TestServer.start(hole, Map.of())) {
            int port = server.port();
            try (java.net.Socket slow = new java.net.Socket()) {
                slow.setReceiveBufferSize(1024);
                slow.connect(new InetSocketAddress("127.0.0.1", port));
                slow.getOutputStream().write("/big.bin\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = slow.getInputStream();
                for (int i = 0; i < 3; i++) {
                    in.read();
                    long start = System.nanoTime();
                    assertThat(GopherClient.fetchText(port, "/small.bin")).isEqualTo("small\n");
                    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
                    Thread.sleep(1000);
                }
            }
        }
    }
}
