package dev.phlogd.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phlogd.journal.FileNames;
import dev.phlogd.page.Kind;
import dev.phlogd.protocol.ItemType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileKindsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "post.md, 0", "notes.TXT, 0", "cat.gif, g", "cat.PNG, I", "photo.jpeg, I", "paper.pdf, 9",
        "site.tar.gz, 9", "page.html, h", "song.mp3, s", "old.hqx, 4", "setup.exe, 5", "mail.uue, 6"
    })
    void typeByExtension(String name, char code) throws IOException {
        Path file = Files.write(dir.resolve(name), new byte[] {1, 2, 3});
        assertThat(ItemType.of(FileKinds.typeOf(file)).code()).isEqualTo(code);
    }

    @Test
    void unknownExtensionIsSniffed() throws IOException {
        assertThat(FileKinds.typeOf(Files.writeString(dir.resolve("README"), "plain words\n")))
                .isEqualTo(Kind.TEXT);
        assertThat(FileKinds.typeOf(Files.write(dir.resolve("blob.dat"), new byte[] {'a', 0, 'b'})))
                .isEqualTo(Kind.BINARY);
    }

    @Test
    void extensionIsLowerCasedAndDotFilesHaveNone() {
        assertThat(FileNames.extension("A.Md")).isEqualTo("md");
        assertThat(FileNames.extension("Makefile")).isEmpty();
        assertThat(FileNames.extension(".profile")).isEmpty();
    }
}
