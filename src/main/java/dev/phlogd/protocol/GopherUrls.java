package dev.phlogd.protocol;

/** gopher:// URLs as RFC 4266 writes them. */
public final class GopherUrls {
    private GopherUrls() {}

    /**
     * {@code gopher://host:port/Tselector} (RFC 4266): the port left out when it is 70, an IPv6
     * host in brackets, and the selector's %, space and TAB escaped.
     */
    public static String of(String host, int port, char type, String selector) {
        return root(host, port)
                + type
                + selector.replace("%", "%25").replace(" ", "%20").replace("\t", "%09");
    }

    /** {@code gopher://host:port/}, the root of a server. */
    public static String root(String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "gopher://" + h + (port == 70 ? "" : ":" + port) + "/";
    }
}
