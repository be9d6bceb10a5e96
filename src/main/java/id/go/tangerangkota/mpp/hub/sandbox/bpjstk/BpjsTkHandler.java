package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

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
 * The simulated BPJS Ketenagakerjaan partner gateway under {@code /bpjs-ketenagakerjaan}: routes
 * {@code POST /bpjs-ketenagakerjaan/jamsostek/v1/<service>} and makes the checks every service
 * shares, in the gateway's order:
 *
 * <ol>
 *   <li>path: unknown is HTTP 404, kode 04;
 *   <li>the {@code X-Api-Key} header, else HTTP 401, kode 40 "API Key tidak valid";
 *   <li>method (405), content type (415), body size (413);
 *   <li>a JSON object body, else kode 10;
 *   <li>then the service's own checks.
 * </ol>
 *
 * <p>Every answer is {@code {"kode","pesan","data"}}; business outcomes (found, not found,
 * refused) come with HTTP 200 and are told apart by {@code kode} only.
 */
final class BpjsTkHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";
    private final String basePath;
    private final byte[] apiKey;
    private final Map<String, BpjsTkService> services = new LinkedHashMap<>();

    BpjsTkHandler(String basePath, String apiKey, List<BpjsTkService> services) {
        this.basePath = basePath;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (AgencyHttp.BodyTooLarge tooLarge) {
            AgencyHttp.drain(exchange, AgencyHttp.MAX_BODY_BYTES);
            AgencyHttp.sendJsonIfStillPossible(exchange, 413, answer("13", "Ukuran permintaan terlalu besar", null));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendJsonIfStillPossible(exchange, 500, answer("99", "Terjadi kesalahan sistem", null));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        BpjsTkService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            AgencyHttp.sendJson(exchange, 404, answer("04", "Layanan tidak ditemukan", null));
            return;
        }
        if (!AgencyHttp.keyMatches(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), apiKey)) {
            AgencyHttp.sendJson(exchange, 401, answer("40", "API Key tidak valid", null));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            AgencyHttp.sendJson(exchange, 405, answer("05", "Metode tidak diizinkan", null));
            return;
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/json")) {
            AgencyHttp.sendJson(exchange, 415, answer("15", "Content-Type harus application/json", null));
            return;
        }
        JsonNode body = AgencyHttp.jsonObject(AgencyHttp.readOrRefuse(exchange, AgencyHttp.MAX_BODY_BYTES));
        if (body == null) {
            AgencyHttp.sendJson(exchange, 400, answer(BpjsTkRejection.INCOMPLETE, "Format permintaan tidak valid", null));
            return;
        }
        service.observe(body);
        Map<String, Object> answer;
        try {
            answer = answer("00", "Sukses", service.answer(new BpjsTkRequest(body)));
        } catch (BpjsTkRejection rejection) {
            answer = answer(rejection.kode(), rejection.pesan(), null);
        }
        AgencyHttp.sendJson(exchange, 200, answer);
    }

    private static Map<String, Object> answer(String kode, String pesan, Object data) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kode", kode);
        answer.put("pesan", pesan);
        answer.put("data", data);
        return answer;
    }
}
