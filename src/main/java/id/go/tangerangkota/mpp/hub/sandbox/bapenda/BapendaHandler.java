package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

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
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
            sendIfStillPossible(exchange, 500, answer("99", "Gangguan sistem, silakan coba lagi", Map.of()));
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
        String sent = exchange.getRequestHeaders().getFirst(API_KEY_HEADER);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), apiKey)) {
            send(exchange, 401, answer("41", "X-Api-Key tidak dikenal", Map.of()));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, answer("45", "Metode tidak diizinkan", Map.of()));
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(exchange, 415, answer("46", "Content-Type harus application/json", Map.of()));
            return;
        }
        byte[] raw = readBody(exchange);
        if (raw == null) {
            send(exchange, 413, answer("47", "Permintaan terlalu besar", Map.of()));
            return;
        }
        JsonNode body = parse(raw);
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

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException malformed) {
            return null;
        }
    }

    /** The body, or null when it is over {@link #MAX_BODY_BYTES} (the rest is drained, bounded). */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long left = 16L * MAX_BODY_BYTES;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1 && left > 0) {
                left -= read;
                if (body.size() <= MAX_BODY_BYTES) {
                    body.write(buffer, 0, read);
                }
            }
        }
        return body.size() > MAX_BODY_BYTES ? null : body.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendIfStillPossible(HttpExchange exchange, int status, Object body) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, body);
        } catch (IOException clientGone) {
            // nobody left to answer
        }
    }
}
