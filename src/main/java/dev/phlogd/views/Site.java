package dev.phlogd.views;

import dev.phlogd.protocol.GeminiUrls;
import dev.phlogd.protocol.GopherUrls;

/**
 * What generated pages say about the hole and where it lives.
 *
 * @param host the host name written into menus and URLs
 * @param port the port written into menus and URLs
 * @param recent how many newest entries the root menu shows
 * @param scheme which front end the pages are for: its URLs, and whether gophermaps apply
 */
public record Site(String title, String description, String host, int port, int recent, String admin, Scheme scheme) {

    /** The protocol a page is served over. */
    public enum Scheme {
        GOPHER,
        GEMINI
    }

    public Site(String title, String description, String host, int port, int recent, String admin) {
        this(title, description, host, port, recent, admin, Scheme.GOPHER);
    }

    /** The same hole as seen over {@code scheme} on {@code port}. */
    public Site over(Scheme other, int otherPort) {
        return new Site(title, description, host, otherPort, recent, admin, other);
    }

    public boolean gemini() {
        return scheme == Scheme.GEMINI;
    }

    /** {@code gopher://host:port/} (the port left out when it is 70), or the gemini:// root. */
    public String url() {
        return gemini() ? GeminiUrls.root(host, port) : GopherUrls.root(host, port);
    }

    /** {@code gopher://host:port/Tselector}, per RFC 4266, or {@code gemini://host:port/selector}. */
    public String url(char type, String selector) {
        return gemini() ? GeminiUrls.of(host, port, selector) : GopherUrls.of(host, port, type, selector);
    }
}
