package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated BNN Kota Tangerang gateway under {@code /bnn}: routes {@code POST
 * /bnn/layanan/v1/<service>} and makes the shared checks in order: path (404, BNN-404), the
 * {@code X-Api-Key} header (401, BNN-401 "Kunci API tidak dikenali"), method (405), JSON body (400,
 * BNN-400), then the service's checks.
 *
 * <p>Every answer is {@code {"berhasil": bool, "kodeRespon": "BNN-...", "pesan": "..", "hasil":
 * {...}|null}}; unlike other gateways, refusals carry their HTTP status (400, 422) as well.
 */
final class BnnHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String basePath;
    private final byte[] apiKey;
    private final Map<String, BnnService> services = new LinkedHashMap<>();

    BnnHandler(String basePath, String apiKey, List<BnnService> services) {
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
            AgencyHttp.sendJsonIfStillPossible(exchange, 500, answer(false, "BNN-500", "Terjadi gangguan pada sistem layanan", null));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        BnnService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            AgencyHttp.sendJson(exchange, 404, answer(false, "BNN-404", "Layanan tidak ditemukan", null));
            return;
        }
        if (!AgencyHttp.keyMatches(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), apiKey)) {
            AgencyHttp.sendJson(exchange, 401, answer(false, "BNN-401", "Kunci API tidak dikenali", null));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            AgencyHttp.sendJson(exchange, 405, answer(false, "BNN-405", "Metode tidak diizinkan", null));
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                ? parse(exchange) : null;
        if (body == null) {
            AgencyHttp.sendJson(exchange, 400, answer(false, BnnRejection.INCOMPLETE, "Permintaan harus berupa objek JSON", null));
            return;
        }
        try {
            AgencyHttp.sendJson(exchange, 200, answer(true, "BNN-000", "Berhasil", service.answer(new BnnService.BnnRequest(body))));
        } catch (BnnRejection rejection) {
            AgencyHttp.sendJson(exchange, rejection.httpStatus(), answer(false, rejection.kode(), rejection.pesan(), null));
        }
    }

    private static Map<String, Object> answer(boolean ok, String kode, String pesan, Object hasil) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("berhasil", ok);
        answer.put("kodeRespon", kode);
        answer.put("pesan", pesan);
        answer.put("hasil", hasil);
        return answer;
    }

    /** The body as a JSON object, or null (malformed, not an object, or over the size limit). */
    private static JsonNode parse(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    return null;
                }
            }
        }
        try {
            JsonNode node = JSON.readTree(body.toByteArray());
            return node != null && node.isObject() ? node : null;
        } catch (IOException malformed) {
            return null;
        }
    }
}
