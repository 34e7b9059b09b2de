package dev.phlogd.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The reply to an HTTP request sent to the Gopher port: a short, valid HTTP/1.1 response whose
 * page explains that this is a Gopher server and gives its gopher:// URL.
 */
public final class HttpNotice {
    private HttpNotice() {}

    public static byte[] reply(String method, String host, int port) {
        String url = GopherUrls.root(host, port);
        String body = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>This is a Gopher server</title>\n</head>\n<body>\n"
                + "<h1>This is a Gopher server</h1>\n"
                + "<p>This port speaks Gopher (RFC 1436), not HTTP. Open <a href=\"" + Html.escape(url) + "\">"
                + Html.escape(url) + "</a> in a Gopher client such as lynx or Lagrange.</p>\n"
                + "</body>\n</html>\n";
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 400 Bad Request\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + bodyBytes.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        if (method.equals("HEAD")) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + bodyBytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
        return all;
    }
}
