package dev.phlogd.content;

import dev.phlogd.protocol.ItemType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The content folder read straight from disk, through {@link SafePath}. */
public final class DiskContent {
    private final Path realRoot;

    public DiskContent(Path root) throws IOException {
        this.realRoot = root.toRealPath();
    }

    public Path root() {
        return realRoot;
    }

    /** A visible child of a folder, with the selector it is served at. */
    public record Child(String name, String selector, ItemType type, boolean folder, Path path) {}

    /** The readable file or folder a selector names, if it is visible. */
    public Optional<Path> find(String selector) {
        return SafePath.segments(selector).flatMap(segments -> SafePath.resolve(realRoot, segments));
    }

    /** The folder's selector, always ending in a slash ({@code /} for the root). */
    public String selectorOf(Path realDir) {
        Path rel = realRoot.relativize(realDir);
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "/" : "/" + s + "/";
    }

    /** The visible children of a folder: subfolders first, then files, each by name. */
    public List<Child> list(Path realDir) throws IOException {
        String base = selectorOf(realDir);
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(realDir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (SafePath.isHiddenName(name)) {
                    continue;
                }
                Optional<Path> real = SafePath.realInside(realRoot, p);
                if (real.isEmpty()) {
                    continue;
                }
                boolean folder = Files.isDirectory(real.get());
                if (!folder && !Files.isRegularFile(real.get())) {
                    continue;
                }
                ItemType type = folder ? ItemType.MENU : FileKinds.typeOf(real.get());
                children.add(new Child(name, base + name + (folder ? "/" : ""), type, folder, real.get()));
            }
        }
        children.sort(Comparator.comparing((Child c) -> !c.folder())
                .thenComparing(c -> c.name().toLowerCase(Locale.ROOT))
                .thenComparing(Child::name));
        return children;
    }
}
