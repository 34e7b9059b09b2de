package dev.phlogd.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The server's settings after defaults, the TOML file, the environment and flags are merged. */
public record ServerConfig(
        Path root,
        String bind,
        int port,
        String hostname,
        int publicPort,
        int width,
        String title,
        String description,
        String admin,
        boolean strictRfc1436,
        int maxRequestBytes,
        Duration readTimeout,
        int maxConnections,
        Duration shutdownGrace,
        int recentEntries,
        boolean showDrafts,
        int cacheMb,
        Duration rescanInterval,
        int maxEntryBytes,
        ZoneId timezone,
        NetworkSettings network,
        int geminiPort,
        Path stateDir) {

    /** Settings with every value at its default. */
    public static ServerConfig defaults() {
        try {
            return from(new EnumMap<>(Setting.class));
        } catch (ConfigException e) {
            throw new IllegalStateException("built-in defaults are invalid", e);
        }
    }

    /** Settings from raw string values; missing ones take their defaults. */
    public static ServerConfig from(Map<Setting, String> values) throws ConfigException {
        Values v = new Values(values);
        return new ServerConfig(
                Path.of(v.string(Setting.ROOT)),
                v.string(Setting.BIND).trim(),
                v.port(Setting.PORT),
                v.nonEmpty(Setting.HOSTNAME),
                v.port(Setting.PUBLIC_PORT),
                v.intIn(Setting.WIDTH, 20, 200),
                v.string(Setting.TITLE),
                v.string(Setting.DESCRIPTION),
                v.string(Setting.ADMIN),
                v.bool(Setting.STRICT_RFC1436),
                v.intIn(Setting.MAX_REQUEST_BYTES, 64, 1 << 20),
                v.seconds(Setting.READ_TIMEOUT),
                v.intIn(Setting.MAX_CONNECTIONS, 1, 1_000_000),
                v.seconds(Setting.SHUTDOWN_GRACE),
                v.intIn(Setting.RECENT_ENTRIES, 0, 1000),
                v.bool(Setting.SHOW_DRAFTS),
                v.intIn(Setting.CACHE_MB, 0, 1 << 20),
                v.seconds(Setting.RESCAN_INTERVAL),
                v.intIn(Setting.MAX_ENTRY_BYTES, 1024, Integer.MAX_VALUE),
                v.zone(Setting.TIMEZONE),
                network(v),
                v.port(Setting.GEMINI_PORT),
                stateDir(v.string(Setting.STATE_DIR)));
    }

    private static NetworkSettings network(Values v) throws ConfigException {
        String cert = v.string(Setting.TLS_CERT).strip();
        String key = v.string(Setting.TLS_KEY).strip();
        if (cert.isEmpty() != key.isEmpty()) {
            throw new ConfigException("tls_cert and tls_key go together: give both or neither");
        }
        List<Cidr> trusted;
        try {
            trusted = Cidr.parseList(v.string(Setting.TRUSTED_PROXIES));
        } catch (ConfigException e) {
            throw new ConfigException("trusted_proxies: " + e.getMessage());
        }
        return new NetworkSettings(
                cert.isEmpty() ? Optional.empty() : Optional.of(Path.of(cert)),
                key.isEmpty() ? Optional.empty() : Optional.of(Path.of(key)),
                v.bool(Setting.PROXY_PROTOCOL),
                trusted,
                v.intIn(Setting.MAX_CONNECTIONS_PER_IP, 1, 1_000_000),
                v.intIn(Setting.RATE_LIMIT, 0, 10_000_000),
                v.choice(Setting.LOG_ADDRESSES, NetworkSettings.LogAddresses.class),
                v.choice(Setting.ACCESS_LOG_FORMAT, NetworkSettings.AccessLogFormat.class),
                v.choice(Setting.TRANSPORT, NetworkSettings.Transport.class));
    }

    /** The state folder as set, else {@code ~/.local/state/phlogd} (the loader applies $XDG_STATE_HOME). */
    private static Path stateDir(String set) {
        return set.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "state", "phlogd")
                : Path.of(set.strip());
    }

    /** Whether Gemini is served (0, the default, means off). */
    public boolean gemini() {
        return geminiPort != 0;
    }

    /** The port written into menus: the public port when set, else the port actually bound. */
    public int advertisedPort(int boundPort) {
        return publicPort != 0 ? publicPort : boundPort;
    }

    /** Parses and checks raw values, naming the setting in every error. */
    private record Values(Map<Setting, String> raw) {
        String string(Setting s) {
            return raw.getOrDefault(s, s.defaultValue());
        }

        String nonEmpty(Setting s) throws ConfigException {
            String v = string(s).trim();
            if (v.isEmpty() || v.chars().anyMatch(c -> c <= ' ')) {
                throw new ConfigException(s.key() + " must be a host name without spaces, got '" + v + "'");
            }
            return v;
        }

        int intIn(Setting s, int min, int max) throws ConfigException {
            String v = string(s).trim();
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    throw new ConfigException(s.key() + " must be between " + min + " and " + max + ", got " + v);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException(s.key() + " must be a whole number, got '" + v + "'");
            }
        }

        int port(Setting s) throws ConfigException {
            return intIn(s, 0, 65535);
        }

        boolean bool(Setting s) throws ConfigException {
            String v = string(s).trim();
            return switch (v) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new ConfigException(s.key() + " must be true or false, got '" + v + "'");
            };
        }

        <E extends Enum<E>> E choice(Setting s, Class<E> type) throws ConfigException {
            String v = string(s).trim();
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            throw new ConfigException(s.key() + " must be one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                                    .toList())
                    + ", got '" + v + "'");
        }

        ZoneId zone(Setting s) throws ConfigException {
            String v = string(s).trim();
            if (v.isEmpty()) {
                return ZoneId.systemDefault();
            }
            try {
                return ZoneId.of(v);
            } catch (DateTimeException e) {
                throw new ConfigException(
                        s.key() + " must be a time zone such as Europe/Paris or UTC, got '" + v + "'");
            }
        }

        Duration seconds(Setting s) throws ConfigException {
            String v = string(s).trim();
            try {
                double d = Double.parseDouble(v);
                if (!(d > 0) || d > 86_400) {
                    throw new ConfigException(s.key() + " must be a number of seconds above 0, got " + v);
                }
                return Duration.ofNanos((long) (d * 1e9));
            } catch (NumberFormatException e) {
                throw new ConfigException(s.key() + " must be a number of seconds, got '" + v + "'");
            }
        }
    }
}
