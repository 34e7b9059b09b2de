package dev.phlogd.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParserTest {
    private static Request parse(String s) {
        return RequestParser.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainSelector() {
        assertThat(parse("/phlog/2024")).isEqualTo(Request.Gopher.of("/phlog/2024"));
    }

    @Test
    void searchAndGopherPlusFields() {
        assertThat(parse("/s\tquery")).isEqualTo(new Request.Gopher("/s", List.of("query")));
        assertThat(parse("\t$")).isEqualTo(new Request.Gopher("", List.of("$")));
        assertThat(parse("/s\tq\t+")).isEqualTo(new Request.Gopher("/s", List.of("q", "+")));
        assertThat(parse("/s\t")).isEqualTo(new Request.Gopher("/s", List.of("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/1.1", "HEAD /x HTTP/1.0", "POST /form HTTP/2"})
    void httpRequestLines(String line) {
        assertThat(parse(line)).isInstanceOf(Request.Http.class);
    }

    @Test
    void selectorThatOnlyLooksLikeHttpIsGopher() {
        assertThat(parse("GET the thing")).isInstanceOf(Request.Gopher.class);
    }

    @Test
    void controlCharactersAndNulAreRejected() {
        assertThat(parse("/a\u0000")).isEqualTo(new Request.Invalid("Request contains a NUL byte"));
        assertThat(parse("/a\u001b[31m")).isEqualTo(new Request.Invalid("Request contains a control character"));
        assertThat(parse("/a\rb")).isInstanceOf(Request.Invalid.class);
    }

    @Test
    void invalidUtf8IsRejected() {
        assertThat(RequestParser.parse(new byte[] {'/', (byte) 0xFF}))
                .isEqualTo(new Request.Invalid("Request is not valid UTF-8"));
        // An overlong encoding of '/' must not sneak through as a path separator.
        assertThat(RequestParser.parse(new byte[] {(byte) 0xC0, (byte) 0xAF})).isInstanceOf(Request.Invalid.class);
    }
}
