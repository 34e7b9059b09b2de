package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser's shortcuts for plain ASCII selectors give what the long way gives, for any line. */
class RequestParserPropertyTest {
    @Property
    void decodesAsTheStrictDecoderDoes(@ForAll("bytes") byte[] line) {
        assertThat(RequestParser.utf8(line)).isEqualTo(RequestParser.decoded(line));
    }

    /** Plain ASCII half the time (the shortcut's case), any bytes the other half. */
    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().between((byte) 0, (byte) 127).array(byte[].class),
                Arbitraries.bytes().array(byte[].class));
    }

    @Property
    void splitsAndRecognisesHttpAsTheFullParseDoes(@ForAll("lines") String line) {
        Request parsed = RequestParser.parse(line.getBytes(StandardCharsets.UTF_8));
        var http = RequestParser.HTTP.matcher(line);
        if (http.matches()) {
            assertThat(parsed).isEqualTo(new Request.Http(http.group(1), http.group(2)));
        } else {
            List<String> parts = Arrays.asList(line.split("\t", -1));
            assertThat(parsed).isEqualTo(new Request.Gopher(parts.get(0), parts.subList(1, parts.size())));
        }
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("GET / HTTP/1.1", "HEAD /x HTTP/1.0", "GET", " ", "/", " HTTP/", "1", "\t", "é", "日"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
}
