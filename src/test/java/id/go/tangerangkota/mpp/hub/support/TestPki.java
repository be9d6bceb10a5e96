package id.go.tangerangkota.mpp.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Test-only certificates, made at test time with the JDK's keytool in a folder of the test's own:
 * certificate authorities, server and client certificates they sign, truststores. Nothing with a
 * private key is committed; every password here is a throwaway of the test run.
 */
public final class TestPki {

    /** The password of every store this class writes (test-only). */
    public static final String PASSWORD = "test-only-changeit";

    private final Path dir;

    public TestPki(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate authority: its PKCS12 keystore (alias {@code ca}) and its certificate file. */
    public record Authority(String name, Path keystore, Path certificate) {
    }

    /** A PKCS12 keystore with one key entry ({@code alias}) and its chain up to its authority. */
    public record Identity(String alias, Path keystore, Path certificate) {
    }

    /** A new certificate authority named {@code CN=<name>}. */
    public Authority authority(String name) {
        Path keystore = dir.resolve(name + "-ca.p12");
        Path certificate = dir.resolve(name + "-ca.crt");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=" + name + ", O=MPP Hub test", "-ext", "bc:c", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        return new Authority(name, keystore, certificate);
    }

    /**
     * A key pair in {@code <file>.p12} under {@code alias}, its certificate signed by
     * {@code issuer}, for {@code localhost} and {@code 127.0.0.1}.
     */
    public Identity issue(Authority issuer, String file, String alias, String commonName) {
        Path keystore = dir.resolve(file + ".p12");
        Path request = dir.resolve(file + ".csr");
        Path certificate = dir.resolve(file + ".crt");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=" + commonName + ", O=MPP Hub test", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-certreq", "-alias", alias, "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", request.toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", issuer.keystore().toString(), "-storepass", PASSWORD,
                "-infile", request.toString(), "-outfile", certificate.toString(), "-validity", "30",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-ext", "eku=serverAuth,clientAuth");
        keytool("-importcert", "-noprompt", "-alias", issuer.name() + "-ca", "-file", issuer.certificate().toString(),
                "-keystore", keystore.toString(), "-storepass", PASSWORD);
        keytool("-importcert", "-alias", alias, "-file", certificate.toString(),
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        return new Identity(alias, keystore, certificate);
    }

    /** A PKCS12 truststore {@code <file>.p12} holding the certificates of these authorities. */
    public Path truststore(String file, Authority... trusted) {
        Path store = dir.resolve(file + ".p12");
        for (Authority authority : trusted) {
            keytool("-importcert", "-noprompt", "-alias", authority.name(), "-file", authority.certificate().toString(),
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD);
        }
        return store;
    }

    /** A client SSL context that trusts exactly these authorities (no client certificate). */
    public static SSLContext trusting(Authority... trusted) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (Authority authority : trusted) {
                store.setCertificateEntry(authority.name(), certificate(authority.certificate()));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An X.509 certificate from a PEM or DER file. */
    public static X509Certificate certificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** The SHA-256 fingerprint of a certificate, hex. */
    public static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keytool cannot run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
