package dev.phlogd.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gemini certificate phlogd makes for itself when none is given: self-signed for the host
 * name, made once and kept in the state directory, because Gemini clients pin a certificate on
 * first use and a new one at every start would look like an attack. The JDK's {@code keytool}
 * makes the key pair and certificate (the JDK has no public API for it; it ships with every JDK and
 * with a jlinked {@code java.base}), and the pair is kept as PEM files like any other.
 */
final class SelfSignedCertificate {
    private static final Logger log = LoggerFactory.getLogger(SelfSignedCertificate.class);
    private static final String PASSWORD = "phlogd-transient";

    /** Where the pair lives: {@code cert} and {@code key}, PEM. */
    record Pair(Path cert, Path key) {}

    private SelfSignedCertificate() {}

    /** The kept pair for {@code host} in {@code stateDir}, made now if there is none yet. */
    static Pair forHost(Path stateDir, String host) throws IOException {
        String name = host.replaceAll("[^A-Za-z0-9.-]", "_");
        Pair pair = new Pair(stateDir.resolve("gemini-" + name + ".crt"), stateDir.resolve("gemini-" + name + ".key"));
        if (Files.isRegularFile(pair.cert()) && Files.isRegularFile(pair.key())) {
            return pair;
        }
        Files.createDirectories(stateDir);
        Path store = Files.createTempFile(stateDir, ".gemini-", ".p12");
        Files.delete(store);
        try {
            keytool(store, host);
            write(store, pair);
        } finally {
            Files.deleteIfExists(store);
        }
        log.info("made a self-signed Gemini certificate for {}, kept in {}", host, pair.cert());
        return pair;
    }

    private static void keytool(Path store, String host) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String san = host.matches("[0-9.]+|.*:.*") ? "ip:" + host : "dns:" + host;
        List<String> command = List.of(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "gemini",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-dname",
                "CN=" + host.replace(",", "\\,"),
                "-ext",
                "SAN=" + san,
                // Clients pin it: it must outlive the server, not expire under its readers.
                "-validity",
                "36500",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish making the Gemini certificate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the Gemini certificate", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool could not make the Gemini certificate: " + output);
        }
    }

    /** The key (PKCS#8, readable by its owner only) and then the certificate, each written whole before it is named. */
    private static void write(Path store, Pair pair) throws IOException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            Key key = keys.getKey("gemini", PASSWORD.toCharArray());
            Certificate cert = keys.getCertificate("gemini");
            if (!(key instanceof PrivateKey)) {
                throw new IOException("keytool made no private key");
            }
            place(pair.key(), pem("PRIVATE KEY", key.getEncoded()), true);
            place(pair.cert(), pem("CERTIFICATE", cert.getEncoded()), false);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the certificate keytool made: " + e.getMessage(), e);
        }
    }

    private static void place(Path target, String text, boolean secret) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".gemini-", ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: its own permissions apply.
                }
            }
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
