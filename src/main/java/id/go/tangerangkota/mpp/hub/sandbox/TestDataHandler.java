package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** {@code GET /test-data}: the registered {@link TestDataSections} as one JSON object. */
final class TestDataHandler implements HttpHandler {

    /** The path served, exactly. */
    static final String PATH = "/test-data";

    private final TestDataSections sections;

    TestDataHandler(TestDataSections sections) {
        this.sections = sections;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            // The JDK server matches contexts by prefix: "/test-dataX" lands here too.
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                HttpExchanges.sendJson(exchange, 404, Map.of("error", "Not Found"));
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                HttpExchanges.sendJson(exchange, 405, Map.of("error", "Method Not Allowed"));
            } else {
                HttpExchanges.sendJson(exchange, 200, sections.snapshot());
            }
        } catch (RuntimeException defect) {
            HttpExchanges.sendIfStillPossible(exchange, 500, Map.of("error", "test data could not be built"));
        } finally {
            exchange.close();
        }
    }
}
