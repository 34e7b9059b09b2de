package dev.phlogd.page;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a request can be answered with, before any protocol has written it. Views return
 * pages; a protocol's writer turns each kind into bytes, so a new protocol needs a writer and no
 * change to the views.
 */
public sealed interface Page {
    /** What the page is called (menus' and attribute replies' titles, log lines). */
    String title();

    /** A menu: text lines and links, in order. */
    record Menu(String title, List<MenuLine> lines) implements Page {
        public Menu {
            lines = List.copyOf(lines);
        }
    }

    /** An entry: its rendered text (header, body, numbered references; LF line ends). */
    record Entry(String title, String text) implements Page {}

    /** A generated text that is not an entry (the about page, caps.txt, the feed). */
    record Text(String title, String text) implements Page {}

    /** A generated document sent byte for byte (the Atom feed), with its MIME type. */
    record Raw(String title, String mime, byte[] bytes) implements Page {}

    /**
     * A page that sends the reader on to {@code url}: out of Gopherspace (a {@code URL:} link), or,
     * over Gemini, to a path of this hole (a folder asked for without its slash).
     */
    record Redirect(String url) implements Page {
        public String title() {
            return "Link";
        }
    }

    /**
     * A file sent as it is. {@code path} is checked against {@code realRoot} again when it is
     * opened, because a symbolic link may have been swapped since the scan.
     */
    record File(Path path, Path realRoot, Kind kind, String title) implements Page {}

    /** Nothing to serve; {@code reason} says why, in words a reader understands. */
    record NotFound(String reason) implements Page {
        public String title() {
            return reason;
        }
    }
}
