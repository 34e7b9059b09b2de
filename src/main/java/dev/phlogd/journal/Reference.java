package dev.phlogd.journal;

import dev.phlogd.page.Kind;

/**
 * Where a link in an entry leads, once resolved: listed under "References" at the end of the text
 * and as an item of the entry's links menu.
 */
public sealed interface Reference {
    /** What the References list shows after the number. */
    String label();

    /** A web (or mail, gemini...) URL: an {@code h} item with a {@code URL:} selector. */
    record Web(String url) implements Reference {
        public String label() {
            return url;
        }
    }

    /** A gopher:// URL on another server (or this one, written as a URL). */
    record Gopher(Kind type, String selector, String host, int port, String url) implements Reference {
        public String label() {
            return url;
        }
    }

    /** Something in this hole: an entry, a folder or a file. */
    record Local(Kind type, String selector, String url) implements Reference {
        public String label() {
            return url;
        }
    }

    /** A local link whose target does not exist (or cannot be followed). */
    record Missing(String target) implements Reference {
        public String label() {
            return target + " (not found)";
        }
    }
}
