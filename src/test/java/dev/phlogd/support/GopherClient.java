package dev.phlogd.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A raw Gopher client for tests: sends bytes, reads everything until the server closes. */
public final class GopherClient {
    private GopherClient() {}

    public static byte[] fetch(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code selector} followed by CRLF. */
    public static byte[] fetch(int port, String selector) {
        return fetch(port, (selector + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public static String fetchText(int port, String selector) {
        return new String(fetch(port, selector), StandardCharsets.UTF_8);
    }

    public static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** The lines of a menu reply, without their CRLF; the final "." line included. */
    public static List<String> menuLines(String reply) {
        List<String> lines = new ArrayList<>(List.of(reply.split("\r\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
