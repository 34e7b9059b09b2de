package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AccessLogFormatTest {
    @Test
    void truncatedAddressesKeepTheNetworkOnly() throws Exception {
        assertThat(AccessLog.network(InetAddress.getByName("203.0.113.77"))).isEqualTo("203.0.113.0");
        assertThat(AccessLog.network(InetAddress.getByName("2001:db8:1234:5678::9")))
                .isEqualTo("2001:db8:1234:0:0:0:0:0");
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
