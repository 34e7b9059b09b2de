package dev.phlogd.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The settings for facing the open internet: TLS on the Gopher port, the PROXY protocol behind a
 * load balancer, per-address limits and what the access log keeps of client addresses.
 *
 * @param tlsCert PEM certificate chain; TLS is on when it and {@code tlsKey} are set
 * @param maxConnectionsPerIp connections one address may hold open at once
 * @param rateLimit requests per minute one address may make; 0 means no limit
 * @param transport the socket layer under the server
 */
public record NetworkSettings(
        Optional<Path> tlsCert,
        Optional<Path> tlsKey,
        boolean proxyProtocol,
        List<Cidr> trustedProxies,
        int maxConnectionsPerIp,
        int rateLimit,
        LogAddresses logAddresses,
        AccessLogFormat accessLogFormat,
        Transport transport) {

    /** How much of a client's address the access log keeps. */
    public enum LogAddresses {
        /** The whole address. */
        FULL,
        /** The network part only: IPv4 /24, IPv6 /48. */
        TRUNCATED,
        /** No address at all. */
        NONE
    }

    /** How access log lines are written. */
    public enum AccessLogFormat {
        /** {@code address "selector" result bytes ms}. */
        PHLOGD,
        /** Apache/NCSA combined, for GoAccess and other log tools. */
        COMBINED
    }

    /** The socket layer: epoll, io_uring or Java's NIO; auto takes the first the system allows. */
    public enum Transport {
        AUTO,
        IO_URING,
        EPOLL,
        NIO
    }

    public boolean tls() {
        return tlsCert.isPresent() && tlsKey.isPresent();
    }
}
