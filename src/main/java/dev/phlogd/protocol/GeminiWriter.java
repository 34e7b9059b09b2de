package dev.phlogd.protocol;

import dev.phlogd.page.Kind;
import dev.phlogd.page.Link;
import dev.phlogd.page.MenuLine;
import dev.phlogd.page.Page;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes pages in Gemini: a status line ({@code 20 text/gemini; charset=utf-8}, {@code 51} not
 * found, {@code 3x} redirects...) and the body. Menus become gemtext: the title as {@code # },
 * part headings as {@code ## }, text lines as text, hand-formatted lines in a preformatted block,
 * links as {@code => URL label} (this hole's selectors as paths, other Gopher servers as
 * gopher:// URLs). The one place where a page becomes Gemini bytes.
 */
public final class GeminiWriter implements PageWriter {
    public static final String GEMTEXT = "text/gemini; charset=utf-8";
    private static final String PLAIN = "text/plain; charset=utf-8";
    /** The longest status line meta the specification allows, in bytes. */
    static final int MAX_META_BYTES = 1024;

    @Override
    public byte[] bytes(Page page) {
        if (page instanceof Page.Menu menu) {
            return withHeader(GEMTEXT, gemtext(menu));
        }
        if (page instanceof Page.Entry entry) {
            return withHeader(GEMTEXT, endWithNewline(entry.text()));
        }
        if (page instanceof Page.Text text) {
            return withHeader(PLAIN, endWithNewline(text.text()));
        }
        if (page instanceof Page.Raw raw) {
            return concat(header(20, raw.mime()), raw.bytes());
        }
        if (page instanceof Page.Redirect redirect) {
            String url = redirect.url();
            // A path of this hole (a folder's slash) moved for good; a way out is only temporary.
            return url.startsWith("/") ? header(31, GeminiUrls.path(url)) : header(30, url);
        }
        if (page instanceof Page.NotFound notFound) {
            return header(51, notFound.reason());
        }
        throw new IllegalArgumentException("a file is opened, not written: " + page.title());
    }

    @Override
    public byte[] fileHeader(Page.File file) {
        return header(20, MimeTypes.of(file.title()));
    }

    /** {@code STATUS META CRLF}; the meta is cut at a whole character to fit, control characters left out. */
    public static byte[] header(int status, String meta) {
        StringBuilder clean = new StringBuilder(meta.length());
        meta.codePoints().filter(c -> c >= 0x20 && c != 0x7F).forEach(clean::appendCodePoint);
        String m = clean.toString().strip();
        while (m.getBytes(StandardCharsets.UTF_8).length > MAX_META_BYTES) {
            m = m.substring(0, m.offsetByCodePoints(m.length(), -1));
        }
        return (status + " " + m + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A menu as gemtext. */
    public static String gemtext(Page.Menu menu) {
        StringBuilder out = new StringBuilder();
        if (menu.lines().isEmpty() || menu.lines().get(0).role() != MenuLine.Role.TITLE) {
            out.append("# ").append(oneLine(menu.title())).append('\n');
        }
        boolean preformatted = false;
        boolean blank = false;
        for (MenuLine line : menu.lines()) {
            if (line.role() == MenuLine.Role.LINKS_OF_ENTRY) {
                continue;
            }
            if (line.asWritten() != preformatted) {
                out.append("```\n");
                preformatted = line.asWritten();
            }
            String label = oneLine(line.label());
            if (preformatted) {
                out.append(label.replace("```", "` ``")).append('\n');
                continue;
            }
            if (label.isBlank() && line.link() instanceof Link.None) {
                // One blank line between parts, however many the menu has.
                if (!blank && out.length() > 0) {
                    out.append('\n');
                }
                blank = true;
                continue;
            }
            blank = false;
            switch (line.role()) {
                case TITLE -> out.append("# ").append(label.strip()).append('\n');
                case HEADING -> out.append("## ").append(label.strip()).append('\n');
                default ->
                    out.append(line(line.kind(), label.strip(), line.link())).append('\n');
            }
        }
        if (preformatted) {
            out.append("```\n");
        }
        return out.toString();
    }

    private static String line(Kind kind, String label, Link link) {
        if (link instanceof Link.Local local) {
            return "=> " + GeminiUrls.path(local.selector()) + (label.isEmpty() ? "" : " " + label);
        }
        if (link instanceof Link.Remote remote) {
            return "=> "
                    + GopherUrls.of(
                            remote.host(), remote.port(), ItemType.of(kind).code(), remote.selector())
                    + (label.isEmpty() ? "" : " " + label);
        }
        if (link instanceof Link.Web web) {
            return "=> " + web.url().replace(" ", "%20") + (label.isEmpty() ? "" : " " + label);
        }
        return text(label);
    }

    /** A text line that gemtext would read as markup ({@code =>}, {@code #}, {@code *}, {@code >}, a fence) gets a space before it. */
    static String text(String label) {
        boolean markup = label.startsWith("=>")
                || label.startsWith("#")
                || label.startsWith("* ")
                || label.startsWith(">")
                || label.startsWith("```");
        return markup ? " " + label : label;
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace("\n", " ").replace("\t", "    ");
    }

    private static String endWithNewline(String text) {
        return text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
    }

    private static byte[] withHeader(String mime, String body) {
        return concat(header(20, mime), body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
