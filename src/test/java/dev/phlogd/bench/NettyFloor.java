package dev.phlogd.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.util.concurrent.Future;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least any Netty server spends on a connection: one epoll event loop, as phlogd runs pinned to
 * one CPU, and one handler that answers the first read with a shared direct buffer and closes. No
 * parsing, limits, timers, routing or logging. Measured beside phlogd and limitd (C, the same bytes
 * from memory) it splits phlogd's CPU per request into what Netty's channel costs and what phlogd
 * adds on top, so that a target against limitd can be checked for what is reachable on Netty at
 * all. Not run by {@code mvn verify}; see {@code src/test/bench/interleaved.sh} ({@code FLOOR=1}).
 *
 * <pre>java @config/jvm.options -cp ... dev.phlogd.bench.NettyFloor PORT REPLY_FILE</pre>
 */
public final class NettyFloor {
    private NettyFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: NettyFloor PORT REPLY_FILE");
            System.exit(2);
        }
        byte[] reply = Files.readAllBytes(Path.of(args[1]));
        ByteBuf shared =
                Unpooled.unreleasableBuffer(Unpooled.directBuffer(reply.length).writeBytes(reply));
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
        try {
            new ServerBootstrap()
                    .group(loop)
                    .channel(EpollServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    // As phlogd: a port just measured holds its closed connections in TIME_WAIT.
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childHandler(new Answer(shared))
                    .bind(Integer.parseInt(args[0]))
                    .sync()
                    .channel()
                    .closeFuture()
                    .sync();
        } finally {
            Future<?> stopped = loop.shutdownGracefully();
            stopped.syncUninterruptibly();
        }
    }

    /**
     * Answers every read, with no state: a request split over two reads would be answered twice,
     * which a load generator sending its request in one write never sees, and guarding against it
     * (turning auto-read off, an attribute) would add to the floor what it is meant to leave out.
     */
    private static final class Answer extends ChannelInboundHandlerAdapter {
        private final ByteBuf reply;

        Answer(ByteBuf reply) {
            this.reply = reply;
        }

        @Override
        public boolean isSharable() {
            return true;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ((ByteBuf) msg).release();
            ctx.writeAndFlush(reply.duplicate()).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
