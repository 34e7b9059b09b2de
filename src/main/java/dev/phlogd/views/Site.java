package dev.phlogd.views;

/**
 * What generated pages say about the hole and where it lives.
 *
 * @param host the host name written into menus and URLs
 * @param port the port written into menus and URLs
 * @param recent how many newest entries the root menu shows
 */
public record Site(String title, String description, String host, int port, int recent, String admin) {
    /** {@code gopher://host:port/} (the port left out when it is 70). */
    public String url() {
        return "gopher://" + host + (port == 70 ? "" : ":" + port) + "/";
    }

    /** {@code gopher://host:port/Tselector}, per RFC 4266. */
    public String url(char type, String selector) {
        return url() + type + selector.replace("%", "%25").replace(" ", "%20").replace("\t", "%09");
    }
}
