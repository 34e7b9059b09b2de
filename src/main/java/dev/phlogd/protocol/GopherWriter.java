package dev.phlogd.protocol;

import dev.phlogd.page.Kind;
import dev.phlogd.page.Page;

/**
 * Writes pages in Gopher: menus per RFC 1436 section 3.8, entries and texts as text replies, the
 * {@code URL:} redirect page, type-3 error menus. The one place where a page becomes Gopher bytes,
 * shared by the server and the {@code render} command. Files are opened by the caller, which
 * checks their path against the root at that moment.
 */
public final class GopherWriter implements PageWriter {
    private final String host;
    private final int port;
    private final boolean strict;

    /**
     * @param host the host name local items point at
     * @param port the port local items point at
     * @param strict RFC 1436 text replies: a {@code .} terminator line and doubled leading dots
     */
    public GopherWriter(String host, int port, boolean strict) {
        this.host = host;
        this.port = port;
        this.strict = strict;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** True when text replies end with a {@code .} line, as menus always do. */
    public boolean dotTerminated(Page page) {
        return page instanceof Page.Menu || strict && (page instanceof Page.Entry || page instanceof Page.Text);
    }

    @Override
    public byte[] fileHeader(Page.File file) {
        return new byte[0];
    }

    /** The bytes of a page held in memory (any page but a file). */
    @Override
    public byte[] bytes(Page page) {
        if (page instanceof Page.Menu menu) {
            return MenuFormat.format(menu.lines(), host, port);
        }
        if (page instanceof Page.Entry entry) {
            return TextFormat.format(entry.text(), strict);
        }
        if (page instanceof Page.Text text) {
            return TextFormat.format(text.text(), strict);
        }
        if (page instanceof Page.Raw raw) {
            return raw.bytes();
        }
        if (page instanceof Page.Redirect redirect) {
            return WebLinkPage.page(redirect.url());
        }
        if (page instanceof Page.NotFound notFound) {
            return error(notFound.reason());
        }
        throw new IllegalArgumentException("a file is opened, not written: " + page.title());
    }

    /** A type-3 error menu. */
    public byte[] error(String message) {
        return MenuFormat.format(ErrorReplies.of(message), host, port);
    }

    /** The reply to an HTTP request sent to the Gopher port. */
    public Reply httpNotice(String method) {
        return new Reply.Data(Outcome.HTTP, HttpNotice.reply(method, host, port));
    }

    /** What the access log calls a page's reply. */
    public static Outcome outcome(Page page) {
        if (page instanceof Page.Menu) {
            return Outcome.MENU;
        }
        if (page instanceof Page.Redirect) {
            return Outcome.REDIRECT;
        }
        if (page instanceof Page.File) {
            return Outcome.FILE;
        }
        if (page instanceof Page.NotFound) {
            return Outcome.ERROR;
        }
        return Outcome.TEXT;
    }

    /** The item type a page is offered as (Gopher+ attributes). */
    public static ItemType type(Page page) {
        if (page instanceof Page.Menu) {
            return ItemType.MENU;
        }
        if (page instanceof Page.Redirect) {
            return ItemType.HTML;
        }
        if (page instanceof Page.File file) {
            return ItemType.of(file.kind());
        }
        if (page instanceof Page.NotFound) {
            return ItemType.ERROR;
        }
        return ItemType.of(Kind.TEXT);
    }

    /** The MIME type Gopher+ attributes name for a page. */
    public static String mime(Page page) {
        if (page instanceof Page.Menu) {
            return "application/gopher-menu";
        }
        if (page instanceof Page.Redirect) {
            return "text/html";
        }
        if (page instanceof Page.File) {
            return "application/octet-stream";
        }
        return "text/plain";
    }
}
