package dev.phlogd.protocol;

/** gemini:// URLs for this hole's paths (a Gemini path is the Gopher selector, escaped). */
public final class GeminiUrls {
    private GeminiUrls() {}

    /** {@code gemini://host:port/}, the port left out when it is 1965. */
    public static String root(String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "gemini://" + h + (port == 1965 ? "" : ":" + port) + "/";
    }

    /** {@code gemini://host:port/path} for a selector such as {@code /journal/rain}. */
    public static String of(String host, int port, String selector) {
        String root = root(host, port);
        return root.substring(0, root.length() - 1) + path(selector.startsWith("/") ? selector : "/" + selector);
    }

    /**
     * A selector as a URL path (RFC 3986): what would end a link line's URL (space, TAB) or start a
     * query or fragment ({@code ?}, {@code #}) is escaped, and {@code %} so that decoding gives the
     * selector back. Other characters stay as written; Gemini clients send UTF-8 paths as they are.
     */
    public static String path(String selector) {
        StringBuilder out = new StringBuilder(selector.length() + 8);
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case ' ' -> out.append("%20");
                case '\t' -> out.append("%09");
                case '?' -> out.append("%3F");
                case '#' -> out.append("%23");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
