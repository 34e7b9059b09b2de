package dev.phlogd.protocol;

import java.util.List;

/** What a client asked for, parsed from its request line. */
public sealed interface Request {

    /**
     * A Gopher request: the selector and the TAB-separated fields after it (a search string for
     * type 7, Gopher+ markers such as {@code +}, {@code !} or {@code $}). Which field is which
     * depends on the selector, so that choice is left to the router.
     */
    record Gopher(String selector, List<String> fields) implements Request {
        public Gopher {
            fields = List.copyOf(fields);
        }

        public static Gopher of(String selector) {
            return new Gopher(selector, List.of());
        }
    }

    /**
     * A Gemini request: the absolute URL as sent, its scheme and host (lower case), its port (-1
     * when the URL names none), its path and query percent-decoded (the query null when absent).
     */
    record Gemini(String url, String scheme, String host, int port, String path, String query) implements Request {}

    /** An HTTP request line sent to the Gopher port by a web browser or a health checker. */
    record Http(String method, String target) implements Request {}

    /** A request line that cannot be served; {@code reason} says why, for the client and the log. */
    record Invalid(String reason) implements Request {}
}
