package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorRepliesTest {
    @Test
    void quoteShowsRootAsSlashAndEscapesControls() {
        assertThat(ErrorReplies.quote("")).isEqualTo("/");
        assertThat(ErrorReplies.quote("/a\u0001")).isEqualTo("/a\\x01");
    }

    @Test
    void quoteShortensLongSelectors() {
        assertThat(ErrorReplies.quote("/" + "a".repeat(500))).hasSize(201).endsWith("…");
    }
}
