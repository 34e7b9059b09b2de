package dev.phlogd.content;

import dev.phlogd.protocol.ItemType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides how a file is offered: which Gopher item type it gets, and whether it is a journal
 * entry (rendered to wrapped text) or a file sent byte for byte. Known extensions decide first;
 * an unknown one is read: a NUL byte in its first 8 KiB makes it binary, otherwise it is text.
 */
public final class FileKinds {
    /** Extensions of journal entries, rendered rather than sent as they are. */
    public static final Set<String> ENTRY_EXTENSIONS =
            Set.of("md", "markdown", "mdown", "mkd", "txt", "text", "gmi", "gemini");

    private static final int SNIFF_BYTES = 8192;

    private static final Map<String, ItemType> BY_EXTENSION = Map.ofEntries(
            Map.entry("gif", ItemType.GIF),
            Map.entry("png", ItemType.IMAGE),
            Map.entry("jpg", ItemType.IMAGE),
            Map.entry("jpeg", ItemType.IMAGE),
            Map.entry("webp", ItemType.IMAGE),
            Map.entry("bmp", ItemType.IMAGE),
            Map.entry("ico", ItemType.IMAGE),
            Map.entry("tif", ItemType.IMAGE),
            Map.entry("tiff", ItemType.IMAGE),
            Map.entry("svg", ItemType.IMAGE),
            Map.entry("avif", ItemType.IMAGE),
            Map.entry("heic", ItemType.IMAGE),
            Map.entry("html", ItemType.HTML),
            Map.entry("htm", ItemType.HTML),
            Map.entry("xhtml", ItemType.HTML),
            Map.entry("mp3", ItemType.SOUND),
            Map.entry("ogg", ItemType.SOUND),
            Map.entry("oga", ItemType.SOUND),
            Map.entry("opus", ItemType.SOUND),
            Map.entry("wav", ItemType.SOUND),
            Map.entry("flac", ItemType.SOUND),
            Map.entry("m4a", ItemType.SOUND),
            Map.entry("aac", ItemType.SOUND),
            Map.entry("mid", ItemType.SOUND),
            Map.entry("midi", ItemType.SOUND),
            Map.entry("hqx", ItemType.BINHEX),
            Map.entry("exe", ItemType.DOS),
            Map.entry("com", ItemType.DOS),
            Map.entry("dll", ItemType.DOS),
            Map.entry("msi", ItemType.DOS),
            Map.entry("uu", ItemType.UUENCODED),
            Map.entry("uue", ItemType.UUENCODED),
            Map.entry("pdf", ItemType.BINARY),
            Map.entry("zip", ItemType.BINARY),
            Map.entry("gz", ItemType.BINARY),
            Map.entry("tgz", ItemType.BINARY),
            Map.entry("bz2", ItemType.BINARY),
            Map.entry("xz", ItemType.BINARY),
            Map.entry("zst", ItemType.BINARY),
            Map.entry("7z", ItemType.BINARY),
            Map.entry("rar", ItemType.BINARY),
            Map.entry("tar", ItemType.BINARY),
            Map.entry("epub", ItemType.BINARY),
            Map.entry("mobi", ItemType.BINARY),
            Map.entry("iso", ItemType.BINARY),
            Map.entry("deb", ItemType.BINARY),
            Map.entry("rpm", ItemType.BINARY),
            Map.entry("jar", ItemType.BINARY),
            Map.entry("bin", ItemType.BINARY),
            Map.entry("doc", ItemType.BINARY),
            Map.entry("docx", ItemType.BINARY),
            Map.entry("odt", ItemType.BINARY),
            Map.entry("xls", ItemType.BINARY),
            Map.entry("xlsx", ItemType.BINARY),
            Map.entry("ods", ItemType.BINARY),
            Map.entry("ppt", ItemType.BINARY),
            Map.entry("pptx", ItemType.BINARY),
            Map.entry("mp4", ItemType.BINARY),
            Map.entry("mkv", ItemType.BINARY),
            Map.entry("webm", ItemType.BINARY),
            Map.entry("mov", ItemType.BINARY),
            Map.entry("avi", ItemType.BINARY),
            Map.entry("ttf", ItemType.BINARY),
            Map.entry("otf", ItemType.BINARY),
            Map.entry("woff", ItemType.BINARY),
            Map.entry("woff2", ItemType.BINARY),
            Map.entry("sqlite", ItemType.BINARY),
            Map.entry("db", ItemType.BINARY));

    private FileKinds() {}

    /** The lower-case extension of a file name, or "" when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** True for files phlogd renders as journal entries. */
    public static boolean isEntry(String name) {
        return ENTRY_EXTENSIONS.contains(extension(name));
    }

    /** The item type a file is listed with; reads the file only when its extension is unknown. */
    public static ItemType typeOf(Path file) {
        String name = file.getFileName().toString();
        if (isEntry(name)) {
            return ItemType.TEXT;
        }
        ItemType known = BY_EXTENSION.get(extension(name));
        if (known != null) {
            return known;
        }
        return looksBinary(file) ? ItemType.BINARY : ItemType.TEXT;
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
