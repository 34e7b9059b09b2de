package dev.phlogd.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Once await returns, loggers are logback's own, not SLF4J's stand-ins for the time of its set-up. */
class LoggingSetUpTest {
    @Test
    void afterAwaitLoggersAreLogbacks() {
        LoggingSetUp.begin().await();
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        assertThat(LoggerFactory.getLogger("phlogd")).isInstanceOf(ch.qos.logback.classic.Logger.class);
    }

    @Test
    void awaitKeepsTheCallersInterrupt() {
        LoggingSetUp setUp = LoggingSetUp.begin();
        Thread.currentThread().interrupt();
        setUp.await();
        assertThat(Thread.interrupted()).isTrue();
    }
}
