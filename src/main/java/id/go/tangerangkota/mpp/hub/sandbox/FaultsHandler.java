package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The sandbox's fault switchboard, on the sandbox port:
 * <pre>
 * GET    /sandbox/faults            every simulated agency and its fault
 * PUT    /sandbox/faults/{agency}   {"mode": "down|slow|failing|flaky|normal", "latencyMs": 2000, "errorRate": 0.5}
 *                                   {"mode": "hostile", "answer": "xxe-file|xxe-http|billion-laughs|oversize|deep",
 *                                    "probeUrl": "http://127.0.0.1:9999"}  (probeUrl for xxe-http only)
 * DELETE /sandbox/faults/{agency}   back to normal
 * </pre>
 * For tests and for people demonstrating the hub; the simulated agencies only, never a real one.
 */
final class FaultsHandler implements HttpHandler {

    static final String PATH = "/sandbox/faults";
    private static final int MAX_BODY = 4096;

    private final FaultInjection faults;

    FaultsHandler(FaultInjection faults) {
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(PATH) || path.equals(PATH + "/")) {
                if (method.equals("GET")) {
                    HttpExchanges.sendJson(exchange, 200, listing());
                } else {
                    notAllowed(exchange, "GET");
                }
                return;
            }
            String agency = path.startsWith(PATH + "/") ? path.substring(PATH.length() + 1) : "";
            if (!faults.knows(agency)) {
                HttpExchanges.sendJson(exchange, 404, Map.of("error", "Not Found",
                        "message", "no simulated agency '" + agency.replaceAll("[^a-z0-9-]", "?") + "'"));
                return;
            }
            switch (method) {
                case "GET" -> HttpExchanges.sendJson(exchange, 200, describe(faults.of(agency)));
                case "DELETE" -> {
                    faults.set(agency, Fault.NONE);
                    HttpExchanges.sendJson(exchange, 200, describe(Fault.NONE));
                }
                case "PUT", "POST" -> put(exchange, agency);
                default -> notAllowed(exchange, "GET, PUT, DELETE");
            }
        } catch (RuntimeException defect) {
            HttpExchanges.sendIfStillPossible(exchange, 500, Map.of("error", "fault could not be set"));
        } finally {
            exchange.close();
        }
    }

    private void put(HttpExchange exchange, String agency) throws IOException {
        Fault fault;
        try {
            JsonNode body = HttpExchanges.JSON.readTree(HttpExchanges.readBody(exchange, MAX_BODY));
            if (body == null || !body.isObject() || !body.path("mode").isTextual()) {
                throw new IllegalArgumentException("mode: one of normal, down, slow, failing, flaky, hostile");
            }
            Fault.Mode mode = Fault.Mode.parse(body.path("mode").asText());
            if (mode == Fault.Mode.HOSTILE) {
                if (!body.path("answer").isTextual()) {
                    throw new IllegalArgumentException("answer: one of xxe-file, xxe-http, billion-laughs, oversize, deep");
                }
                fault = Fault.hostile(new HostileAnswer(HostileAnswer.Kind.parse(body.path("answer").asText()),
                        body.path("probeUrl").asText(null)));
            } else {
                double defaultRate = mode == Fault.Mode.FAILING ? 1.0 : mode == Fault.Mode.FLAKY ? 0.5 : 0;
                fault = new Fault(mode, body.path("latencyMs").asLong(mode == Fault.Mode.SLOW ? 3000 : 0),
                        body.path("errorRate").asDouble(defaultRate));
            }
        } catch (IOException | IllegalArgumentException bad) {
            String message = bad instanceof IllegalArgumentException && bad.getMessage() != null
                    && bad.getMessage().contains(":") ? bad.getMessage() : "mode: one of normal, down, slow, failing, flaky, hostile";
            HttpExchanges.sendJson(exchange, 400, Map.of("error", "Bad Request", "message", message));
            return;
        }
        faults.set(agency, fault);
        HttpExchanges.sendJson(exchange, 200, describe(fault));
    }

    private Map<String, Object> listing() {
        Map<String, Object> all = new LinkedHashMap<>();
        faults.snapshot().forEach((agency, fault) -> all.put(agency, describe(fault)));
        return Map.of("faults", all);
    }

    private static Map<String, Object> describe(Fault fault) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", fault.mode().wireName());
        d.put("latencyMs", fault.latencyMs());
        d.put("errorRate", fault.errorRate());
        if (fault.hostile() != null) {
            d.put("answer", fault.hostile().kind().wireName());
        }
        return d;
    }

    private static void notAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        HttpExchanges.sendJson(exchange, 405, Map.of("error", "Method Not Allowed"));
    }
}
