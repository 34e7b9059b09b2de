package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.support.GopherClient;
import dev.phlogd.support.LeakWatch;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that listens before its request handler is built: clients polling a start-up. */
class StartingServerIT {
    @TempDir
    Path root;

    @Test
    void aClientThatConnectsBeforeTheHandlerIsBuiltGetsTheHandlersReply() throws Exception {
        ServerConfig config = ServerConfig.from(Map.of(
                Setting.ROOT, root.toString(),
                Setting.BIND, "127.0.0.1",
                Setting.PORT, "0",
                Setting.RATE_LIMIT, "0"));
        byte[] answer = "ready\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);
        CountDownLatch asked = new CountDownLatch(1);
        CompletableFuture<byte[]> early = new CompletableFuture<>();
        GopherServer server = GopherServer.start(config, port -> {
            // The socket listens already: a client connects and sends its selector now, while
            // the handler is still being built (in phlogd, the router over the index).
            new Thread(() -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                            s.setSoTimeout(10_000);
                            s.getOutputStream().write("\r\n".getBytes(StandardCharsets.US_ASCII));
                            asked.countDown();
                            early.complete(GopherClient.readAll(s.getInputStream()));
                        } catch (Exception e) {
                            asked.countDown();
                            early.completeExceptionally(e);
                        }
                    })
                    .start();
            try {
                assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
                // Long enough for an accepted connection's request to reach a pipeline.
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return request -> new Reply.Data(Outcome.TEXT, answer);
        });
        try {
            assertThat(early.get(10, TimeUnit.SECONDS)).isEqualTo(answer);
            assertThat(GopherClient.fetch(server.port(), "")).isEqualTo(answer);
        } finally {
            server.stop(java.time.Duration.ZERO);
        }
        LeakWatch.assertNoLeaks();
    }
}
