package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated Bapenda API under {@code /bapenda}: routes {@code POST /bapenda/api/v1/<service>}
 * and makes the checks every service shares, in this order: path (404, status 44), the
 * {@code X-Api-Key} header (401, status 41 "X-Api-Key tidak dikenal"), method (405, 45), content
 * type (415, 46), size (413, 47), a JSON object body (400, 10), then the service's own checks.
 *
 * <p>Every answer is {@code {"status","pesan",...}}; a refused or malformed parameter is HTTP 400
 * with status 10, other business outcomes (found, not found, refused on the merits) are HTTP 200
 * told apart by {@code status}.
 */
final class BapendaHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final int MAX_BODY_BYTES = 32 * 1024;

    private final String basePath;
    private final byte[] apiKey;
    private final Map<String, BapendaService> services = new LinkedHashMap<>();

    BapendaHandler(String basePath, String apiKey, List<BapendaService> services) {
        this.basePath = basePath;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.ifStillPossible(exchange,
                    () -> send(exchange, 500, answer("99", "Gangguan sistem, silakan coba lagi", Map.of())));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        BapendaService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            send(exchange, 404, answer("44", "Layanan tidak ditemukan", Map.of()));
            return;
        }
        if (!AgencyHttp.keyMatches(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), apiKey)) {
            send(exchange, 401, answer("41", "X-Api-Key tidak dikenal", Map.of()));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, answer("45", "Metode tidak diizinkan", Map.of()));
            return;
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/json")) {
            send(exchange, 415, answer("46", "Content-Type harus application/json", Map.of()));
            return;
        }
        byte[] raw = AgencyHttp.readOrNull(exchange, MAX_BODY_BYTES);
        if (raw == null) {
            send(exchange, 413, answer("47", "Permintaan terlalu besar", Map.of()));
            return;
        }
        JsonNode body = AgencyHttp.jsonObject(raw);
        if (body == null) {
            send(exchange, 400, answer(BapendaRejection.INVALID, "Format permintaan tidak valid", Map.of()));
            return;
        }
        try {
            send(exchange, 200, answer("00", "Berhasil", service.answer(new BapendaRequest(body))));
        } catch (BapendaRejection rejection) {
            int http = BapendaRejection.INVALID.equals(rejection.status()) ? 400 : 200;
            send(exchange, http, answer(rejection.status(), rejection.pesan(), Map.of()));
        }
    }

    private static Map<String, Object> answer(String status, String pesan, Map<String, Object> rest) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("pesan", pesan);
        answer.putAll(rest);
        return answer;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        AgencyHttp.send(exchange, status, "application/json; charset=UTF-8", AgencyHttp.JSON.writeValueAsBytes(body));
    }
}
