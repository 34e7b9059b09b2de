package dev.phlogd.page;

/** Where a menu line leads: nowhere (a text line), into this hole, to another server, or to the web. */
public sealed interface Link {
    /** A line that leads nowhere (text and error lines). */
    record None() implements Link {}

    /** A selector of this hole; the writer adds this server's host and port. */
    record Local(String selector) implements Link {}

    /** A selector on another server (or on this one, named by host and port as a map wrote it). */
    record Remote(String host, int port, String selector) implements Link {}

    /** A URL outside Gopherspace (web, Gemini, mail...). */
    record Web(String url) implements Link {}

    Link NONE = new None();
}
