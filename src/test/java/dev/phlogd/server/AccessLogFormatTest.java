package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AccessLogFormatTest {
    @Test
    void truncatedAddressesKeepTheNetworkOnly() throws Exception {
        assertThat(AccessLog.network(InetAddress.getByName("203.0.113.77"))).isEqualTo("203.0.113.0");
        assertThat(AccessLog.network(InetAddress.getByName("2001:db8:1234:5678::9")))
                .isEqualTo("2001:db8:1234:0:0:0:0:0");
    }

    /** The network is written as the JDK writes an address of the cut bytes, for any address. */
    @Property
    void truncatedAddressesReadAsTheJdkWritesThem(@ForAll @Size(16) byte[] bytes, @ForAll boolean v4) throws Exception {
        InetAddress a = InetAddress.getByAddress(v4 ? Arrays.copyOf(bytes, 4) : bytes);
        byte[] address = a.getAddress();
        int keep = address.length == 4 ? 3 : 6;
        byte[] cut = Arrays.copyOf(Arrays.copyOf(address, keep), address.length);
        assertThat(AccessLog.network(a)).isEqualTo(InetAddress.getByAddress(cut).getHostAddress());
    }

    @Test
    void combinedLinesGetTheStatusLogToolsCount() {
        assertThat(AccessLog.status("menu")).isEqualTo(200);
        assertThat(AccessLog.status("file")).isEqualTo(200);
        assertThat(AccessLog.status("error")).isEqualTo(404);
        assertThat(AccessLog.status("refused")).isEqualTo(429);
        assertThat(AccessLog.status("text-aborted")).isEqualTo(499);
    }
}
