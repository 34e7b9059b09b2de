package dev.phlogd.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Log lines to standard output, written in batches, on the thread that logs (an event loop, for
 * the access log): a line costs its encoding and a copy into the buffer, with no system call and
 * no hand-over to another thread. Logback's own pair (AsyncAppender, which wakes its worker for
 * every line, in front of ConsoleAppender, whose System.out makes a write per line) took 40% of a
 * request's CPU time on a busy core. Lines are flushed every {@link #FLUSH_MILLIS} and when the
 * buffer fills; a warning or an error at once, with what came before it; everything at stop.
 */
public final class BufferedConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    /** How long a line may wait in the buffer: short enough for someone watching the log live. */
    static final long FLUSH_MILLIS = 200;

    private static final int BUFFER_BYTES = 64 * 1024;

    private Encoder<ILoggingEvent> encoder;
    private OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER_BYTES);
    private ScheduledExecutorService flusher;
    private boolean dirty;

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    Encoder<ILoggingEvent> encoder() {
        return encoder;
    }

    /** Where the lines go instead of standard output (tests). */
    void setOutputStream(OutputStream target) {
        this.out = new BufferedOutputStream(target, BUFFER_BYTES);
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("no encoder for appender " + name);
            return;
        }
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phlogd-log-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushIfDirty, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] line = encoder.encode(event);
        synchronized (this) {
            try {
                out.write(line);
                dirty = true;
                if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                    flush();
                }
            } catch (IOException e) {
                addError("cannot write a log line", e);
            }
        }
    }

    private synchronized void flushIfDirty() {
        if (dirty) {
            try {
                flush();
            } catch (IOException e) {
                addError("cannot write log lines", e);
            }
        }
    }

    private void flush() throws IOException {
        out.flush();
        dirty = false;
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flushIfDirty();
        super.stop();
    }
}
