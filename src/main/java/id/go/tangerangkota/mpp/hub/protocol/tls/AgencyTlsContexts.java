package id.go.tangerangkota.mpp.hub.protocol.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The TLS set-up of each agency whose connector has a {@code tls} section, as its routes run now.
 * The connector's routes name it on their HTTP endpoints ({@link #bind}); code that calls an agency
 * outside Camel's HTTP component (the SNAP token request) asks here for that agency's client.
 *
 * <p>Each start of a connector's routes binds a new name: Camel keeps endpoints by URI, so a
 * reloaded connector with a renewed certificate must not find the old endpoint under the old name.
 */
@Component("agencyTlsContexts")
public class AgencyTlsContexts {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyTlsContexts.class);

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, AgencyTls> bySlug = new ConcurrentHashMap<>();
    private final Map<AgencyTls, HttpClient> clients = new ConcurrentHashMap<>();
    private final Map<String, String> boundNames = new ConcurrentHashMap<>();

    /**
     * Registers the agency's set-up in Camel's registry and remembers it.
     *
     * @return the reference for an endpoint's {@code sslContextParameters} option, e.g. {@code #mppTls-bank-bjb-3}
     */
    public String bind(CamelContext camel, String slug, AgencyTls tls) {
        String name = "mppTls-" + slug + "-" + generation.incrementAndGet();
        camel.getRegistry().bind(name, tls.camelParameters());
        boundNames.put(slug, name);
        AgencyTls previous = bySlug.put(slug, tls);
        if (previous != null) {
            clients.remove(previous);
        }
        LOG.info("TLS towards agency {}: {}", slug, tls.describe());
        return "#" + name;
    }

    /**
     * Forgets the agency's set-up once its routes are stopped: the registry entry, and the HTTP
     * endpoints (with their connection pools) that named it, which no route can use any more.
     */
    public void release(CamelContext camel, String slug) {
        AgencyTls previous = bySlug.remove(slug);
        if (previous != null) {
            clients.remove(previous);
        }
        String name = boundNames.remove(slug);
        if (name == null) {
            return;
        }
        for (org.apache.camel.Endpoint endpoint : java.util.List.copyOf(camel.getEndpoints())) {
            if (endpoint.getEndpointUri().contains(name)) {
                try {
                    camel.removeEndpoint(endpoint);
                } catch (Exception e) {
                    LOG.warn("Endpoint of agency {}'s old TLS set-up could not be removed: {}", slug, e.getMessage());
                }
            }
        }
        camel.getRegistry().unbind(name);
    }

    /** The agency's set-up, if its connector declares one. */
    public Optional<AgencyTls> of(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    /**
     * A JDK HTTP client for the agency: with its own SSL context when it has a TLS set-up, else
     * {@code fallback}. Made once per set-up and reused (it holds the connection pool).
     */
    public HttpClient httpClient(String slug, HttpClient fallback) {
        Optional<AgencyTls> tls = of(slug);
        if (tls.isEmpty()) {
            return fallback;
        }
        return clients.computeIfAbsent(tls.get(), t -> {
            try {
                return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .sslContext(t.sslContext()).sslParameters(t.sslParameters()).build();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the TLS set-up of agency " + slug + " cannot be used: "
                        + e.getMessage(), e);
            }
        });
    }

    /**
     * Finds out whether a call that failed without a TLS error was in fact refused at the TLS level.
     * Under TLS 1.3 the server judges the client certificate after the client has finished its side of
     * the handshake, so a refused certificate reaches the HTTP client only as a reset connection or a
     * missing answer. One handshake on a fresh connection, then a short read, brings the server's
     * alert out in the open: it says "bad certificate" at once, or it waits for a request (TLS accepted).
     *
     * @param baseUrl the agency's https:// base URL
     * @return the TLS reason, or empty when the agency has no TLS set-up, cannot be reached at all, or
     *         accepts the handshake
     */
    public Optional<String> diagnose(String slug, String baseUrl, int timeoutMs) {
        Optional<AgencyTls> tls = of(slug);
        if (tls.isEmpty() || baseUrl == null || !baseUrl.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        URI uri = URI.create(baseUrl);
        int port = uri.getPort() < 0 ? 443 : uri.getPort();
        try (SSLSocket socket = (SSLSocket) tls.get().sslContext().getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), timeoutMs);
            socket.setSSLParameters(tls.get().sslParameters());
            socket.setSoTimeout(Math.min(timeoutMs, 2000));
            socket.startHandshake();
            if (socket.getInputStream().read() < 0) {
                // What a server does when it does not accept the client certificate it was sent, or got none.
                return Optional.of("the agency refused the hub's client certificate (connector's tls.keystore):"
                        + " it closed the connection as soon as the TLS handshake ended");
            }
            return Optional.empty();
        } catch (SocketTimeoutException accepted) {
            return Optional.empty();
        } catch (SSLException refused) {
            return TlsFailures.explain(refused);
        } catch (IOException | GeneralSecurityException | RuntimeException unreachable) {
            return Optional.empty();
        }
    }
}
