package dev.phlogd.logging;

import org.slf4j.LoggerFactory;

/**
 * Sets logging up on a thread of its own while the caller reads its settings, which needs no
 * logging: the two took 0.1 to 0.2 s each, one after the other, at the start of every run.
 * Nothing may log before {@link #await()} returns: a logger asked for while SLF4J is still being
 * set up by another thread is a stand-in, and SLF4J says so on standard error.
 */
public final class LoggingSetUp {
    private final Thread thread;

    private LoggingSetUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts setting logging up (logback reads its configuration as set by then) and returns. */
    public static LoggingSetUp begin() {
        Thread t = new Thread(LoggerFactory::getILoggerFactory, "phlogd-logging");
        t.setDaemon(true);
        t.start();
        return new LoggingSetUp(t);
    }

    /** Waits until logging is set up. */
    public void await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
