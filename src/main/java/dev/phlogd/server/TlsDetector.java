package dev.phlogd.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.util.List;

/**
 * TLS and plain Gopher on one port, told apart by the first byte, as geomyidae and pygopherd do:
 * 0x16 opens a TLS handshake (clients that try TLS first, curl's gophers://), anything else is a
 * Gopher request. One byte decides, so a one-line request such as a bare CRLF is never held back.
 */
final class TlsDetector extends ByteToMessageDecoder {
    private static final byte HANDSHAKE = 0x16;

    private final TlsCertificates certificates;

    TlsDetector(TlsCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        if (in.getByte(in.readerIndex()) == HANDSHAKE) {
            Connection.of(ctx.channel()).speaksTls();
            ctx.pipeline().replace(this, "tls", certificates.current().newHandler(ctx.alloc()));
            ctx.pipeline().addAfter("tls", "chunked", new ChunkedWriteHandler());
        } else {
            ctx.pipeline().remove(this);
        }
    }
}
