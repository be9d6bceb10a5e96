package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The simulated Dinsos service under {@code /dinsos}: routes {@code POST /dinsos/api/v1/<service>}
 * and makes the shared checks in order: unknown path 404; the {@code X-Api-Key} header, else
 * 401 kode 41; POST only (405); JSON content type (415); body at most 64 KiB (413); a JSON object
 * (400 kode 10). Every answer is {@code {"status":"sukses"|"gagal","kode","pesan",...}}.
 */
final class DinsosHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
            sendIfStillPossible(exchange, rejection.httpStatus(), failure(rejection));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            sendIfStillPossible(exchange, 500, failure(new DinsosRejection(500, "99", "Terjadi kesalahan sistem")));
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
        String sent = exchange.getRequestHeaders().getFirst(API_KEY_HEADER);
        // Constant-time comparison, so the sandbox does not teach timing attacks by example.
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), apiKey)) {
            throw new DinsosRejection(401, "41", "API key tidak dikenali");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new DinsosRejection(405, "05", "Metode tidak diizinkan");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new DinsosRejection(415, "15", "Content-Type harus application/json");
        }
        JsonNode body = parse(readBody(exchange));
        Map<String, Object> answer = services.answer(service, body);
        send(exchange, 200, answer);
    }

    private static Map<String, Object> failure(DinsosRejection rejection) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "gagal");
        answer.put("kode", rejection.kode());
        answer.put("pesan", rejection.pesan());
        return answer;
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException malformed) {
            // answered below
        }
        throw new DinsosRejection(400, "10", "Format permintaan tidak valid");
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    // Drop the rest (bounded) so the client can still read the 413.
                    in.skip(16L * MAX_BODY_BYTES);
                    throw new DinsosRejection(413, "13", "Ukuran permintaan terlalu besar");
                }
            }
        }
        return body.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
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
