package id.go.tangerangkota.mpp.hub.sandbox;

/**
 * Settings of the JDK's HTTP server ({@code com.sun.net.httpserver}) that every sandbox listener
 * needs, applied before the first server of the JVM is created.
 *
 * <p>The JDK reads them once, in the static initialiser of {@code sun.net.httpserver.ServerConfig},
 * when the first {@code HttpServer} or {@code HttpsServer} is created, and only from system
 * properties: {@link #apply()} therefore runs before every server the sandbox creates (after the
 * first it changes nothing), and sets only what the JVM was not started with, so a
 * {@code -Dsun.net.httpserver.*} on the command line still wins. A server created elsewhere in the
 * same JVM before the sandbox's fixes the JDK's defaults for the whole JVM: the tests' own stand-in
 * back ends can be first (AgencyIsolationIT starts one before the hub), so the build sets the same
 * values for the test JVMs (pom.xml, surefire and failsafe).
 */
final class JdkHttpServerSettings {

    /**
     * TCP_NODELAY on accepted connections. The JDK's server writes an answer's headers and its body
     * in two writes and leaves Nagle's algorithm on, so the body waits until the client acknowledges
     * the headers; a keep-alive client that delays its ACKs (Linux does once a connection is past its
     * first exchanges: nginx, the hub's Apache HttpClient, the JDK's HttpClient) acknowledges only
     * after ~40 ms. Measured with the JDK's HttpClient on one keep-alive connection, a 47-byte
     * answer took 44 ms at the median, directly and through nginx; with this set, about 1 ms.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /**
     * Idle keep-alive connections the server keeps open (the JDK's default is 200). Above it, a
     * connection is closed after its answer, so a client with more (the hub's pool per agency, nginx,
     * the benchmark's 64 connections, together) reconnects on every call.
     */
    static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";

    private JdkHttpServerSettings() {
    }

    /** Sets the sandbox's values of the properties the JVM was not started with. */
    static void apply() {
        setUnlessGiven(NO_DELAY, "true");
        setUnlessGiven(MAX_IDLE_CONNECTIONS, "1000");
    }

    private static void setUnlessGiven(String property, String value) {
        synchronized (System.getProperties()) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, value);
            }
        }
    }
}
