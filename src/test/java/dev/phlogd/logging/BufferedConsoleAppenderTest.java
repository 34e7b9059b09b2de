package dev.phlogd.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines are batched, but none waits longer than the flush interval, a warning not at all, and stop flushes. */
class BufferedConsoleAppenderTest {
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();

    private BufferedConsoleAppender appender() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %msg%n");
        encoder.start();
        BufferedConsoleAppender appender = new BufferedConsoleAppender();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(sink);
        appender.start();
        return appender;
    }

    private void log(BufferedConsoleAppender appender, Level level, String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLevel(level);
        event.setMessage(message);
        event.setLoggerName("phlogd.access");
        event.setTimeStamp(System.currentTimeMillis());
        appender.doAppend(event);
    }

    private String written() {
        synchronized (sink) {
            return sink.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void infoLinesWaitForTheFlushAndAreThereSoonAfter() throws Exception {
        BufferedConsoleAppender appender = appender();
        log(appender, Level.INFO, "one");
        log(appender, Level.INFO, "two");
        assertThat(written()).isEmpty();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (written().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(written()).isEqualTo("INFO one\nINFO two\n");
        appender.stop();
    }

    @Test
    void aWarningGoesOutAtOnceWithWhatCameBefore() {
        BufferedConsoleAppender appender = appender();
        log(appender, Level.INFO, "before");
        log(appender, Level.WARN, "careful");
        assertThat(written()).isEqualTo("INFO before\nWARN careful\n");
        appender.stop();
    }

    @Test
    void stopWritesWhatIsLeft() {
        BufferedConsoleAppender appender = appender();
        log(appender, Level.INFO, "last words");
        appender.stop();
        assertThat(written()).isEqualTo("INFO last words\n");
    }
}
