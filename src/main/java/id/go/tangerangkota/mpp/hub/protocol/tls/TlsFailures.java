package id.go.tangerangkota.mpp.hub.protocol.tls;

import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLException;

/**
 * Says in plain words why a TLS connection to an agency failed, from the JDK's exception: whether
 * the agency's certificate is not pinned, names another host, or the agency refused the hub's
 * client certificate. The words name the connector setting to check, never a host or a secret.
 */
public final class TlsFailures {

    private TlsFailures() {
    }

    /** The TLS failure in {@code failure}'s causes, explained; empty when it is not a TLS failure. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException ssl) {
                return Optional.of(reason(messages(ssl)));
            }
        }
        return Optional.empty();
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static String reason(String text) {
        if (text.contains("pkix path") || text.contains("certification path") || text.contains("trust anchor")) {
            return "the agency's server certificate is not signed by a CA of the connector's tls.truststore";
        }
        if (text.contains("subject alternative") || text.contains("no name matching")) {
            return "the agency's server certificate does not name the host of the connector's endpoint";
        }
        if (text.contains("certificate_required") || text.contains("bad_certificate")
                || text.contains("unknown_ca") || text.contains("certificate_unknown")
                || text.contains("access_denied") || text.contains("certificate_revoked")
                || text.contains("certificate_expired")) {
            return "the agency refused the hub's client certificate (connector's tls.keystore)";
        }
        if (text.contains("protocol_version") || text.contains("no appropriate protocol")
                || text.contains("unsupported protocol")) {
            return "the agency and the connector's tls.protocols have no TLS version in common";
        }
        if (text.contains("handshake_failure")) {
            return "the agency ended the TLS handshake (no common cipher, or it wants a client certificate)";
        }
        return "the TLS handshake failed";
    }
}
