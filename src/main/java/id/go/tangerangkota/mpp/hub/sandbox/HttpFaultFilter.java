package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.Map;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * The HTTP face of {@link FaultInjection}: in front of one agency's handlers, it carries out what
 * the agency's fault decides for each request, as an HTTP back end in that state would: a cut
 * connection without a status line, a 503 with {@code Retry-After}, or the usual answer, late.
 */
final class HttpFaultFilter extends Filter {

    private final FaultInjection faults;
    private final String agency;

    HttpFaultFilter(FaultInjection faults, String agency) {
        this.faults = faults;
        this.agency = agency;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        FaultDecision decision = faults.decide(agency, true);
        pause(decision.delayMs());
        switch (decision.action()) {
            case ANSWER -> chain.doFilter(exchange);
            case ERROR -> unavailable(exchange);
            case CUT -> cut(exchange);
        }
    }

    @Override
    public String description() {
        return "injected faults of " + agency;
    }

    /** Closes the connection without a status line: the caller sees the connection drop. */
    private static void cut(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        // Closing an exchange whose headers were never sent closes its connection (JDK server).
        exchange.close();
    }

    private static void unavailable(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Retry-After", "30");
        HttpExchanges.sendJson(exchange, 503, Map.of("error", "Service Unavailable",
                "message", "Layanan sedang tidak tersedia (gangguan disimulasikan)"));
        exchange.close();
    }

    private static void pause(long millis) throws IOException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while slowed down", e);
        }
    }
}
