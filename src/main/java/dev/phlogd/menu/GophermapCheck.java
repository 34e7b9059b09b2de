package dev.phlogd.menu;

import dev.phlogd.protocol.GopherUrls;
import dev.phlogd.protocol.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What {@code check} says about a hand-written gophermap, line by line: warnings for what phlogd
 * forgives (where gophernicus answers "not found") or suspects, errors for what stays broken.
 */
public final class GophermapCheck {
    /** How bad a finding is. */
    public enum Severity {
        WARNING,
        ERROR
    }

    /** One finding, on a line counted from 1. */
    public record Finding(int line, Severity severity, String message) {}

    /** A comment that reads like a heading or a sentence: two words or more, starting with a capital or digit. */
    private static final Pattern PROSE =
            Pattern.compile("^\\s*[\\p{Lu}\\p{N}][^\\s]*(?:[\\s,]+[\\p{L}\\p{N}][^\\s]*)+.*$");

    private GophermapCheck() {}

    /**
     * @param exists whether a local selector (already made absolute) names something readers get
     * @param host the host name menus are written with
     * @param port the port menus are written with
     */
    public static List<Finding> check(
            String text, String folderSelector, Predicate<String> exists, String host, int port) {
        List<Finding> out = new ArrayList<>();
        List<String> lines = Gophermap.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            MapLine line = MapLine.of(lines.get(i), folderSelector);
            if (line instanceof MapLine.End) {
                break;
            }
            if (line instanceof MapLine.Comment c && PROSE.matcher(c.text()).matches()) {
                out.add(new Finding(
                        n,
                        Severity.WARNING,
                        "\"#" + c.text() + "\" is a comment, so readers never see it;"
                                + " if it is meant as a heading, write it without the #"));
            } else if (line instanceof MapLine.Broken b) {
                out.add(new Finding(n, Severity.WARNING, "shown as text, because " + b.why()));
            } else if (line instanceof MapLine.Item item) {
                item(item, n, exists, host, port, out);
            }
        }
        return out;
    }

    private static void item(
            MapLine.Item item, int n, Predicate<String> exists, String host, int port, List<Finding> out) {
        String written = item.written();
        if (!item.local()) {
            int itemPort = item.port() == null ? 70 : item.port();
            boolean thisHost = item.host().equalsIgnoreCase(host) || isLoopback(item.host());
            if (thisHost && (itemPort != port || !item.host().equalsIgnoreCase(host))) {
                out.add(new Finding(
                        n,
                        Severity.WARNING,
                        "points at this hole as " + item.host() + ":" + itemPort + ", but its menus say " + host + ":"
                                + port + "; leave host and port out to mean this server"));
            }
            return;
        }
        if (!written.equals(written.strip())) {
            out.add(new Finding(
                    n,
                    Severity.WARNING,
                    "spaces around the selector \"" + written + "\" (phlogd serves \"" + written.strip()
                            + "\"; gophernicus answers not found)"));
        }
        String selector = item.selector().strip();
        if (selector.startsWith("/URL:")) {
            out.add(new Finding(
                    n,
                    Severity.WARNING,
                    "\"/URL:\" has a leading slash (phlogd serves it as URL:;" + " gophernicus answers not found)"));
            selector = selector.substring(1);
        }
        if (selector.startsWith("URL:")) {
            if (item.type() != ItemType.HTML) {
                out.add(new Finding(
                        n,
                        Severity.WARNING,
                        "a URL: selector on a type-" + item.type().code()
                                + " item; clients open web links from h items"));
            }
            return;
        }
        if (item.type() == ItemType.HTML) {
            out.add(new Finding(
                    n,
                    Severity.WARNING,
                    "an h item whose selector is not URL:...; Lagrange does not show it (write URL:"
                            + GopherUrls.of(host, port, 'h', selector) + ")"));
        }
        if (!exists.test(selector)) {
            out.add(new Finding(n, Severity.ERROR, "links to " + selector + ", which does not exist"));
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
