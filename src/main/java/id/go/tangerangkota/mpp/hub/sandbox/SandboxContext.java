package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.Clock;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

/**
 * What a simulated agency is installed into: the shared HTTP server, the one population every
 * agency's data is keyed by (the same citizens, by NIK, have BPJS cards, vehicles, meters...), the
 * test-data sections, the agencies' clock, and the properties given to the sandbox
 * ({@code -Dmpp.sandbox.*} or the hub's configuration), from which an agency may read settings such
 * as its own TCP port ({@code mpp.sandbox.<slug>.port}, 0 = a free port). The HTTP server already
 * applies the agency's injected faults; an agency that also listens on a port of its own (PLN's
 * ISO 8583 host) asks {@code faults} for each request it receives there and carries the decision
 * out itself.
 */
public record SandboxContext(HttpServer http, CitizenRegistry citizens, TestDataSections testData, Clock clock,
        Map<String, String> properties, FaultInjection faults) {

    /** A property of the sandbox, or the fallback. */
    public String property(String name, String fallback) {
        return properties.getOrDefault(name, fallback);
    }
}
