package dev.phlogd.server;

import dev.phlogd.config.Cidr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PROXY protocol (v1 and v2, HAProxy's spec): a connection from a trusted proxy must start
 * with a header, whose source address becomes the client's; one without a valid header is closed.
 * Whether a header is expected is decided by the source address alone, never by the bytes (a bare
 * CRLF request looks like the start of a v2 signature): a connection from any other address is a
 * client itself, and one that sends a PROXY header anyway is closed, never believed.
 */
final class ProxyProtocolHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ProxyProtocolHandler.class);
    private static final byte[] V1 = "PROXY ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] V2 = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};

    /**
     * Fired once the client's address is known: at once for a direct client, after the header
     * behind a proxy. From the head of the pipeline: the admission, which waits for it, comes first.
     */
    record ClientKnown(InetAddress address) {}

    private final List<Cidr> trusted;
    private final AccessLog accessLog;
    private boolean expectHeader;

    /** @param accessLog how much of an address the log may show */
    ProxyProtocolHandler(List<Cidr> trusted, AccessLog accessLog) {
        this.trusted = trusted;
        this.accessLog = accessLog;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (!(ctx.channel().remoteAddress() instanceof InetSocketAddress address)) {
            ctx.pipeline().remove(this);
            ctx.fireChannelActive();
            return;
        }
        InetAddress peer = address.getAddress();
        expectHeader = trusted.stream().anyMatch(c -> c.contains(peer));
        if (expectHeader) {
            ctx.pipeline().addBefore(ctx.name(), "proxy-header", new HAProxyMessageDecoder());
            ctx.fireChannelActive();
        } else {
            ctx.fireChannelActive();
            ctx.pipeline().fireUserEventTriggered(new ClientKnown(peer));
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HAProxyMessage header) {
            try {
                InetAddress client = header.sourceAddress() == null
                        ? ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress()
                        : InetAddress.getByName(header.sourceAddress());
                Connection.of(ctx.channel()).proxiedClient(new InetSocketAddress(client, header.sourcePort()));
                ctx.pipeline().remove(this);
                ctx.pipeline().fireUserEventTriggered(new ClientKnown(client));
            } catch (java.net.UnknownHostException e) {
                log.debug("PROXY header with an unreadable address from {}", accessLog.address(ctx.channel()));
                ctx.close();
            } finally {
                header.release();
            }
            return;
        }
        if (expectHeader) {
            // The decoder passes nothing else on before the header; anything here is a broken stream.
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        if (msg instanceof ByteBuf bytes && (startsWith(bytes, V1) || startsWith(bytes, V2))) {
            log.warn("PROXY header from {}, which is not a trusted proxy; closed", accessLog.address(ctx.channel()));
            bytes.release();
            ctx.close();
            return;
        }
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("no valid PROXY header from {}: {}", accessLog.address(ctx.channel()), cause.toString());
        ctx.close();
    }

    private static boolean startsWith(ByteBuf bytes, byte[] prefix) {
        return bytes.readableBytes() >= prefix.length
                && ByteBufUtil.equals(
                        bytes, bytes.readerIndex(), io.netty.buffer.Unpooled.wrappedBuffer(prefix), 0, prefix.length);
    }
}
