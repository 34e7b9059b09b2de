package dev.phlogd.journal;

import dev.phlogd.page.Kind;
import dev.phlogd.protocol.ItemType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies link targets: absolute URLs by scheme, gopher:// URLs taken apart (RFC 4266). */
public final class Urls {
    /** Schemes offered as web links ({@code h} items); the same list the URL: redirect page accepts. */
    public static final Set<String> WEB_SCHEMES = Set.of(
            "http", "https", "gemini", "gophers", "ftp", "ftps", "sftp", "mailto", "news", "nntp", "irc", "ircs",
            "xmpp", "telnet", "ssh", "finger", "spartan", "tel", "geo", "magnet");

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern GOPHER =
            Pattern.compile("gopher://([^/:?#]+|\\[[^\\]]+\\])(?::(\\d+))?(?:/(.)?(.*))?", Pattern.CASE_INSENSITIVE);

    /** A URL written bare in plain text (schemes readers meet in journals). */
    public static final Pattern BARE_URL = Pattern.compile("\\b(?:https?|gopher|gemini)://[^\\s<>\"]+");

    private Urls() {}

    /** A {@link #BARE_URL} match without the punctuation that ends the sentence around it. */
    public static String bareUrl(String match) {
        return match.replaceAll("[.,;:!?)\\]]+$", "");
    }

    /** The lower-case scheme of an absolute URL, if the target has one. */
    public static Optional<String> scheme(String target) {
        Matcher m = SCHEME.matcher(target);
        if (m.lookingAt() && !(m.group(1).length() == 1 && target.length() > 2 && target.charAt(2) == '\\')) {
            return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** True when {@code target} is an absolute URL or a protocol-relative one ({@code //host/x}). */
    public static boolean isAbsolute(String target) {
        return scheme(target).isPresent() || target.startsWith("//");
    }

    /** The reference for an absolute URL; gopher:// URLs become Gopher items, others web links. */
    public static Reference absolute(String target) {
        if (target.startsWith("//")) {
            return new Reference.Web("https:" + target);
        }
        String scheme = scheme(target).orElse("");
        if (scheme.equals("gopher")) {
            Matcher m = GOPHER.matcher(target);
            if (m.matches()) {
                String host = m.group(1);
                int port = m.group(2) == null ? 70 : Integer.parseInt(m.group(2));
                char type = m.group(3) == null ? '1' : m.group(3).charAt(0);
                String selector = m.group(4) == null ? "" : decode(m.group(4));
                int tab = selector.indexOf('\t');
                if (tab >= 0) {
                    selector = selector.substring(0, tab);
                }
                Kind itemType = ItemType.of(type).map(ItemType::kind).orElse(Kind.TEXT);
                if (port > 0 && port < 65536) {
                    return new Reference.Gopher(itemType, selector, host, port, target);
                }
            }
            return new Reference.Missing(target);
        }
        return WEB_SCHEMES.contains(scheme) ? new Reference.Web(target) : new Reference.Missing(target);
    }

    /** Percent-decoding that leaves a stray {@code %} alone instead of failing. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
