package dev.phlogd.server;

import dev.phlogd.config.NetworkSettings;
import io.netty.channel.Channel;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code phlogd.access} logger: the client's address (the real one
 * behind a proxy; whole, cut to its network, or left out, as configured), the selector (escaped,
 * quoted), the result, bytes sent and milliseconds since the connection was accepted; or the same
 * in the Apache/NCSA combined format that GoAccess and other log tools read.
 */
final class AccessLog {
    private static final Logger log = LoggerFactory.getLogger("phlogd.access");
    private static final int MAX_SHOWN = 300;
    private static final DateTimeFormatter NCSA = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final NetworkSettings.LogAddresses addresses;
    private final NetworkSettings.AccessLogFormat format;
    private final Clock clock;

    AccessLog(NetworkSettings.LogAddresses addresses, NetworkSettings.AccessLogFormat format, Clock clock) {
        this.addresses = addresses;
        this.format = format;
        this.clock = clock;
    }

    /** Full addresses in phlogd's own format (tests and tools). */
    static AccessLog plain() {
        return new AccessLog(
                NetworkSettings.LogAddresses.FULL, NetworkSettings.AccessLogFormat.PHLOGD, Clock.systemUTC());
    }

    void log(Channel ch, String request, String result, long bytes) {
        if (!log.isInfoEnabled()) {
            return;
        }
        // The line is put together here and passed whole: slf4j's placeholders boxed the numbers
        // and scanned the pattern on every request (a fifth of the line's cost).
        StringBuilder line = new StringBuilder(64 + Math.min(request.length(), MAX_SHOWN));
        if (format == NetworkSettings.AccessLogFormat.COMBINED) {
            line.append(addresses == NetworkSettings.LogAddresses.NONE ? "-" : address(ch))
                    .append(" - - [")
                    .append(NCSA.format(clock.instant()))
                    .append("] \"GET ")
                    .append(escape(request).replace(' ', '+'))
                    .append(" GOPHER\" ")
                    .append(status(result))
                    .append(' ')
                    .append(bytes)
                    .append(" \"-\" \"-\"");
        } else {
            long ms = TimeUnit.NANOSECONDS.toMillis(Connection.of(ch).elapsedNanos());
            line.append(address(ch))
                    .append(" \"")
                    .append(escape(request))
                    .append("\" ")
                    .append(result)
                    .append(' ')
                    .append(bytes)
                    .append(' ')
                    .append(ms)
                    .append("ms");
        }
        log.info(line.toString());
    }

    /** An HTTP-like status for log tools: what the reply was, in the codes they count. */
    static int status(String result) {
        if (result.endsWith("-aborted")) {
            return 499;
        }
        return switch (result) {
            case "menu", "text", "file", "redirect" -> 200;
            case "http" -> 400;
            case "timeout" -> 408;
            case "refused" -> 429;
            default -> 404;
        };
    }

    /** The client's address as this log shows it. */
    String address(Channel ch) {
        InetSocketAddress client = Connection.clientAddress(ch);
        if (addresses == NetworkSettings.LogAddresses.NONE) {
            return "-";
        }
        if (client == null || client.getAddress() == null) {
            return Connection.client(ch);
        }
        InetAddress a = client.getAddress();
        return addresses == NetworkSettings.LogAddresses.FULL ? a.getHostAddress() : network(a);
    }

    /** IPv4 to its /24 ({@code 192.0.2.0}), IPv6 to its /48 ({@code 2001:db8:1:0:0:0:0:0}). */
    static String network(InetAddress a) {
        byte[] bytes = a.getAddress();
        StringBuilder out = new StringBuilder(a instanceof Inet4Address ? 15 : 39);
        // Written out here, in getHostAddress's own form, rather than by making a second
        // InetAddress of the cut bytes: that was most of what a truncated address cost per request.
        if (a instanceof Inet4Address) {
            out.append(bytes[0] & 0xFF).append('.').append(bytes[1] & 0xFF).append('.');
            out.append(bytes[2] & 0xFF).append(".0");
        } else {
            for (int group = 0; group < 3; group++) {
                out.append(Integer.toHexString((bytes[2 * group] & 0xFF) << 8 | bytes[2 * group + 1] & 0xFF));
                out.append(':');
            }
            out.append("0:0:0:0:0");
        }
        return out.toString();
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
