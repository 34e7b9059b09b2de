package dev.phlogd.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses one request line (without its line end) into a {@link Request}. The selector must be
 * valid UTF-8 without NUL or other control characters; a TAB separates the search string and
 * Gopher+ fields (RFC 1436 section 3.7, Gopher+ section 2.3).
 */
public final class RequestParser {
    private static final Pattern HTTP =
            Pattern.compile("(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH|CONNECT|TRACE) (\\S+) HTTP/\\d(\\.\\d)?");

    private RequestParser() {}

    public static Request parse(byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Request.Invalid("Request is not valid UTF-8");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return new Request.Invalid("Request contains a NUL byte");
            }
            if (c != '\t' && (c < 0x20 || c == 0x7F)) {
                return new Request.Invalid("Request contains a control character");
            }
        }
        var http = HTTP.matcher(text);
        if (http.matches()) {
            return new Request.Http(http.group(1), http.group(2));
        }
        List<String> parts = new ArrayList<>(List.of(text.split("\t", -1)));
        String selector = parts.remove(0);
        return new Request.Gopher(selector, parts);
    }
}
