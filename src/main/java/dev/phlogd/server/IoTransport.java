package dev.phlogd.server;

import dev.phlogd.config.NetworkSettings.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringChannelOption;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * The socket layer the event loops run on. epoll comes first: with one event loop per core it
 * spent the same CPU per request as io_uring at concurrency 32 (root menu six interleaved pairs,
 * 40 KB entry three, on 2 December 2026), answered one request at a time sooner (1.0 to 1.3x
 * limitd's p50 against 1.3 to 1.8x), held 2 to 7 MB less, sends files with sendfile, and is what
 * the container runs anyway (its seccomp profile refuses io_uring). (With two loops per core,
 * Netty's default until then, io_uring had served 1.2 to 1.5x the requests at c=32.) io_uring is
 * there when asked for, NIO for systems with neither. The native ones can give each event loop its
 * own listening socket ({@code SO_REUSEPORT}).
 */
record IoTransport(String name, IoHandlerFactory factory, Class<? extends ServerChannel> serverChannel) {

    /**
     * The transport asked for, or with {@code AUTO} the first the system allows.
     *
     * @throws GopherServer.SetupException when the one asked for cannot run here, saying why
     */
    static IoTransport choose(Transport wanted) throws GopherServer.SetupException {
        return switch (wanted) {
            case AUTO -> Epoll.isAvailable() ? epoll() : IoUring.isAvailable() ? ioUring() : nio();
            case IO_URING -> {
                if (!IoUring.isAvailable()) {
                    throw unavailable("io_uring", IoUring.unavailabilityCause());
                }
                yield ioUring();
            }
            case EPOLL -> {
                if (!Epoll.isAvailable()) {
                    throw unavailable("epoll", Epoll.unavailabilityCause());
                }
                yield epoll();
            }
            case NIO -> nio();
        };
    }

    private static GopherServer.SetupException unavailable(String name, Throwable cause) {
        return new GopherServer.SetupException(
                "transport " + name + " is not available here: " + cause + " (transport = \"auto\" picks one that is)",
                cause);
    }

    private static IoTransport ioUring() {
        return new IoTransport("io_uring", IoUringIoHandler.newFactory(), IoUringServerSocketChannel.class);
    }

    private static IoTransport epoll() {
        return new IoTransport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
    }

    private static IoTransport nio() {
        return new IoTransport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
    }

    /**
     * One event loop per processor this process may run on, not Netty's two: a loop waits only
     * when a reply not in memory is read from a file (a cache miss, from the page cache as a rule),
     * so a second loop per core mostly took turns with the first; with the server pinned to one
     * core that cost 7% more CPU time per root menu at c=32 (ten interleaved pairs). Netty's own
     * {@code io.netty.eventLoopThreads} still sets another number.
     */
    EventLoopGroup eventLoops() {
        int loops = Math.max(
                1,
                Integer.getInteger(
                        "io.netty.eventLoopThreads", Runtime.getRuntime().availableProcessors()));
        return new MultiThreadIoEventLoopGroup(loops, new DefaultThreadFactory("phlogd-io"), factory);
    }

    /**
     * Opens one listening socket per event loop where the transport allows (io_uring's and epoll's
     * {@code SO_REUSEPORT}): the kernel spreads connections over them, and each connection is
     * served by the loop that accepted it, with no hand-over to another thread. Elsewhere one
     * socket accepts for all loops. The sockets are made and registered, not yet bound: done while
     * the folder is indexed, this took the loading of Netty's channel classes (0.15 to 0.2 s) off the
     * time to the first reply.
     */
    List<Channel> listeners(EventLoopGroup group, ChannelHandler initializer) {
        boolean perLoop = listensPerLoop();
        List<Channel> channels = new ArrayList<>();
        for (EventExecutor executor : perLoop ? group : List.of(group.next())) {
            EventLoopGroup loops = perLoop ? (EventLoop) executor : group;
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(perLoop ? loops : group, loops)
                    .channel(serverChannel)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    // Accepting starts once the handler for the bound port is in place (see
                    // GopherServer#accept): until then connections wait in the backlog.
                    .option(ChannelOption.AUTO_READ, false)
                    // No TCP_NODELAY child option: Netty's socket configs set it on every
                    // accepted socket already, and asking again cost a system call per request.
                    .childHandler(initializer);
            if (perLoop) {
                reusePort(bootstrap);
            }
            channels.add(bootstrap.register().syncUninterruptibly().channel());
        }
        return List.copyOf(channels);
    }

    /** Whether each event loop can listen on the port itself, the kernel spreading connections. */
    boolean listensPerLoop() {
        return serverChannel != NioServerSocketChannel.class;
    }

    /** Sets {@code SO_REUSEPORT} on a bootstrap of a transport that {@link #listensPerLoop()}. */
    private void reusePort(ServerBootstrap bootstrap) {
        if (serverChannel == IoUringServerSocketChannel.class) {
            bootstrap.option(IoUringChannelOption.SO_REUSEPORT, true);
        } else if (serverChannel == EpollServerSocketChannel.class) {
            bootstrap.option(EpollChannelOption.SO_REUSEPORT, true);
        }
    }
}
