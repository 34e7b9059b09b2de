package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phlogd.support.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsCertificatesTest {
    @TempDir
    Path tmp;

    private static void install(Path from, Path to, long millis) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(to, FileTime.fromMillis(millis));
    }

    @Test
    void aRenewedPairIsUsedAndAMismatchedOneIsNot() throws Exception {
        Path[] a = Pem.selfSigned(tmp, "a");
        Path[] b = Pem.selfSigned(tmp, "b");
        Path cert = tmp.resolve("live.crt");
        Path key = tmp.resolve("live.key");
        install(a[0], cert, 1_000_000);
        install(a[1], key, 1_000_000);
        TlsCertificates tls = TlsCertificates.load(cert, key);
        var first = tls.current();

        // certbot has written the new certificate but not yet its key: keep the old pair.
        install(b[0], cert, 2_000_000);
        tls.reloadIfChanged();
        assertThat(tls.current()).isSameAs(first);

        install(b[1], key, 2_000_000);
        tls.reloadIfChanged();
        assertThat(tls.current()).isNotSameAs(first);
    }

    @Test
    void unusableFilesAreRefusedAtStartWithTheReason() throws Exception {
        Path[] a = Pem.selfSigned(tmp, "a");
        Path[] b = Pem.selfSigned(tmp, "b");
        assertThatThrownBy(() -> TlsCertificates.load(a[0], b[1])).hasMessageContaining("does not belong");
        Path junk = Files.writeString(tmp.resolve("junk.pem"), "not a certificate");
        assertThatThrownBy(() -> TlsCertificates.load(junk, a[1])).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> TlsCertificates.load(tmp.resolve("missing.crt"), a[1]))
                .isInstanceOf(IOException.class);
    }
}
