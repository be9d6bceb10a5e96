package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.Map;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * The HTTP face of {@link FaultInjection}: in front of one agency's handlers, it carries out what
 * the agency's fault decides for each request, as an HTTP back end in that state would: a cut
 * connection without a status line, a 503 with {@code Retry-After}, the usual answer, late, or an
 * attack on the caller's parsers ({@link HostileAnswer}).
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
            case HOSTILE -> hostile(exchange, faults.of(agency).hostile());
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

    /** Answers 200 with the attack, in the style the request was made in (SOAP, XML or JSON). */
    private static void hostile(HttpExchange exchange, HostileAnswer answer) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (answer == null) {
            // The fault changed between the decision and now: answer as a failing agency would.
            unavailable(exchange);
            return;
        }
        HostileAnswer.Style style = HostileAnswer.Style.of(exchange.getRequestHeaders().getFirst("SOAPAction"),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Accept"));
        byte[] body = answer.body(style, request);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType(style));
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
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
