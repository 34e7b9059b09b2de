package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.config.ServerConfig;
import dev.phlogd.page.MenuLine;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.protocol.Outcome;
import dev.phlogd.protocol.Reply;
import dev.phlogd.protocol.Request;
import dev.phlogd.protocol.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The request decoding under random input, bounded in count: random bytes, and requests split at
 * random points across packets. No exception escapes a handler, and the client gets one
 * well-formed reply or a clean close, never two replies.
 */
class PipelineFuzzTest {
    private static EmbeddedChannel open() throws Exception {
        ServerConfig config = ServerConfig.from(Map.of());
        RequestHandler handler = request -> new Reply.Data(
                Outcome.MENU,
                MenuFormat.format(List.of(MenuLine.text(String.valueOf(request).replace('\t', ' '))), "h", 70));
        GopherChannelInitializer initializer = new GopherChannelInitializer(config, () -> handler, null);
        return new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                initializer.configure(ch.pipeline());
            }
        });
    }

    private static String send(List<byte[]> packets) throws Exception {
        EmbeddedChannel ch = open();
        try {
            for (byte[] p : packets) {
                if (!ch.isOpen()) {
                    break;
                }
                ch.writeInbound(Unpooled.wrappedBuffer(p));
                ch.runPendingTasks();
            }
            ch.checkException();
            StringBuilder out = new StringBuilder();
            for (Object msg; (msg = ch.readOutbound()) != null; ) {
                ByteBuf b = (ByteBuf) msg;
                out.append(b.toString(StandardCharsets.UTF_8));
                b.release();
            }
            return out.toString();
        } finally {
            ch.finishAndReleaseAll();
        }
    }

    @Property(tries = 300)
    void randomBytesGetOneWellFormedReplyOrNone(@ForAll("packets") List<byte[]> packets) throws Exception {
        String reply = send(packets);
        if (!reply.isEmpty()) {
            assertThat(reply).endsWith("\r\n");
            assertThat(reply.split("\r\n\\.\r\n", -1).length)
                    .as("at most one menu")
                    .isLessThanOrEqualTo(2);
        }
    }

    @Property(tries = 300)
    void aRequestSplitAnywhereIsTheSameRequest(@ForAll("selectors") String selector, @ForAll("cuts") List<Integer> cuts)
            throws Exception {
        byte[] whole = (selector + "\r\n").getBytes(StandardCharsets.UTF_8);
        List<byte[]> packets = new java.util.ArrayList<>();
        int at = 0;
        for (int cut : cuts.stream()
                .map(c -> Math.floorMod(c, whole.length + 1))
                .sorted()
                .toList()) {
            packets.add(java.util.Arrays.copyOfRange(whole, at, Math.max(at, cut)));
            at = Math.max(at, cut);
        }
        packets.add(java.util.Arrays.copyOfRange(whole, at, whole.length));
        String oneWrite = send(List.of(whole));
        assertThat(send(packets)).isEqualTo(oneWrite);
    }

    @Property(tries = 500)
    void theRequestParserNeverThrows(@ForAll("lines") byte[] line) {
        Request r = RequestParser.parse(line);
        if (r instanceof Request.Gopher g) {
            assertThat(g.selector().chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7F))
                    .isTrue();
        }
    }

    @Provide
    Arbitrary<List<byte[]>> packets() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<byte[]> shaped = Arbitraries.of(
                        "\r\n",
                        "\n",
                        "\t",
                        "/",
                        "GET / HTTP/1.1\r\n",
                        "+",
                        "$",
                        "!",
                        "\u0000",
                        "PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n",
                        "\u0016\u0003\u0001",
                        "%2e%2e",
                        "/../",
                        "é",
                        "\uD83D\uDE00")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, shaped).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> selectors() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', '日', '\t')
                .ofMaxLength(80)
                .map(s -> s.replace("\r", "").replace("\n", ""));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 200).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> lines() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }
}
