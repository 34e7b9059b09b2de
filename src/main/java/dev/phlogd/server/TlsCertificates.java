package dev.phlogd.server;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's TLS certificate and key, from PEM files, kept current: certbot and acme.sh replace
 * both files on renewal, so their times are checked at most every {@link #CHECK_EVERY} when a TLS
 * connection starts, and a new pair is used for new connections once it loads and matches. A
 * half-written or mismatched pair keeps the old one, and the log says why.
 */
final class TlsCertificates {
    private static final Logger log = LoggerFactory.getLogger(TlsCertificates.class);
    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Pattern PKCS8 =
            Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private final Path cert;
    private final Path key;
    private volatile SslContext context;
    private volatile long stamp;
    private volatile long checkedNanos;
    private long failedStamp;

    private TlsCertificates(Path cert, Path key, SslContext context, long stamp) {
        this.cert = cert;
        this.key = key;
        this.context = context;
        this.stamp = stamp;
        this.checkedNanos = System.nanoTime();
    }

    /** Loads the pair now; an unreadable, malformed or mismatched pair is an error that says why. */
    static TlsCertificates load(Path cert, Path key) throws IOException {
        long stamp = stamp(cert, key);
        return new TlsCertificates(cert, key, build(cert, key), stamp);
    }

    /** The context for a new connection: the renewed pair if the files changed and it loads. */
    SslContext current() {
        long now = System.nanoTime();
        if (now - checkedNanos >= CHECK_EVERY.toNanos()) {
            checkedNanos = now;
            reloadIfChanged();
        }
        return context;
    }

    /** Looks at the files now (the periodic check calls it, and tests). */
    synchronized void reloadIfChanged() {
        long s;
        try {
            s = stamp(cert, key);
        } catch (IOException e) {
            log.warn("cannot read the TLS certificate or key ({}); the previous one stays in use", e.getMessage());
            return;
        }
        if (s == stamp || s == failedStamp) {
            return;
        }
        try {
            context = build(cert, key);
            stamp = s;
            log.info("TLS certificate {} reloaded", cert);
        } catch (IOException e) {
            failedStamp = s;
            log.warn(
                    "the new TLS certificate or key does not load ({}); the previous one stays in use", e.getMessage());
        }
    }

    private static long stamp(Path cert, Path key) throws IOException {
        return Files.getLastModifiedTime(cert).toMillis() * 31
                + Files.size(cert)
                + Files.getLastModifiedTime(key).toMillis() * 17
                + Files.size(key);
    }

    private static SslContext build(Path cert, Path key) throws IOException {
        try {
            checkPair(cert, key);
            // TLS 1.2 at least: Gemini requires it, and nothing older is safe for Gopher either.
            return SslContextBuilder.forServer(cert.toFile(), key.toFile())
                    .protocols("TLSv1.3", "TLSv1.2")
                    .build();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(cert + " and " + key + " are not a usable PEM certificate and key: " + reason(e), e);
        }
    }

    /** The innermost cause's own words, without class names. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "unreadable" : t.getMessage();
        return message.replaceAll("[\\w.]+(Exception|Error): ", "").strip();
    }

    /**
     * Refuses a certificate whose public key is not the private key's (a renewal caught between
     * writing its two files). Checked for PKCS#8 keys, the form certbot and openssl write; other
     * forms are left to the TLS library.
     */
    private static void checkPair(Path cert, Path key) throws Exception {
        X509Certificate certificate;
        try (var in = Files.newInputStream(cert)) {
            certificate =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Matcher m = PKCS8.matcher(Files.readString(key, StandardCharsets.US_ASCII));
        if (!m.find()) {
            return;
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        PublicKey publicKey = certificate.getPublicKey();
        String algorithm = publicKey.getAlgorithm();
        PrivateKey privateKey = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        String signing = switch (algorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (signing == null) {
            return;
        }
        byte[] probe = "phlogd".getBytes(StandardCharsets.US_ASCII);
        Signature sign = Signature.getInstance(signing);
        sign.initSign(privateKey);
        sign.update(probe);
        byte[] signature = sign.sign();
        Signature verify = Signature.getInstance(signing);
        verify.initVerify(publicKey);
        verify.update(probe);
        if (!verify.verify(signature)) {
            throw new IOException("the private key " + key + " does not belong to the certificate " + cert);
        }
    }
}
