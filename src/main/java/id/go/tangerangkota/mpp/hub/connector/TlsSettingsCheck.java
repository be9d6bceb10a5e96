package id.go.tangerangkota.mpp.hub.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTls;

/**
 * Checks and loads a connector's {@code tls} section once its references are resolved: the files
 * exist and open with their passwords, the keystore holds exactly the key to present (or the one
 * {@code alias} names) with a certificate valid today, the truststore holds certificates, the
 * endpoints are https:// and the protocol speaks HTTP. Every fault is a problem naming the field and
 * the fix; a password is never repeated.
 */
final class TlsSettingsCheck {

    /** The protocols whose adapters call the agency through an HTTP client that takes the set-up. */
    static final Set<String> HTTP_PROTOCOLS = Set.of("rest-json", "rest-xml", "snap", "vclaim");

    private final Clock clock;

    TlsSettingsCheck(Clock clock) {
        this.clock = clock;
    }

    /** The resolved file path and password of one store. */
    record ResolvedStore(String path, String password, String type) {
    }

    /**
     * @param protocols the protocols the connector's calls use
     * @param endpoints the resolved base URLs of the connector and its calls
     * @return the loaded set-up, or null when a problem was added
     */
    AgencyTls load(ConnectorDescriptor.Tls tls, ResolvedStore keystore, ResolvedStore truststore,
            Collection<String> protocols, Collection<String> endpoints, String source,
            List<ConnectorProblem> problems) {
        int before = problems.size();
        for (String protocol : protocols) {
            if (!HTTP_PROTOCOLS.contains(protocol)) {
                problems.add(new ConnectorProblem(source, "tls", "is supported for the HTTP protocols "
                        + new java.util.TreeSet<>(HTTP_PROTOCOLS) + ", not for '" + protocol + "'",
                        "remove the tls section, or terminate TLS for this agency in a gateway"));
            }
        }
        for (String endpoint : endpoints) {
            if (endpoint != null && !endpoint.regionMatches(true, 0, "https://", 0, 8)) {
                problems.add(new ConnectorProblem(source, "endpoint",
                        "must be an https:// URL when tls is declared, was '" + endpoint + "'",
                        "set the agency's https:// address in its url property"));
            }
        }
        KeyStore keys = null;
        char[] keyPassword = null;
        if (keystore != null) {
            KeyStore whole = open(keystore, source, "tls.keystore", problems);
            if (whole != null) {
                keyPassword = keystore.password().toCharArray();
                keys = clientKey(whole, tls.alias(), keyPassword, source, problems);
            }
        }
        KeyStore trust = null;
        if (truststore != null) {
            trust = open(truststore, source, "tls.truststore", problems);
            if (trust != null && certificates(trust).isEmpty()) {
                problems.add(new ConnectorProblem(source, "tls.truststore", "holds no certificate",
                        "import the agency's CA certificate (keytool -importcert) into the truststore"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new AgencyTls(keys, keyPassword, trust, tls.protocolsOrDefault());
    }

    private static KeyStore open(ResolvedStore store, String source, String field, List<ConnectorProblem> problems) {
        Path file = Path.of(store.path().startsWith("file:") ? store.path().substring(5) : store.path());
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance(store.type());
            keyStore.load(in, store.password().toCharArray());
            return keyStore;
        } catch (NoSuchFileException e) {
            problems.add(new ConnectorProblem(source, field + ".path", "file " + file + " does not exist",
                    "put the " + store.type() + " file there, or correct the path property"));
        } catch (IOException e) {
            boolean password = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("password");
            problems.add(password
                    ? new ConnectorProblem(source, field + ".password", "does not open " + file,
                            "set the store's password in the password property")
                    : new ConnectorProblem(source, field + ".path", file + " cannot be read as a " + store.type()
                            + " store (" + e.getClass().getSimpleName() + ")", "give a " + store.type()
                            + " file, or set " + field + ".type"));
        } catch (GeneralSecurityException e) {
            problems.add(new ConnectorProblem(source, field + ".path", file + " cannot be read as a " + store.type()
                    + " store (" + e.getClass().getSimpleName() + ")", "give a " + store.type() + " file"));
        }
        return null;
    }

    /** The one key entry to present, copied into a keystore of its own. */
    private KeyStore clientKey(KeyStore whole, String alias, char[] password, String source,
            List<ConnectorProblem> problems) {
        try {
            List<String> keyAliases = new ArrayList<>();
            for (String a : Collections.list(whole.aliases())) {
                if (whole.isKeyEntry(a)) {
                    keyAliases.add(a);
                }
            }
            String chosen = alias;
            if (chosen == null) {
                if (keyAliases.size() != 1) {
                    problems.add(new ConnectorProblem(source, "tls.keystore", keyAliases.isEmpty()
                            ? "holds no private key" : "holds " + keyAliases.size() + " keys " + keyAliases,
                            keyAliases.isEmpty() ? "import the hub's client key and certificate chain"
                                    : "name the one to present with tls.alias"));
                    return null;
                }
                chosen = keyAliases.get(0);
            } else if (!keyAliases.contains(chosen)) {
                problems.add(new ConnectorProblem(source, "tls.alias", "no key '" + chosen
                        + "' in the keystore (its keys: " + keyAliases + ")", "name one of its keys"));
                return null;
            }
            X509Certificate certificate = (X509Certificate) whole.getCertificate(chosen);
            try {
                certificate.checkValidity(java.util.Date.from(clock.instant()));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                problems.add(new ConnectorProblem(source, "tls.keystore", "the client certificate '" + chosen
                        + "' is valid only from " + certificate.getNotBefore().toInstant() + " to "
                        + certificate.getNotAfter().toInstant(),
                        "install a renewed certificate and reload the connector"));
                return null;
            }
            return AgencyTls.onlyEntry(whole, chosen, password);
        } catch (UnrecoverableKeyException e) {
            problems.add(new ConnectorProblem(source, "tls.keystore.password", "opens the keystore but not its key",
                    "give the key the keystore's password"));
        } catch (GeneralSecurityException | IOException e) {
            problems.add(new ConnectorProblem(source, "tls.keystore", "its key cannot be used ("
                    + e.getClass().getSimpleName() + ")", "import the key and its certificate chain again"));
        }
        return null;
    }

    private static List<String> certificates(KeyStore store) {
        List<String> found = new ArrayList<>();
        try {
            for (String a : Collections.list(store.aliases())) {
                if (store.getCertificate(a) != null) {
                    found.add(a);
                }
            }
        } catch (GeneralSecurityException e) {
            // reported as empty
        }
        return found;
    }
}
