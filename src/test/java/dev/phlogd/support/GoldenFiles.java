package dev.phlogd.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with expected files under {@code src/test/resources/golden}. Run with
 * {@code -Dgolden.update=true} to rewrite them from the actual output, then review the diff.
 */
public final class GoldenFiles {
    public static final Path DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {}

    public static void assertMatches(String name, byte[] actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " is missing; run with -Dgolden.update=true to create it. Actual:\n"
                        + visible(actual));
            }
            byte[] expected = Files.readAllBytes(file);
            if (!java.util.Arrays.equals(expected, actual)) {
                fail("output differs from " + file + " (-Dgolden.update=true rewrites it)\n--- expected\n"
                        + visible(expected) + "\n--- actual\n" + visible(actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertMatches(String name, String actual) {
        assertMatches(name, actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Shows TAB as → and CRLF as ␍␊ so that invisible differences can be seen. */
    public static String visible(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8)
                .replace("\t", "→")
                .replace("\r\n", "␍␊\n")
                .replace("\r", "␍");
    }
}
