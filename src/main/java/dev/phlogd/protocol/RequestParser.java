package dev.phlogd.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses one request line (without its line end) into a {@link Request}. The selector must be
 * valid UTF-8 without NUL or other control characters; a TAB separates the search string and
 * Gopher+ fields (RFC 1436 section 3.7, Gopher+ section 2.3).
 */
public final class RequestParser {
    static final Pattern HTTP =
            Pattern.compile("(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH|CONNECT|TRACE) (\\S+) HTTP/\\d(\\.\\d)?");

    private RequestParser() {}

    public static Request parse(byte[] line) {
        Optional<String> decoded = utf8(line);
        if (decoded.isEmpty()) {
            return new Request.Invalid("Request is not valid UTF-8");
        }
        String text = decoded.get();
        Optional<Request.Invalid> unprintable = controls(text, true);
        if (unprintable.isPresent()) {
            return unprintable.get();
        }
        // Only a line with " HTTP/" in it can match, and only one with a TAB has fields: the
        // pattern's matcher and the split were most of what parsing the plain selector of nearly
        // every request cost.
        if (text.contains(" HTTP/")) {
            var http = HTTP.matcher(text);
            if (http.matches()) {
                return new Request.Http(http.group(1), http.group(2));
            }
        }
        if (text.indexOf('\t') < 0) {
            return Request.Gopher.of(text);
        }
        List<String> parts = new ArrayList<>(List.of(text.split("\t", -1)));
        String selector = parts.remove(0);
        return new Request.Gopher(selector, parts);
    }

    /** The line as UTF-8 text; empty when it is not valid UTF-8. */
    static Optional<String> utf8(byte[] line) {
        if (ascii(line)) {
            // ASCII is UTF-8 as it is, and needs no decoder (a decoder and two buffers per request).
            return Optional.of(new String(line, StandardCharsets.US_ASCII));
        }
        return decoded(line);
    }

    /** The line through a strict UTF-8 decoder: what {@link #utf8} gives for any line. */
    static Optional<String> decoded(byte[] line) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean ascii(byte[] line) {
        for (byte b : line) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Why a request line cannot be served for the bytes it holds: a NUL or another control character. */
    static Optional<Request.Invalid> controls(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of(new Request.Invalid("Request contains a NUL byte"));
            }
            if ((c != '\t' || !tabAllowed) && (c < 0x20 || c == 0x7F)) {
                return Optional.of(new Request.Invalid("Request contains a control character"));
            }
        }
        return Optional.empty();
    }
}
