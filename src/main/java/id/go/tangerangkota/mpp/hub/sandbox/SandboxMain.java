package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone, in its own JVM, until the process is stopped:
 * {@code java -cp ... id.go.tangerangkota.mpp.hub.sandbox.SandboxMain [port]}.
 *
 * <p>The port is the first argument, else {@code -Dmpp.sandbox.port}, else 8090; the pool size
 * is {@code -Dmpp.sandbox.threads}, else 64. Otherwise the demo settings apply
 * ({@link SandboxSettings#demo(int)}): loopback only, demo credentials.
 */
public final class SandboxMain {

    /** The port when none is given. */
    public static final int DEFAULT_PORT = 8090;

    private SandboxMain() {
    }

    /**
     * Starts the sandbox and blocks.
     *
     * @param args optionally the port
     * @throws UncheckedIOException when the port cannot be bound (the JVM then exits non-zero)
     */
    public static void main(String[] args) {
        int port = port(args);
        SandboxServer server;
        try {
            server = SandboxServer.start(settings(port), systemSandboxProperties());
        } catch (IOException cannotBind) {
            throw new UncheckedIOException("cannot listen on port " + port, cannotBind);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println("MPP sandbox listening on " + server.baseUrl()
                + " (" + server.citizens().size() + " citizens; sample identifiers at /test-data)");
        // The serving threads are daemons: keep the JVM alive until it is told to stop.
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }

    static SandboxSettings settings(int port) {
        SandboxSettings demo = SandboxSettings.demo(port);
        String threads = System.getProperty("mpp.sandbox.threads");
        if (threads == null || threads.isBlank()) {
            return demo;
        }
        return new SandboxSettings(demo.bindAddress(), port, Integer.parseInt(threads.strip()), demo.dukcapil());
    }

    /** The {@code -Dmpp.sandbox.*} system properties, for the simulated agencies' own settings. */
    static java.util.Map<String, String> systemSandboxProperties() {
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("mpp.sandbox."))
                .forEach(n -> properties.put(n, System.getProperty(n)));
        return properties;
    }

    static int port(String[] args) {
        String value = args.length > 0 ? args[0] : System.getProperty("mpp.sandbox.port");
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("the sandbox port must be a number, was: " + value, notANumber);
        }
    }
}
