package dev.phlogd.protocol;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a Gemini request line (without its CRLF): one absolute URL, UTF-8, no userinfo and no
 * fragment (Gemini specification, section "Requests"). Whether its scheme and host are this
 * server's is the router's question; anything that is not a URL is an {@link Request.Invalid}.
 */
public final class GeminiRequests {
    /** The longest URL the specification allows, in bytes. */
    public static final int MAX_URL_BYTES = 1024;

    private GeminiRequests() {}

    public static Request parse(byte[] line) {
        if (line.length > MAX_URL_BYTES) {
            return new Request.Invalid("URL longer than " + MAX_URL_BYTES + " bytes");
        }
        Optional<String> decoded = RequestParser.utf8(line);
        if (decoded.isEmpty()) {
            return new Request.Invalid("Request is not valid UTF-8");
        }
        String text = decoded.get();
        if (text.isEmpty()) {
            return new Request.Invalid("Empty request: send an absolute gemini:// URL");
        }
        Optional<Request.Invalid> unprintable = RequestParser.controls(text, false);
        if (unprintable.isPresent()) {
            return unprintable.get();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return new Request.Invalid("Not a URL: " + e.getReason());
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return new Request.Invalid("Not an absolute URL");
        }
        if (uri.getRawUserInfo() != null) {
            return new Request.Invalid("A URL with user information is not allowed");
        }
        if (uri.getRawFragment() != null) {
            return new Request.Invalid("A URL with a fragment is not allowed");
        }
        String host = uri.getHost();
        if (host == null) {
            return new Request.Invalid("URL without a host");
        }
        Optional<String> path = decode(uri.getRawPath() == null ? "" : uri.getRawPath());
        Optional<String> query = uri.getRawQuery() == null ? Optional.of("") : decode(uri.getRawQuery());
        if (path.isEmpty() || query.isEmpty()) {
            return new Request.Invalid("URL with a broken percent escape");
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new Request.Gemini(
                text,
                uri.getScheme().toLowerCase(Locale.ROOT),
                h.toLowerCase(Locale.ROOT),
                uri.getPort(),
                path.get(),
                uri.getRawQuery() == null ? null : query.get());
    }

    /** Percent-decoding to UTF-8 (a {@code +} stays a plus); empty when an escape is broken. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    bytes = raw.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
                continue;
            }
            if (i + 2 >= raw.length()) {
                return Optional.empty();
            }
            int hi = Character.digit(raw.charAt(i + 1), 16);
            int lo = Character.digit(raw.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return RequestParser.utf8(out.toByteArray())
                .filter(s -> RequestParser.controls(s, true).isEmpty());
    }
}
