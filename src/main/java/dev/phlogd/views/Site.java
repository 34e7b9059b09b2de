package dev.phlogd.views;

import dev.phlogd.protocol.GopherUrls;

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
        return GopherUrls.root(host, port);
    }

    /** {@code gopher://host:port/Tselector}, per RFC 4266. */
    public String url(char type, String selector) {
        return GopherUrls.of(host, port, type, selector);
    }
}
