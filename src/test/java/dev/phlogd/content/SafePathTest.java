package dev.phlogd.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathTest {
    @TempDir
    Path tmp;

    Path root;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        Files.createDirectories(root.resolve("2024/05"));
        Files.writeString(root.resolve("2024/05/rain.md"), "# Rain");
        Files.writeString(tmp.resolve("secret.txt"), "outside the root");
        Files.createDirectories(tmp.resolve("outside-dir"));
        Files.writeString(tmp.resolve("outside-dir/leak.txt"), "outside too");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''          | ''",
                "/           | ''",
                "/2024       | 2024",
                "/2024/      | 2024",
                "2024/05     | 2024/05",
                "/2024/05/rain.md | 2024/05/rain.md",
            })
    void selectorsNamePathsUnderTheRoot(String selector, String expected) {
        assertThat(SafePath.segments(selector)).hasValue(expected.isEmpty() ? List.of() : List.of(expected.split("/")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "..",
                "/..",
                "/../secret.txt",
                "../secret.txt",
                "/2024/../../secret.txt",
                "/2024/./05",
                "//secret.txt",
                "/2024//05",
                "\\..\\secret.txt",
                "/2024\\..\\..\\secret.txt",
                "/.git/config",
                "/2024/.hidden",
                "/gophermap",
                "/2024/05/rain.md~",
                "/2024/05/rain.md.swp",
                "/#rain.md#",
                "/a\u0001b",
                "/%2e%2e/secret.txt/../x"
            })
    void traversalAndHiddenSpellingsNameNothing(String selector) {
        assertThat(SafePath.segments(selector).flatMap(s -> SafePath.resolve(root, s)))
                .isEmpty();
    }

    @Test
    void absoluteFilesystemPathIsReadAsRelativeToTheRoot() throws IOException {
        // "/etc/passwd" means root/etc/passwd, which does not exist here.
        assertThat(SafePath.segments("/etc/passwd").flatMap(s -> SafePath.resolve(root, s)))
                .isEmpty();
        assertThat(SafePath.segments(tmp.resolve("secret.txt").toString()).flatMap(s -> SafePath.resolve(root, s)))
                .isEmpty();
    }

    @Test
    void symbolicLinkPointingOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("escape-dir"), tmp.resolve("outside-dir"));
        assertThat(resolve("/escape.txt")).isEmpty();
        assertThat(resolve("/escape-dir")).isEmpty();
        assertThat(resolve("/escape-dir/leak.txt")).isEmpty();
    }

    @Test
    void symbolicLinkInsideTheRootIsFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("latest"), root.resolve("2024/05"));
        assertThat(resolve("/latest/rain.md")).hasValue(root.resolve("2024/05/rain.md"));
    }

    @Test
    void missingFilesNameNothing() {
        assertThat(resolve("/2024/06/none.md")).isEmpty();
    }

    @Test
    void hiddenNames() {
        assertThat(SafePath.isHiddenName(".git")).isTrue();
        assertThat(SafePath.isHiddenName("gophermap")).isTrue();
        assertThat(SafePath.isHiddenName("notes.md~")).isTrue();
        assertThat(SafePath.isHiddenName("#notes.md#")).isTrue();
        assertThat(SafePath.isHiddenName("notes.swp")).isTrue();
        assertThat(SafePath.isHiddenName("notes.md")).isFalse();
        assertThat(SafePath.isHiddenName("#hashtag.md")).isFalse();
    }

    private Optional<Path> resolve(String selector) {
        return SafePath.segments(selector).flatMap(s -> SafePath.resolve(root, s));
    }
}
