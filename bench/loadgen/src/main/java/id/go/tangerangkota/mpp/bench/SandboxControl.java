package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sets the simulated agencies' answer delay through the sandbox's fault API
 * ({@code PUT /sandbox/faults/<agency>} with mode {@code slow}), so the same delay applies to the
 * direct calls, nginx's and the hub's.
 */
final class SandboxControl {

    private final Endpoint sandbox;

    SandboxControl(Endpoint sandbox) {
        this.sandbox = sandbox;
    }

    /** Every answer of the agency's back end waits {@code delayMs} first; 0 takes the delay away. */
    void delay(String agency, int delayMs) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(sandbox.host(), sandbox.port())) {
            HttpAnswer answer = delayMs == 0
                    ? connection.send("DELETE", "/sandbox/faults/" + agency, Map.of(), null)
                    : connection.send("PUT", "/sandbox/faults/" + agency, Map.of("Content-Type", "application/json"),
                            ("{\"mode\":\"slow\",\"latencyMs\":" + delayMs + "}").getBytes(StandardCharsets.UTF_8));
            if (answer.status() / 100 != 2 && !(delayMs == 0 && answer.status() == 404)) {
                throw new IOException("the sandbox refused a delay of " + delayMs + " ms for " + agency + ": "
                        + answer.status() + " " + answer.text());
            }
        }
    }
}
