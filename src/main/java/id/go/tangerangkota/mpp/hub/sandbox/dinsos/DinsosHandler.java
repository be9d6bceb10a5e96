package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated Dinsos service under {@code /dinsos}: routes {@code POST /dinsos/api/v1/<service>}
 * and makes the shared checks in order: unknown path 404; the {@code X-Api-Key} header, else
 * 401 kode 41; POST only (405); JSON content type (415); body at most 64 KiB (413); a JSON object
 * (400 kode 10). Every answer is {@code {"status":"sukses"|"gagal","kode","pesan",...}}.
 */
final class DinsosHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final String basePath;
    private final byte[] apiKey;
    private final DinsosServices services;

    DinsosHandler(String basePath, String apiKey, DinsosServices services) {
        this.basePath = basePath;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.services = services;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (DinsosRejection rejection) {
            AgencyHttp.sendJsonIfStillPossible(exchange, rejection.httpStatus(), failure(rejection));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendJsonIfStillPossible(exchange, 500,
                    failure(new DinsosRejection(500, "99", "Terjadi kesalahan sistem")));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String service = path.startsWith(basePath) ? path.substring(basePath.length()) : "";
        if (!DinsosServices.PATHS.contains(service)) {
            throw new DinsosRejection(404, "04", "Layanan tidak ditemukan");
        }
        if (!AgencyHttp.keyMatches(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), apiKey)) {
            throw new DinsosRejection(401, "41", "API key tidak dikenali");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new DinsosRejection(405, "05", "Metode tidak diizinkan");
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/json")) {
            throw new DinsosRejection(415, "15", "Content-Type harus application/json");
        }
        byte[] raw = AgencyHttp.readOrSkip(exchange,
                () -> new DinsosRejection(413, "13", "Ukuran permintaan terlalu besar"));
        JsonNode body = AgencyHttp.jsonObject(raw);
        if (body == null) {
            throw new DinsosRejection(400, "10", "Format permintaan tidak valid");
        }
        Map<String, Object> answer = services.answer(service, body);
        AgencyHttp.sendJson(exchange, 200, answer);
    }

    private static Map<String, Object> failure(DinsosRejection rejection) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "gagal");
        answer.put("kode", rejection.kode());
        answer.put("pesan", rejection.pesan());
        return answer;
    }
}
