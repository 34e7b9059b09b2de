package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.config.Setting;
import dev.phlogd.page.MenuLine;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.support.LeakWatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The production pipeline on an {@link EmbeddedChannel}, with a handler that echoes the request. */
class GopherPipelineTest {
    private final List<Request> seen = new ArrayList<>();
    private EmbeddedChannel channel;

    private EmbeddedChannel open(Map<Setting, String> settings) throws Exception {
        ServerConfig config = ServerConfig.from(settings);
        RequestHandler echo = request -> {
            seen.add(request);
            String text = request instanceof Request.Gopher g
                    ? "selector=[" + g.selector() + "] fields=" + g.fields()
                    : String.valueOf(request);
            if (request instanceof Request.Gopher g && g.selector().startsWith("/big")) {
                return new Reply.Data(Outcome.TEXT, new byte[(int) DispatchHandler.TAKEN_WHOLE + 1]);
            }
            if (request instanceof Request.Invalid invalid) {
                return new Reply.Data(
                        Outcome.ERROR, MenuFormat.format(List.of(MenuLine.error(invalid.reason())), "h", 70));
            }
            return new Reply.Data(Outcome.MENU, MenuFormat.format(List.of(MenuLine.text(text)), "h", 70));
        };
        GopherChannelInitializer initializer = new GopherChannelInitializer(config, () -> echo, null);
        channel = new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                initializer.configure(ch.pipeline());
            }
        });
        return channel;
    }

    private EmbeddedChannel open() throws Exception {
        return open(Map.of());
    }

    @AfterEach
    void finish() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
    }

    @AfterAll
    static void noLeaks() {
        LeakWatch.assertNoLeaks();
    }

    private static ByteBuf bytes(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.ISO_8859_1);
    }

    private static String drain(EmbeddedChannel ch) {
        StringBuilder out = new StringBuilder();
        for (Object msg; (msg = ch.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) msg;
            out.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return out.toString();
    }

    @Test
    void crlfRequestInTwoFragmentsIsAnsweredAndClosed() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("/2024/05"));
        assertThat(seen).isEmpty();
        assertThat(ch.isOpen()).isTrue();
        ch.writeInbound(bytes("/01\r\n"));
        assertThat(drain(ch)).isEqualTo("iselector=[/2024/05/01] fields=[]\t\tnull.host\t1\r\n.\r\n");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void requestSentByteByByteIsFramed() throws Exception {
        EmbeddedChannel ch = open();
        for (char c : "/a/b\r\n".toCharArray()) {
            ch.writeInbound(bytes(String.valueOf(c)));
        }
        assertThat(seen).containsExactly(Request.Gopher.of("/a/b"));
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void bareLineFeedEndsTheRequestToo() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("/phlog\n"));
        assertThat(seen).containsExactly(Request.Gopher.of("/phlog"));
    }

    @Test
    void emptyLineIsTheRootSelector() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("\r\n"));
        assertThat(seen).containsExactly(Request.Gopher.of(""));
    }

    @Test
    void tabFieldsAreSplitOff() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("/search\thello world\t+\r\n"));
        assertThat(seen).containsExactly(new Request.Gopher("/search", List.of("hello world", "+")));
    }

    @Test
    void utf8SearchStringSurvives() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(Unpooled.copiedBuffer("/s\thello 世界\r\n", StandardCharsets.UTF_8));
        assertThat(seen).containsExactly(new Request.Gopher("/s", List.of("hello 世界")));
    }

    @Test
    void overLongLineGetsAnErrorWithoutWaitingForItsEnd() throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.MAX_REQUEST_BYTES, "100"));
        ch.writeInbound(bytes("/" + "a".repeat(150)));
        assertThat(drain(ch))
                .startsWith("3Request too long (the limit is 100 bytes)\t")
                .endsWith(".\r\n");
        assertThat(ch.isOpen()).isFalse();
        assertThat(seen).singleElement().isInstanceOf(Request.Invalid.class);
    }

    @Test
    void overLongLineWithItsEndInTheSameReadIsRejectedToo() throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.MAX_REQUEST_BYTES, "100"));
        ch.writeInbound(bytes("/" + "a".repeat(120) + "\r\n"));
        assertThat(drain(ch)).startsWith("3Request too long");
    }

    @Test
    void lineOfExactlyTheLimitIsAccepted() throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.MAX_REQUEST_BYTES, "100"));
        ch.writeInbound(bytes("/" + "a".repeat(99) + "\r\n"));
        assertThat(seen).hasSize(1).first().isInstanceOf(Request.Gopher.class);
    }

    @Test
    void nulByteIsAnError() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("/a\0b\r\n"));
        assertThat(drain(ch)).startsWith("3Request contains a NUL byte\t");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void invalidUtf8IsAnError() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {'/', (byte) 0xC3, (byte) 0x28, '\r', '\n'}));
        assertThat(drain(ch)).startsWith("3Request is not valid UTF-8\t");
    }

    @Test
    void onlyTheFirstLineIsServed() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("/one\r\n/two\r\n"));
        assertThat(seen).containsExactly(Request.Gopher.of("/one"));
        assertThat(drain(ch)).contains("/one").doesNotContain("/two");
    }

    @Test
    void httpRequestIsRecognised() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"));
        assertThat(seen).containsExactly(new Request.Http("GET", "/"));
    }

    @Test
    void clientThatDisconnectsEarlyIsCleanedUp() throws Exception {
        EmbeddedChannel ch = open();
        ch.writeInbound(bytes("/half-a-sel"));
        ch.close();
        assertThat(seen).isEmpty();
        assertThat(ch.isOpen()).isFalse();
        assertThat(drain(ch)).isEmpty();
    }

    @Test
    void silentClientIsClosedAtTheDeadline() throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.READ_TIMEOUT, "0.05"));
        ch.writeInbound(bytes("/never-ends"));
        Thread.sleep(80);
        ch.runScheduledPendingTasks();
        assertThat(ch.isOpen()).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void deadlineIsDisarmedByACompleteRequest() throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.READ_TIMEOUT, "0.05"));
        ch.writeInbound(bytes("/x\r\n"));
        TimeUnit.MILLISECONDS.sleep(80);
        ch.runScheduledPendingTasks();
        assertThat(drain(ch)).contains("selector=[/x]");
    }

    /** Takes every write and never completes it: a socket whose client stopped reading. */
    private static final class StuckSocket extends ChannelOutboundHandlerAdapter {
        final List<Object> held = new ArrayList<>();

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            held.add(msg);
        }

        void release() {
            held.forEach(ReferenceCountUtil::release);
        }
    }

    /** Sends {@code request} on a channel whose socket takes its reply and never sends it. */
    private EmbeddedChannel stuckAfter(String request, StuckSocket stuck) throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.READ_TIMEOUT, "0.05"));
        ch.pipeline().addFirst(stuck);
        ch.writeInbound(bytes(request));
        return ch;
    }

    @Test
    void smallReplyThatDoesNotGoOutIsClosedAtTheRequestsDeadline() throws Exception {
        StuckSocket stuck = new StuckSocket();
        try {
            EmbeddedChannel ch = stuckAfter("/x\r\n", stuck);
            assertThat(ch.isOpen()).isTrue();
            assertThat(ch.pipeline().get("stall")).isNull();
            TimeUnit.MILLISECONDS.sleep(80);
            ch.runScheduledPendingTasks();
            assertThat(ch.isOpen()).isFalse();
            assertThat(stuck.held).hasSize(1);
        } finally {
            stuck.release();
        }
    }

    @Test
    void largerReplyThatDoesNotGoOutGetsAStallWatchInsteadOfTheDeadline() throws Exception {
        StuckSocket stuck = new StuckSocket();
        try {
            EmbeddedChannel ch = stuckAfter("/big\r\n", stuck);
            assertThat(ch.pipeline().get("stall")).isInstanceOf(StallHandler.class);
            // Past the request's deadline but not the stall watch's (six of them): still open, as
            // a slow download that keeps moving must be.
            TimeUnit.MILLISECONDS.sleep(80);
            ch.runScheduledPendingTasks();
            assertThat(ch.isOpen()).isTrue();
            TimeUnit.MILLISECONDS.sleep(GopherChannelInitializer.STALL_FACTOR * 50L + 50);
            ch.runScheduledPendingTasks();
            assertThat(ch.isOpen()).isFalse();
        } finally {
            stuck.release();
        }
    }

    @Test
    void replyThatWentOutLeavesNoDeadlineBehind() throws Exception {
        EmbeddedChannel ch = open(Map.of(Setting.READ_TIMEOUT, "0.05"));
        ch.writeInbound(bytes("/x\r\n"));
        assertThat(drain(ch)).contains("selector=[/x]");
        assertThat(ch.isOpen()).isFalse();
        // Nothing scheduled any more (-1): the deadline ended with the reply's write.
        assertThat(ch.runScheduledPendingTasks()).isEqualTo(-1L);
    }
}
