package dev.phlogd.content;

import dev.phlogd.journal.FileNames;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.page.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Decides which kind a file is offered as. Journal entries (see {@link SourceFormat}) are texts;
 * other known extensions decide next; an unknown one is read: a NUL byte in its first 8 KiB makes
 * it binary, otherwise it is text.
 */
public final class FileKinds {
    private static final int SNIFF_BYTES = 8192;

    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
            Map.entry("gif", Kind.GIF),
            Map.entry("png", Kind.IMAGE),
            Map.entry("jpg", Kind.IMAGE),
            Map.entry("jpeg", Kind.IMAGE),
            Map.entry("webp", Kind.IMAGE),
            Map.entry("bmp", Kind.IMAGE),
            Map.entry("ico", Kind.IMAGE),
            Map.entry("tif", Kind.IMAGE),
            Map.entry("tiff", Kind.IMAGE),
            Map.entry("svg", Kind.IMAGE),
            Map.entry("avif", Kind.IMAGE),
            Map.entry("heic", Kind.IMAGE),
            Map.entry("html", Kind.HTML),
            Map.entry("htm", Kind.HTML),
            Map.entry("xhtml", Kind.HTML),
            Map.entry("mp3", Kind.SOUND),
            Map.entry("ogg", Kind.SOUND),
            Map.entry("oga", Kind.SOUND),
            Map.entry("opus", Kind.SOUND),
            Map.entry("wav", Kind.SOUND),
            Map.entry("flac", Kind.SOUND),
            Map.entry("m4a", Kind.SOUND),
            Map.entry("aac", Kind.SOUND),
            Map.entry("mid", Kind.SOUND),
            Map.entry("midi", Kind.SOUND),
            Map.entry("hqx", Kind.BINHEX),
            Map.entry("exe", Kind.DOS),
            Map.entry("com", Kind.DOS),
            Map.entry("dll", Kind.DOS),
            Map.entry("msi", Kind.DOS),
            Map.entry("uu", Kind.UUENCODED),
            Map.entry("uue", Kind.UUENCODED),
            Map.entry("pdf", Kind.BINARY),
            Map.entry("zip", Kind.BINARY),
            Map.entry("gz", Kind.BINARY),
            Map.entry("tgz", Kind.BINARY),
            Map.entry("bz2", Kind.BINARY),
            Map.entry("xz", Kind.BINARY),
            Map.entry("zst", Kind.BINARY),
            Map.entry("7z", Kind.BINARY),
            Map.entry("rar", Kind.BINARY),
            Map.entry("tar", Kind.BINARY),
            Map.entry("epub", Kind.BINARY),
            Map.entry("mobi", Kind.BINARY),
            Map.entry("iso", Kind.BINARY),
            Map.entry("deb", Kind.BINARY),
            Map.entry("rpm", Kind.BINARY),
            Map.entry("jar", Kind.BINARY),
            Map.entry("bin", Kind.BINARY),
            Map.entry("doc", Kind.BINARY),
            Map.entry("docx", Kind.BINARY),
            Map.entry("odt", Kind.BINARY),
            Map.entry("xls", Kind.BINARY),
            Map.entry("xlsx", Kind.BINARY),
            Map.entry("ods", Kind.BINARY),
            Map.entry("ppt", Kind.BINARY),
            Map.entry("pptx", Kind.BINARY),
            Map.entry("mp4", Kind.BINARY),
            Map.entry("mkv", Kind.BINARY),
            Map.entry("webm", Kind.BINARY),
            Map.entry("mov", Kind.BINARY),
            Map.entry("avi", Kind.BINARY),
            Map.entry("ttf", Kind.BINARY),
            Map.entry("otf", Kind.BINARY),
            Map.entry("woff", Kind.BINARY),
            Map.entry("woff2", Kind.BINARY),
            Map.entry("sqlite", Kind.BINARY),
            Map.entry("db", Kind.BINARY));

    private FileKinds() {}

    /** The item type a file is listed with; reads the file only when its extension is unknown. */
    public static Kind typeOf(Path file) {
        String name = file.getFileName().toString();
        if (SourceFormat.isEntry(name)) {
            return Kind.TEXT;
        }
        Kind known = BY_EXTENSION.get(FileNames.extension(name));
        if (known != null) {
            return known;
        }
        return looksBinary(file) ? Kind.BINARY : Kind.TEXT;
    }

    /** True when the file's first 8 KiB hold a NUL byte (or it cannot be read). */
    public static boolean looksBinary(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
