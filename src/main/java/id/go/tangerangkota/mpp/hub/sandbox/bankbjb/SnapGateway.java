package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The bank's SNAP gateway under {@code /bank-bjb}: the B2B token service and the virtual-account
 * services. Every answer is SNAP JSON whose HTTP status is the first three digits of its
 * responseCode; an unknown path is 404, another method than POST 405.
 */
final class SnapGateway implements HttpHandler {

    static final String BASE = "/bank-bjb";
    static final String TOKEN_PATH = "/v1.0/access-token/b2b";

    private final TokenService tokenService;
    private final TransactionGuard guard;
    private final Map<String, VaService> services = new LinkedHashMap<>();
    private final Clock clock;

    SnapGateway(TokenService tokenService, TransactionGuard guard, List<VaService> services, Clock clock) {
        this.tokenService = tokenService;
        this.guard = guard;
        this.clock = clock;
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String serviceCode = "00";
        try {
            String path = exchange.getRequestURI().getRawPath();
            String servicePath = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
            VaService service = services.get(servicePath);
            if (service == null && !TOKEN_PATH.equals(servicePath)) {
                throw new SnapRejection(404, "00", "Not Found");
            }
            serviceCode = service == null ? TokenService.SERVICE_CODE : service.serviceCode();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                throw new SnapRejection(405, "00", "Method Not Allowed");
            }
            byte[] body = SnapExchanges.readBody(exchange);
            if (body == null) {
                throw new SnapRejection(413, "00", "Request Entity Too Large");
            }
            Map<String, Object> answer = service == null
                    ? tokenService.answer(exchange.getRequestHeaders(), body)
                    : transaction(service, path, exchange, body);
            SnapExchanges.send(exchange, answer, SnapTimestamp.now(clock));
        } catch (SnapRejection rejection) {
            Map<String, Object> answer = SnapExchanges.answer(rejection.responseCode(serviceCode), rejection.getMessage());
            if (rejection.virtualAccountData() != null) {
                answer.put("virtualAccountData", rejection.virtualAccountData());
            }
            SnapExchanges.sendIfStillPossible(exchange, answer, SnapTimestamp.now(clock));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the hub waits for its time limit.
            SnapExchanges.sendIfStillPossible(exchange,
                    SnapExchanges.answer("500" + serviceCode + "01", "Internal Server Error"), SnapTimestamp.now(clock));
        } finally {
            exchange.close();
        }
    }

    private Map<String, Object> transaction(VaService service, String path, HttpExchange exchange, byte[] body) {
        VaRequest request = null;
        try {
            request = VaRequest.parse(body);
            service.observe(request);
        } catch (SnapRejection malformed) {
            // refused below, after authentication, as the bank orders its checks
        }
        guard.check(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body);
        if (request == null) {
            throw SnapRejection.invalidFormat("body");
        }
        return service.answer(request);
    }
}
