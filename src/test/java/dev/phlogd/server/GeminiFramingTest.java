package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.support.LeakWatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Gemini stages behind TLS on an {@link EmbeddedChannel}: the request line framed with CRLF
 * only and 1024 bytes at most, parsed as a URL; and cached replies written as duplicates of one
 * direct copy, byte for byte, without leaks.
 */
class GeminiFramingTest {
    @AfterAll
    static void noLeaks() {
        LeakWatch.assertNoLeaks();
    }

    private static Object frame(String... pieces) {
        EmbeddedChannel ch = new EmbeddedChannel(
                RequestReader.gemini(java.util.concurrent.TimeUnit.SECONDS.toNanos(10), AccessLog.plain()));
        for (String piece : pieces) {
            ch.writeInbound(Unpooled.copiedBuffer(piece, StandardCharsets.UTF_8));
        }
        Object request = ch.readInbound();
        ch.finishAndReleaseAll();
        return request;
    }

    @Test
    void aUrlInPiecesIsFramedAndParsed() {
        Object r = frame("gemini://h.example/ph", "log/%E2%9C%93?a%20b\r", "\n");
        assertThat(r).isInstanceOf(Request.Gemini.class);
        Request.Gemini g = (Request.Gemini) r;
        assertThat(g.host()).isEqualTo("h.example");
        assertThat(g.path()).isEqualTo("/phlog/✓");
        assertThat(g.query()).isEqualTo("a b");
    }

    @Test
    void aBareLineFeedIsRefused() {
        assertThat(frame("gemini://h.example/\n")).isEqualTo(new Request.Invalid("Request must end with CRLF"));
    }

    @Test
    void aUrlOverTheLimitIsRefusedBeforeItsEnd() {
        Object r = frame("gemini://h.example/" + "x".repeat(1100));
        assertThat(r).isInstanceOf(Request.Invalid.class);
        assertThat(((Request.Invalid) r).reason()).contains("1024");
        assertThat(frame("gemini://h.example/" + "x".repeat(1024 - 19) + "\r\n"))
                .isInstanceOf(Request.Gemini.class);
    }

    @Test
    void aKeptReplyGoesOutAsTheSameBytesEveryTime() {
        byte[] page = ("20 text/gemini; charset=utf-8\r\n" + "# Page\n".repeat(500)).getBytes(StandardCharsets.UTF_8);
        EmbeddedChannel ch = new EmbeddedChannel(new io.netty.channel.ChannelInboundHandlerAdapter());
        for (int i = 0; i < 3; i++) {
            ReplyWriter.writeAndFlush(ch.pipeline().firstContext(), new Reply.Data(Outcome.MENU, page, true));
            ByteBuf out = ch.readOutbound();
            byte[] sent = new byte[out.readableBytes()];
            out.readBytes(sent);
            out.release();
            assertThat(sent).isEqualTo(page);
        }
        ch.finishAndReleaseAll();
        // The copies belong to the thread; an event loop's are released when it ends, as here.
        io.netty.util.concurrent.FastThreadLocal.removeAll();
    }
}
