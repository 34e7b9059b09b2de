package dev.phlogd.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page served for {@code URL:} selectors (the convention for {@code h} items): clients that do
 * not open web links themselves (lynx, vf1, the UMN client, Kristall) ask the server for the
 * selector and get a small HTML page that redirects to the URL and links it.
 */
public final class WebLinkPage {
    /** Schemes a link may lead to; anything else (javascript:, data:, file:...) is refused. */
    public static final Set<String> ALLOWED_SCHEMES = Set.of(
            "http", "https", "gemini", "gopher", "gophers", "ftp", "ftps", "sftp", "mailto", "news", "nntp", "irc",
            "ircs", "xmpp", "telnet", "ssh", "finger", "spartan", "tel", "geo", "magnet");

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    private WebLinkPage() {}

    /** The URL behind a {@code URL:} selector when it is well-formed and its scheme allowed. */
    public static Optional<String> target(String selector) {
        if (!selector.startsWith("URL:")) {
            return Optional.empty();
        }
        String url = selector.substring(4).strip();
        if (url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            return Optional.empty();
        }
        // The scheme alone decides; the rest is HTML-escaped when written, so URLs that
        // java.net.URI finds too loose (quotes, pipes) still work as browsers accept them.
        Matcher m = SCHEME.matcher(url);
        if (!m.lookingAt() || !ALLOWED_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(url);
    }

    /** The redirect page for {@code url} (already checked by {@link #target}). */
    public static byte[] page(String url) {
        String u = Html.escape(url);
        return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<meta http-equiv=\"refresh\" content=\"2; url=" + u + "\">\n"
                        + "<title>Redirect to " + u + "</title>\n</head>\n<body>\n"
                        + "<p>This Gopher link leads out of Gopherspace, to <a href=\"" + u + "\">" + u + "</a>.</p>\n"
                        + "<p>You will be taken there in a moment; follow the link if not.</p>\n"
                        + "</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
