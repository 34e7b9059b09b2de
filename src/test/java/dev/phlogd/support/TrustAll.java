package dev.phlogd.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A TLS Gopher client for tests that trusts any certificate (they are self-signed). */
public final class TrustAll {
    private TrustAll() {}

    public static SSLContext context() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        return ctx;
    }

    /** Sends {@code selector} over TLS (on an already connected socket, after anything sent before) and reads to EOF. */
    public static String fetch(Socket plain, String selector) throws Exception {
        SSLSocket tls =
                (SSLSocket) context().getSocketFactory().createSocket(plain, "localhost", plain.getPort(), true);
        tls.startHandshake();
        tls.getOutputStream().write((selector + "\r\n").getBytes(StandardCharsets.UTF_8));
        tls.getOutputStream().flush();
        return read(tls.getInputStream());
    }

    /** The certificate the server presents. */
    public static X509Certificate certificate(int port) throws Exception {
        try (SSLSocket tls = (SSLSocket) context().getSocketFactory().createSocket("127.0.0.1", port)) {
            tls.startHandshake();
            return (X509Certificate) tls.getSession().getPeerCertificates()[0];
        }
    }

    static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
