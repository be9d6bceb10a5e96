package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.Map;

/**
 * One simulated agency. It installs itself into the sandbox: HTTP contexts under its own path
 * prefix on the shared port, or a listener of its own (e.g. an ISO 8583 TCP port), and its section
 * of {@code GET /test-data}. Each agency lives in its own subpackage and is listed once in
 * {@link SandboxBackends}.
 */
public interface AgencyBackend extends AutoCloseable {

    /** The agency's slug, as in {@code connectors/<slug>/}. */
    String agency();

    /** Registers handlers and starts any listener of its own. */
    void install(SandboxContext context) throws IOException;

    /**
     * Properties the hub needs to reach this agency once installed, e.g. the port a TCP listener
     * actually bound ({@code mpp.sandbox.pln.port}) when 0 was asked for.
     */
    default Map<String, Object> runtimeProperties() {
        return Map.of();
    }

    /** Stops listeners of its own; HTTP contexts stop with the shared server. */
    @Override
    default void close() {
    }
}
