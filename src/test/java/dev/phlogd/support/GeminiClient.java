package dev.phlogd.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** A Gemini client for tests: TLS with SNI for {@code localhost}, any certificate trusted (they are self-signed). */
public final class GeminiClient {
    private GeminiClient() {}

    /** A reply: the status line's two parts and the body. */
    public record Response(int status, String meta, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code url} and CRLF, reads to EOF. */
    public static Response get(int port, String url) throws Exception {
        return parse(send(port, (url + "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends these bytes as they are and reads to EOF; the whole reply, header included. */
    public static byte[] send(int port, byte[] request) throws Exception {
        try (SSLSocket tls = open(port)) {
            tls.getOutputStream().write(request);
            tls.getOutputStream().flush();
            return readAll(tls.getInputStream());
        }
    }

    /** The certificate the Gemini port presents. */
    public static X509Certificate certificate(int port) throws Exception {
        try (SSLSocket tls = open(port)) {
            return (X509Certificate) tls.getSession().getPeerCertificates()[0];
        }
    }

    public static SSLSocket open(int port) throws Exception {
        Socket plain = new Socket("127.0.0.1", port);
        plain.setSoTimeout(20_000);
        SSLSocket tls = (SSLSocket) TrustAll.context().getSocketFactory().createSocket(plain, "localhost", port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName("localhost")));
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    /** Splits {@code STATUS META CRLF body}; fails the test when the header is not well formed. */
    public static Response parse(byte[] reply) {
        int crlf = -1;
        for (int i = 0; i + 1 < reply.length; i++) {
            if (reply[i] == '\r' && reply[i + 1] == '\n') {
                crlf = i;
                break;
            }
        }
        if (crlf < 3) {
            throw new AssertionError("no status line in: " + new String(reply, StandardCharsets.UTF_8));
        }
        String header = new String(reply, 0, crlf, StandardCharsets.UTF_8);
        if (!header.matches("[1-6][0-9] [^\\r\\n]*") || header.length() > 3 + 1024) {
            throw new AssertionError("malformed status line: " + header);
        }
        byte[] body = new byte[reply.length - crlf - 2];
        System.arraycopy(reply, crlf + 2, body, 0, body.length);
        return new Response(Integer.parseInt(header.substring(0, 2)), header.substring(3), body);
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
