package dev.phlogd.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps selectors to paths under the content root, and decides what is hidden. Nothing outside the
 * root is ever reachable: a selector with {@code ..}, {@code .}, an empty segment (doubled or
 * leading slashes), a backslash or a control character names nothing, and a path is only
 * returned when its real path (all symbolic links resolved) lies inside the real root.
 */
public final class SafePath {
    private SafePath() {}

    /**
     * The path segments named by a selector: {@code ""} and {@code "/"} name the root,
     * {@code /a/b} and {@code /a/b/} both name {@code a/b}. Empty when the selector cannot name
     * visible content.
     */
    public static Optional<List<String>> segments(String selector) {
        if (selector.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String s = selector;
        if (s.startsWith("/")) {
            s = s.substring(1);
        }
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return Optional.of(List.of());
        }
        List<String> segments = new ArrayList<>();
        for (String segment : s.split("/", -1)) {
            if (segment.isEmpty() || isHiddenName(segment) || hasControl(segment)) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(List.copyOf(segments));
    }

    /**
     * True for names that are never listed or served: dot files and folders (which covers
     * {@code .}, {@code ..}, {@code .git}, vim's {@code .x.swp}), hand-written {@code gophermap}
     * files, and editor leftovers ({@code x~}, {@code x.swp}, emacs' {@code #x#}).
     */
    public static boolean isHiddenName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.endsWith("~")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("gophermap")
                || lower.endsWith(".swp")
                || lower.endsWith(".swo")
                || lower.endsWith(".swx")
                || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"));
    }

    /**
     * The readable file or folder that {@code segments} name under {@code realRoot} (which must
     * itself be a real path), with symbolic links resolved; empty when it is missing, unreadable
     * or outside the root.
     */
    public static Optional<Path> resolve(Path realRoot, List<String> segments) {
        Path p = realRoot;
        for (String segment : segments) {
            p = p.resolve(segment);
        }
        return realInside(realRoot, p);
    }

    /** The real path of {@code p} when it exists, is readable and lies inside {@code realRoot}. */
    public static Optional<Path> realInside(Path realRoot, Path p) {
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(realRoot) || !usable(real, Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS))) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether phlogd may read a file, or list and enter a folder, at this real path. */
    public static boolean usable(Path real, boolean folder) {
        try {
            return Files.isReadable(real) && (!folder || Files.isExecutable(real));
        } catch (SecurityException e) {
            return false;
        }
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code dir} is {@code root} or inside it, following symbolic links as far as they exist. */
    public static boolean isInside(Path dir, Path root) {
        try {
            Path realRoot = root.toRealPath();
            Path d = dir.toAbsolutePath().normalize();
            Path existing = d;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            Path real = existing == null ? d : existing.toRealPath().resolve(existing.relativize(d));
            return real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
