package dev.phlogd.server;

import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code phlogd.access} logger: client address, selector (escaped,
 * quoted), result, bytes sent and milliseconds since the connection was accepted.
 */
final class AccessLog {
    private static final Logger log = LoggerFactory.getLogger("phlogd.access");
    private static final int MAX_SHOWN = 300;

    private AccessLog() {}

    static void log(Channel ch, String request, String result, long bytes) {
        if (log.isInfoEnabled()) {
            long ms = TimeUnit.NANOSECONDS.toMillis(Connections.elapsedNanos(ch));
            log.info("{} \"{}\" {} {} {}ms", Connections.client(ch), escape(request), result, bytes, ms);
        }
    }

    /** Control characters, quotes and backslashes escaped, so that one request stays one log line. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_SHOWN) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (out.length() >= MAX_SHOWN) {
                out.append("...");
                break;
            }
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
