package dev.phlogd.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * phlogd's own load generator: N connections, each looping connect, send a selector, read to EOF;
 * requests per second, MB/s, latency percentiles, errors by kind, and a check that every reply is
 * byte-identical to the first one for its selector. Not run by {@code mvn verify}; see
 * {@code src/test/bench/matrix.sh}.
 *
 * <pre>java -cp ... dev.phlogd.bench.LoadGenerator HOST PORT CONCURRENCY SECONDS SELECTOR [SELECTOR...]</pre>
 */
public final class LoadGenerator {
    private static final int MAX_SAMPLES = 5_000_000;

    private final String host;
    private final int port;
    private final List<String> selectors;
    private final long endNanos;
    private final AtomicLongArray latencies = new AtomicLongArray(MAX_SAMPLES);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, byte[]> first = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();
    private final CountDownLatch done;
    private Bootstrap bootstrap;

    private LoadGenerator(String host, int port, int concurrency, double seconds, List<String> selectors) {
        this.host = host;
        this.port = port;
        this.selectors = selectors;
        this.endNanos = System.nanoTime() + (long) (seconds * 1e9);
        this.done = new CountDownLatch(concurrency);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println(
                    "usage: LoadGenerator HOST PORT CONCURRENCY SECONDS SELECTOR [SELECTOR...] (\"\" = root)");
            System.exit(2);
        }
        int concurrency = Integer.parseInt(args[2]);
        LoadGenerator load = new LoadGenerator(
                args[0],
                Integer.parseInt(args[1]),
                concurrency,
                Double.parseDouble(args[3]),
                List.of(Arrays.copyOfRange(args, 4, args.length)));
        System.out.println(load.run(concurrency));
    }

    String run(int concurrency) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        long start = System.nanoTime();
        try {
            bootstrap = new Bootstrap()
                    .group(group)
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {}
                    });
            for (int i = 0; i < concurrency; i++) {
                request();
            }
            done.await();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
        return report((System.nanoTime() - start) / 1e9, concurrency);
    }

    /** One request on a new connection; when it ends, the next one, until the time is up. */
    private void request() {
        if (System.nanoTime() >= endNanos) {
            done.countDown();
            return;
        }
        String selector = selectors.get((int) (next.getAndIncrement() % selectors.size()));
        long started = System.nanoTime();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        bootstrap
                .clone()
                .handler(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelActive(ChannelHandlerContext ctx) {
                        ctx.writeAndFlush(Unpooled.copiedBuffer(selector + "\r\n", StandardCharsets.UTF_8));
                    }

                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ByteBuf b = (ByteBuf) msg;
                        byte[] chunk = new byte[b.readableBytes()];
                        b.readBytes(chunk);
                        b.release();
                        reply.writeBytes(chunk);
                    }

                    @Override
                    public void channelInactive(ChannelHandlerContext ctx) {
                        finish(selector, started, reply.toByteArray());
                    }

                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        error(cause.getMessage() != null && cause.getMessage().contains("reset") ? "reset" : "other");
                        ctx.close();
                    }
                })
                .connect(host, port)
                .addListener((ChannelFutureListener) f -> {
                    if (!f.isSuccess()) {
                        error("connect");
                        request();
                    }
                });
    }

    private void finish(String selector, long started, byte[] reply) {
        if (reply.length == 0) {
            error("empty");
        } else {
            byte[] expected = first.computeIfAbsent(selector, s -> reply);
            if (!Arrays.equals(expected, reply)) {
                error("mismatch");
            } else {
                long n = count.getAndIncrement();
                if (n < MAX_SAMPLES) {
                    latencies.set((int) n, System.nanoTime() - started);
                }
                bytes.addAndGet(reply.length);
            }
        }
        request();
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private String report(double seconds, int concurrency) {
        int n = (int) Math.min(count.get(), MAX_SAMPLES);
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        Map<String, Long> errs = new TreeMap<>();
        errors.forEach((k, v) -> errs.put(k, v.get()));
        return String.format(
                java.util.Locale.ROOT,
                "RESULT conc=%d secs=%.2f ok=%d rps=%.1f mbps=%.2f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%s",
                concurrency,
                seconds,
                count.get(),
                count.get() / seconds,
                bytes.get() / seconds / 1e6,
                pct(sorted, 0.50),
                pct(sorted, 0.90),
                pct(sorted, 0.99),
                n == 0 ? 0 : sorted[n - 1] / 1e6,
                errs);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }
}
