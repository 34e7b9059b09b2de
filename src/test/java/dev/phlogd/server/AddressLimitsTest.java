package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressLimitsTest {
    private static InetAddress address(int i) throws Exception {
        return InetAddress.getByAddress(new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i});
    }

    @Test
    void connectionsArePerAddressAndCountedDownOnClose() throws Exception {
        AddressLimits limits = new AddressLimits(2, 0);
        InetAddress a = address(1);
        assertThat(limits.opened(a, () -> "a")).isEmpty();
        assertThat(limits.opened(a, () -> "a")).isEmpty();
        assertThat(limits.opened(a, () -> "a")).hasValue(AddressLimits.Refusal.TOO_MANY_CONNECTIONS);
        assertThat(limits.opened(address(2), () -> "b")).as("another address").isEmpty();
        limits.closed(a);
        limits.closed(a);
        assertThat(limits.opened(a, () -> "a")).isEmpty();
    }

    @Test
    void requestsPerMinuteArePerAddress() throws Exception {
        AddressLimits limits = new AddressLimits(1000, 3);
        InetAddress a = address(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.opened(a, () -> "a")).isEmpty();
            limits.closed(a);
        }
        assertThat(limits.opened(a, () -> "a")).hasValue(AddressLimits.Refusal.SLOW_DOWN);
        assertThat(limits.opened(address(2), () -> "b")).isEmpty();
    }

    @Test
    void aFloodOfDistinctAddressesStaysBoundedInMemory() throws Exception {
        AddressLimits limits = new AddressLimits(1000, 600);
        for (int i = 0; i < 100_000; i++) {
            InetAddress a = address(i);
            limits.opened(a, () -> "x");
            limits.closed(a);
        }
        assertThat(limits.tracked()).isLessThanOrEqualTo(AddressLimits.MAX_TRACKED);
    }
}
