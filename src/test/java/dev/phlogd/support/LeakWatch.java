package dev.phlogd.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects Netty's buffer leak reports (tests run with leak detection at PARANOID); attached to
 * Netty's ResourceLeakDetector logger in logback-test.xml.
 */
public final class LeakWatch extends AppenderBase<ILoggingEvent> {
    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getFormattedMessage().contains("LEAK")) {
            LEAKS.add(event.getFormattedMessage());
        }
    }

    /** Collects garbage, lets the detector look at it, and asserts that nothing leaked. */
    public static void assertNoLeaks() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // The detector reports what the collector found when the next buffer is allocated.
            for (int j = 0; j < 10; j++) {
                ByteBuf probe = PooledByteBufAllocator.DEFAULT.buffer(16);
                probe.release();
            }
        }
        assertThat(LEAKS).as("Netty buffer leaks").isEmpty();
    }
}
