package dev.phlogd.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies fixture trees from {@code src/test/resources/fixtures} into a test's own folder, so tests never share state. */
public final class Fixtures {
    public static final Path DIR = Path.of("src", "test", "resources", "fixtures");

    private Fixtures() {}

    /** A copy of {@code fixtures/NAME} at {@code target}. */
    public static Path copy(String name, Path target) throws IOException {
        return copyTree(DIR.resolve(name), target);
    }

    /** A copy of the tree at {@code source}, modification times kept. */
    public static Path copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
