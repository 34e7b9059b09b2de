package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/**
 * A connection the server closes stops counting against the limits at once, before the transport
 * reports it inactive (io_uring does so a loop later); one the client closes, when it is reported.
 */
class ConnectionCountingTest {
    /** Stands for a transport that has not yet said the channel is gone. */
    private static final class InactiveLater extends ChannelInboundHandlerAdapter {
        @Override
        public void channelInactive(ChannelHandlerContext ctx) {}
    }

    @Test
    void theServerClosingAConnectionReleasesItsPlaceAtOnce() {
        AdmissionHandler limit = new AdmissionHandler(1, new AddressLimits(100, 0), false, AccessLog.plain());
        EmbeddedChannel first = new EmbeddedChannel(new InactiveLater(), limit);
        assertThat(limit.open()).isEqualTo(1);
        first.close();
        assertThat(limit.open()).isZero();
        first.close();
        assertThat(limit.open()).as("counted once").isZero();

        EmbeddedChannel second = new EmbeddedChannel(limit);
        assertThat(Connection.of(second).refusal()).isNull();
        second.pipeline().fireChannelInactive();
        second.close();
        assertThat(limit.open())
                .as("a client's close, reported by the transport")
                .isZero();
    }

    @Test
    void anAddressGetsItsConnectionBackWhenTheServerClosesIt() throws Exception {
        InetAddress client = InetAddress.getByName("192.0.2.7");
        AdmissionHandler address = new AdmissionHandler(100, new AddressLimits(1, 0), true, AccessLog.plain());
        for (int i = 0; i < 3; i++) {
            EmbeddedChannel ch = new EmbeddedChannel(new InactiveLater(), address);
            ch.pipeline().fireUserEventTriggered(new ProxyProtocolHandler.ClientKnown(client));
            assertThat(Connection.of(ch).refusal()).as("connection %d", i).isNull();
            ch.close();
        }
        EmbeddedChannel held = new EmbeddedChannel(address);
        held.pipeline().fireUserEventTriggered(new ProxyProtocolHandler.ClientKnown(client));
        EmbeddedChannel over = new EmbeddedChannel(address);
        over.pipeline().fireUserEventTriggered(new ProxyProtocolHandler.ClientKnown(client));
        assertThat(Connection.of(over).refusal()).startsWith("Too many connections");
        over.close();
        held.close();
    }
}
