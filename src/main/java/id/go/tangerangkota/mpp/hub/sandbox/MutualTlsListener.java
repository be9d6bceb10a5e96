package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * An HTTPS port of a simulated agency that, like a bank's host-to-host gateway, talks only to
 * partners presenting a client certificate signed by a CA it trusts. Switched on per agency by
 * {@code mpp.sandbox.<slug>.tls.keystore} (its server key, PKCS12), {@code .keystore-password},
 * {@code .truststore} (the partners' CA), {@code .truststore-password} and {@code .port} (0 = a free
 * one). The default sandbox does not set them: its agencies stay plain HTTP.
 */
public final class MutualTlsListener implements AutoCloseable {

    private final HttpsServer server;
    private final ExecutorService executor;

    private MutualTlsListener(HttpsServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts the listener when the agency's tls settings are given, else returns null.
     *
     * @param path    the context path served, e.g. {@code /bank-bjb}
     * @param handler what answers there (the same handler as on the shared plain port)
     */
    public static MutualTlsListener startIfConfigured(SandboxContext context, String slug, String path,
            HttpHandler handler) throws IOException {
        String prefix = "mpp.sandbox." + slug + ".tls.";
        String keystore = context.property(prefix + "keystore", "");
        if (keystore.isBlank()) {
            return null;
        }
        SSLContext ssl;
        try {
            ssl = sslContext(keystore, context.property(prefix + "keystore-password", ""),
                    context.property(prefix + "truststore", ""), context.property(prefix + "truststore-password", ""));
        } catch (GeneralSecurityException e) {
            throw new IOException(prefix + "* cannot be used: " + e.getMessage(), e);
        }
        String bind = context.http().getAddress().getAddress().getHostAddress();
        int port = Integer.parseInt(context.property(prefix + "port", "0").strip());
        // Normally set already by SandboxServer; here too in case this listener is the JVM's first server.
        JdkHttpServerSettings.apply();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                // No certificate from the partner, or one from another CA: no handshake.
                ssl.setNeedClientAuth(true);
                ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext(path, handler).getFilters().add(context.faults().filterFor(slug));
        ExecutorService executor = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "sandbox-" + slug + "-https");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new MutualTlsListener(server, executor);
    }

    /** The port bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static SSLContext sslContext(String keystore, String keystorePassword, String truststore,
            String truststorePassword) throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keystore, keystorePassword), keystorePassword.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(truststore, truststorePassword));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(String file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
