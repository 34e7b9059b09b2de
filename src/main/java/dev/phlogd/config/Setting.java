package dev.phlogd.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every setting phlogd has. Each one can be given in the TOML file (its {@link #key()}), as an
 * environment variable ({@link #envName()}) and as a command-line flag ({@link #flag()}), in
 * rising order of precedence.
 */
public enum Setting {
    ROOT("root", Type.PATH, "gopherhole", "Content folder served as the Gopher hole."),
    BIND("bind", Type.STRING, "", "Listen address; empty means all interfaces, IPv4 and IPv6."),
    PORT("port", Type.PORT, "7070", "Listen port; 0 picks a free port (the log says which)."),
    HOSTNAME("hostname", Type.STRING, "localhost", "Host name written into menus (what clients connect to)."),
    PUBLIC_PORT("public_port", Type.PORT, "0", "Port written into menus; 0 means the listen port."),
    WIDTH("width", Type.INT, "70", "Column width that entries are wrapped to (20 to 200)."),
    TITLE("title", Type.STRING, "phlogd", "Title of the hole, shown at the top of the root menu."),
    DESCRIPTION(
            "description",
            Type.STRING,
            "A journal served by phlogd.",
            "One-line description, shown under the title and in caps.txt."),
    ADMIN("admin", Type.STRING, "", "Administrator contact (name and email), for caps.txt and Gopher+."),
    STRICT_RFC1436(
            "strict_rfc1436",
            Type.BOOL,
            "false",
            "End text replies with the RFC 1436 '.' line and double leading dots (for old clients)."),
    MAX_REQUEST_BYTES(
            "max_request_bytes",
            Type.INT,
            "2048",
            "Longest request line accepted, in bytes; longer ones get an error and are closed."),
    READ_TIMEOUT(
            "read_timeout",
            Type.SECONDS,
            "10",
            "Seconds a client has to send its whole request line before it is disconnected."),
    MAX_CONNECTIONS("max_connections", Type.INT, "512", "Connections served at once; more get a 'server busy' error."),
    SHUTDOWN_GRACE("shutdown_grace", Type.SECONDS, "5", "Seconds replies in flight may take to finish after SIGTERM."),
    RECENT_ENTRIES("recent_entries", Type.INT, "10", "How many of the newest entries the root menu shows."),
    SHOW_DRAFTS(
            "show_drafts",
            Type.BOOL,
            "false",
            "Show drafts, unpublished and future-dated entries (marked as drafts), for previewing."),
    CACHE_MB(
            "cache_mb",
            Type.INT,
            "64",
            "Memory for ready replies (menus, rendered entries) in MiB; the least recently used go first."),
    RESCAN_INTERVAL(
            "rescan_interval",
            Type.SECONDS,
            "5",
            "Seconds between full checks of the content folder, for changes the file watcher missed."),
    MAX_ENTRY_BYTES(
            "max_entry_bytes",
            Type.INT,
            "4194304",
            "Journal files larger than this many bytes are sent as they are instead of rendered."),
    TIMEZONE(
            "timezone",
            Type.STRING,
            "",
            "Time zone of dates written without one, such as Europe/Paris; empty means the system's."),
    TLS_CERT(
            "tls_cert",
            Type.PATH,
            "",
            "PEM certificate chain; with tls_key, the Gopher port speaks TLS to clients that start with it."),
    TLS_KEY("tls_key", Type.PATH, "", "PEM private key of tls_cert (PKCS#8 or PKCS#1)."),
    GEMINI_PORT(
            "gemini_port",
            Type.PORT,
            "0",
            "Port that serves the same journal over Gemini (TLS); 0 means off, 1965 is the usual one."),
    STATE_DIR(
            "state_dir",
            Type.PATH,
            "",
            "Folder for what phlogd keeps (the self-signed Gemini certificate, the index for the next"
                    + " start); empty means"
                    + " $XDG_STATE_HOME/phlogd or ~/.local/state/phlogd."),
    PROXY_PROTOCOL(
            "proxy_protocol",
            Type.BOOL,
            "false",
            "Connections from trusted_proxies start with a PROXY v1 or v2 header naming the real client."),
    TRUSTED_PROXIES(
            "trusted_proxies",
            Type.STRING,
            "127.0.0.1/32,::1/128",
            "Address blocks (comma-separated) whose PROXY headers are believed; any other address is a client."),
    MAX_CONNECTIONS_PER_IP(
            "max_connections_per_ip", Type.INT, "16", "Connections one client address may hold open at once."),
    RATE_LIMIT("rate_limit", Type.INT, "600", "Requests per minute one client address may make; 0 means no limit."),
    LOG_ADDRESSES(
            "log_addresses",
            Type.STRING,
            "truncated",
            "Client addresses in the access log: full, truncated (IPv4 /24, IPv6 /48) or none."),
    ACCESS_LOG_FORMAT(
            "access_log_format",
            Type.STRING,
            "phlogd",
            "Access log lines: phlogd, or combined (Apache/NCSA, for GoAccess and other log tools)."),
    TRANSPORT(
            "transport",
            Type.STRING,
            "auto",
            "Socket layer: epoll, io_uring or nio; auto takes epoll where the system has it, else io_uring, else nio.");

    /** How a setting's value is written and checked. */
    public enum Type {
        STRING,
        PATH,
        INT,
        PORT,
        BOOL,
        SECONDS
    }

    private final String key;
    private final Type type;
    private final String defaultValue;
    private final String help;

    Setting(String key, Type type, String defaultValue, String help) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String help() {
        return help;
    }

    public String flag() {
        return "--" + key.replace('_', '-');
    }

    public String envName() {
        return "PHLOGD_" + key.toUpperCase(Locale.ROOT);
    }

    public static Optional<Setting> byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Optional<Setting> byFlag(String flag) {
        for (Setting s : values()) {
            if (s.flag().equals(flag)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
