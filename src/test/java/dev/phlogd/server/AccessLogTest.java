package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogTest {
    @Test
    void escapesWhatWouldBreakTheLogLine() {
        assertThat(AccessLog.escape("/a\tb\"c\\d\u0001\u007f")).isEqualTo("/a\\tb\\\"c\\\\d\\x01\\x7f");
    }

    @Test
    void shortensHugeSelectors() {
        assertThat(AccessLog.escape("x".repeat(1000))).hasSize(303).endsWith("...");
    }
}
