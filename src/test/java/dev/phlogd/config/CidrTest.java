package dev.phlogd.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {
    @Test
    void blocksContainTheirAddresses() throws Exception {
        Cidr v4 = Cidr.parse("10.1.0.0/16");
        assertThat(v4.contains(InetAddress.getByName("10.1.200.3"))).isTrue();
        assertThat(v4.contains(InetAddress.getByName("10.2.0.1"))).isFalse();
        assertThat(Cidr.parse("::1/128").contains(InetAddress.getByName("::1"))).isTrue();
        assertThat(Cidr.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.1")))
                .isTrue();
        assertThat(Cidr.parse("192.168.0.0/23").contains(InetAddress.getByName("192.168.1.9")))
                .isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("8.8.8.8")))
                .isTrue();
    }

    @Test
    void namesAndBadPrefixesAreRefused() {
        assertThatThrownBy(() -> Cidr.parse("proxy.example/32")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).isInstanceOf(ConfigException.class);
    }
}
