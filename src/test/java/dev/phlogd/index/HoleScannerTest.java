package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.JournalParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targeted rescan: only the folders the watcher named (and those above them) are listed again. */
class HoleScannerTest {
    @TempDir
    Path dir;

    Path root;
    HoleScanner scanner;
    HoleScanner.Result first;

    @BeforeEach
    void hole() throws Exception {
        root = dir.toRealPath();
        Files.createDirectories(root.resolve("2024/01"));
        Files.createDirectories(root.resolve("2024/02"));
        Files.createDirectories(root.resolve("notes"));
        write("2024/01/2024-01-05-one.md", "# One");
        write("2024/02/2024-02-05-two.md", "# Two");
        write("notes/idea.md", "# Idea");
        scanner = new HoleScanner(root, new JournalParser(70, ZoneOffset.UTC), 1 << 20);
        first = scanner.scan(Map.of(), Map.of());
    }

    void write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.writeString(p, text);
        // Later than anything before, whatever the file system's time resolution.
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() + 5000 + text.length()));
    }

    HoleScanner.Result targeted(String... folders) {
        Set<Path> changed = new java.util.HashSet<>();
        for (String f : folders) {
            changed.add(f.isEmpty() ? root : root.resolve(f));
        }
        return scanner.scan(first.files(), first.folders(), changed);
    }

    String title(HoleScanner.Result scan, String rel) {
        return scan.files().get(rel).entry().whole().title();
    }

    @Test
    void onlyTheNamedFolderIsListedAgainAndTheRestIsKeptAsItWas() throws Exception {
        write("2024/01/2024-01-05-one.md", "# One, edited");
        write("2024/02/2024-02-05-two.md", "# Two, edited");
        HoleScanner.Result scan = targeted("2024/01");
        assertThat(title(scan, "2024/01/2024-01-05-one.md")).isEqualTo("One, edited");
        assertThat(title(scan, "2024/02/2024-02-05-two.md"))
                .as("a folder nobody named is not looked at")
                .isEqualTo("Two");
        assertThat(scan.folders().get("2024/02")).isSameAs(first.folders().get("2024/02"));
        assertThat(scan.folders().get("notes")).isSameAs(first.folders().get("notes"));
        assertThat(scan.folders().get("2024")).isNotSameAs(first.folders().get("2024"));
        assertThat(scan.files().keySet()).isEqualTo(first.files().keySet());
        assertThat(scan.folders().keySet()).isEqualTo(first.folders().keySet());
        assertThat(scan.parsed()).isEqualTo(1);

        HoleScanner.Result full = scanner.scan(scan.files(), scan.folders());
        assertThat(title(full, "2024/02/2024-02-05-two.md")).isEqualTo("Two, edited");
    }

    @Test
    void aNewFolderInANamedFolderIsWalkedWhole() throws Exception {
        Files.createDirectories(root.resolve("2024/03/deep"));
        write("2024/03/2024-03-01-three.md", "# Three");
        write("2024/03/deep/2024-03-02-four.md", "# Four");
        HoleScanner.Result scan = targeted("2024");
        assertThat(scan.files()).containsKeys("2024/03/2024-03-01-three.md", "2024/03/deep/2024-03-02-four.md");
        assertThat(scan.folders()).containsKeys("2024/03", "2024/03/deep");
        assertThat(scan.root().folders().get(0).folders())
                .extracting(FolderNode::relPath)
                .containsExactly("2024/01", "2024/02", "2024/03");
    }

    @Test
    void aRemovedFileOrFolderGoesWithTheListingOfItsFolder() throws Exception {
        Files.delete(root.resolve("notes/idea.md"));
        Files.delete(root.resolve("notes"));
        Files.delete(root.resolve("2024/01/2024-01-05-one.md"));
        HoleScanner.Result scan = targeted("", "2024/01");
        assertThat(scan.folders()).doesNotContainKey("notes");
        assertThat(scan.files()).containsOnlyKeys("2024/02/2024-02-05-two.md");
    }

    @Test
    void aFolderThePreviousScanDidNotHaveMeansEverythingIsListed() throws Exception {
        write("2024/01/2024-01-05-one.md", "# One, edited");
        write("notes/idea.md", "# Idea, edited");
        Files.createDirectories(root.resolve("elsewhere"));
        HoleScanner.Result scan = targeted("elsewhere");
        assertThat(title(scan, "2024/01/2024-01-05-one.md")).isEqualTo("One, edited");
        assertThat(title(scan, "notes/idea.md")).isEqualTo("Idea, edited");
        assertThat(scan.folders()).containsKey("elsewhere");
    }

    @Test
    void aSymbolicLinkLeavingTheRootIsStillLeftOutOfATargetedScan() throws Exception {
        Path outside = Files.createTempDirectory("phlogd-outside");
        try {
            Files.writeString(outside.resolve("secret.md"), "# Secret");
            Files.createSymbolicLink(root.resolve("notes/away"), outside);
            Files.createSymbolicLink(root.resolve("notes/secret.md"), outside.resolve("secret.md"));
            Files.createSymbolicLink(root.resolve("notes/again.md"), root.resolve("notes/idea.md"));
            HoleScanner.Result scan = targeted("notes");
            assertThat(scan.files()).doesNotContainKeys("notes/secret.md", "notes/away/secret.md");
            assertThat(scan.folders()).doesNotContainKey("notes/away");
            assertThat(scan.files().get("notes/again.md").realPath()).isEqualTo(root.resolve("notes/idea.md"));
        } finally {
            Files.deleteIfExists(outside.resolve("secret.md"));
            Files.deleteIfExists(outside);
        }
    }
}
