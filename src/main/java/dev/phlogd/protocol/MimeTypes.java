package dev.phlogd.protocol;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** The MIME type a file is sent as over Gemini, from its name's extension. */
public final class MimeTypes {
    /** What the JDK's own table lacks or gets differently from what Gemini clients expect. */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("gmi", "text/gemini; charset=utf-8"),
            Map.entry("gemini", "text/gemini; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("org", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("json", "application/json"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"),
            Map.entry("opus", "audio/ogg"),
            Map.entry("flac", "audio/flac"),
            Map.entry("wav", "audio/wav"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("epub", "application/epub+zip"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"),
            Map.entry("tgz", "application/gzip"));

    private MimeTypes() {}

    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String known = BY_EXTENSION.get(ext);
        if (known != null) {
            return known;
        }
        String jdk = URLConnection.getFileNameMap().getContentTypeFor(fileName);
        return jdk != null ? jdk : "application/octet-stream";
    }
}
