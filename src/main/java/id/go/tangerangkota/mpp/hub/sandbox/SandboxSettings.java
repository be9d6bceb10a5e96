package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Objects;
import java.util.Set;

/**
 * How to run the sandbox: where it listens, how many requests it serves at once, and each
 * simulated agency's own settings.
 *
 * @param bindAddress the address to listen on, e.g. {@code 127.0.0.1}
 * @param port        the port; 0 picks any free port (see {@link SandboxServer#port()})
 * @param threads     the size of the fixed pool serving requests
 * @param dukcapil    the Disdukcapil back end's settings
 */
public record SandboxSettings(String bindAddress, int port, int threads, DukcapilSettings dukcapil) {

    /** The pool size of {@link #demo(int)}: enough for the hub's bulkheads and the benchmark. */
    public static final int DEFAULT_THREADS = 64;

    /** Rejects settings the server could not start with, before it binds anything. */
    public SandboxSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dukcapil, "dukcapil");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * The settings of a local sandbox: loopback only, 64 threads, institution
     * {@code MPP-TANGERANG}, and loopback (IPv4 and IPv6) whitelisted at Disdukcapil.
     *
     * @param port the port, 0 for any free port
     */
    public static SandboxSettings demo(int port) {
        // SANDBOX DEMO credentials: they open nothing but this simulator and are published in the
        // docs on purpose. A real Disdukcapil user id and password never go into code.
        DukcapilSettings dukcapil = new DukcapilSettings("MPP-TANGERANG", "sandbox-mpp",
                "sandbox-demo-password", Set.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
        return new SandboxSettings("127.0.0.1", port, DEFAULT_THREADS, dukcapil);
    }
}
