package id.go.tangerangkota.mpp.hub.protocol.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The TLS set-up of one agency (its connector's {@code tls} section, checked and loaded): the one
 * client key the hub presents to it, the CAs its server certificate must chain to, and the TLS
 * versions offered. It makes that agency's own SSL contexts, for Camel's HTTP endpoints and for
 * the JDK's HTTP client; nothing of it is ever set JVM-wide, so no agency's certificates or trust
 * reach another agency's connections.
 *
 * @param keyStore    an in-memory keystore holding only the chosen key entry, or null (no client certificate)
 * @param keyPassword the password of {@code keyStore}'s entry
 * @param trustStore  the trusted certificates, or null (the JVM's default CAs)
 * @param protocols   TLS versions, e.g. {@code [TLSv1.3, TLSv1.2]}
 */
public record AgencyTls(KeyStore keyStore, char[] keyPassword, KeyStore trustStore, List<String> protocols) {

    public AgencyTls {
        protocols = List.copyOf(protocols);
        keyPassword = keyPassword == null ? null : keyPassword.clone();
    }

    /** Camel's description of this set-up, for the {@code sslContextParameters} of an HTTP endpoint. */
    public SSLContextParameters camelParameters() {
        SSLContextParameters parameters = new SSLContextParameters();
        if (keyStore != null) {
            KeyStoreParameters store = new KeyStoreParameters();
            store.setKeyStore(keyStore);
            KeyManagersParameters keys = new KeyManagersParameters();
            keys.setKeyStore(store);
            keys.setKeyPassword(new String(keyPassword));
            parameters.setKeyManagers(keys);
        }
        if (trustStore != null) {
            KeyStoreParameters store = new KeyStoreParameters();
            store.setKeyStore(trustStore);
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store);
            parameters.setTrustManagers(trust);
        }
        SecureSocketProtocolsParameters versions = new SecureSocketProtocolsParameters();
        versions.setSecureSocketProtocol(protocols);
        parameters.setSecureSocketProtocols(versions);
        // The highest version offered names the context; the list above is what is enabled.
        parameters.setSecureSocketProtocol(protocols.contains("TLSv1.3") ? "TLSv1.3" : "TLSv1.2");
        return parameters;
    }

    /** A JDK SSL context of this set-up (use it with {@link #sslParameters()}). */
    public SSLContext sslContext() throws GeneralSecurityException {
        KeyManagerFactory keys = null;
        if (keyStore != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, keyPassword);
        }
        TrustManagerFactory trust = null;
        if (trustStore != null) {
            trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(),
                trust == null ? null : trust.getTrustManagers(), null);
        return context;
    }

    /** The TLS versions allowed, with host name checking on (as for any HTTPS call). */
    public SSLParameters sslParameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(protocols.toArray(String[]::new));
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    /** The client certificate presented, or null. */
    public X509Certificate clientCertificate() {
        try {
            if (keyStore == null || !keyStore.aliases().hasMoreElements()) {
                return null;
            }
            return (X509Certificate) keyStore.getCertificate(keyStore.aliases().nextElement());
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** One line for the log: what is presented and trusted; never a password. */
    public String describe() {
        X509Certificate client = clientCertificate();
        int trusted = 0;
        try {
            trusted = trustStore == null ? 0 : trustStore.size();
        } catch (GeneralSecurityException e) {
            // an uninitialised store: reported as none
        }
        return "client certificate " + (client == null ? "none"
                : "'" + client.getSubjectX500Principal().getName() + "' (expires "
                        + client.getNotAfter().toInstant() + ")")
                + ", trusts " + (trustStore == null ? "the JVM's default CAs" : trusted + " pinned certificate(s)")
                + ", " + String.join("/", protocols);
    }

    @Override
    public String toString() {
        return "AgencyTls[" + describe() + "]";
    }

    /** Copies one key entry of {@code source} into a keystore of its own, so no other key can be chosen. */
    public static KeyStore onlyEntry(KeyStore source, String alias, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore single = KeyStore.getInstance("PKCS12");
        single.load(null, null);
        KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
        single.setEntry(alias, source.getEntry(alias, protection), protection);
        return single;
    }
}
