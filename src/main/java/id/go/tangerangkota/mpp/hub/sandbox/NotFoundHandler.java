package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** Everything no simulated agency serves: a JSON 404 rather than the JDK's HTML page. */
final class NotFoundHandler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            HttpExchanges.sendJson(exchange, 404, Map.of("error", "Not Found"));
        } finally {
            exchange.close();
        }
    }
}
