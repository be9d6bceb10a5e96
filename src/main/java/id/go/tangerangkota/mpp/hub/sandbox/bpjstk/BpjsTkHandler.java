package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

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
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        } catch (BodyTooLarge tooLarge) {
            drain(exchange);
            sendIfStillPossible(exchange, 413, answer("13", "Ukuran permintaan terlalu besar", null));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            sendIfStillPossible(exchange, 500, answer("99", "Terjadi kesalahan sistem", null));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        BpjsTkService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            send(exchange, 404, answer("04", "Layanan tidak ditemukan", null));
            return;
        }
        if (!validKey(exchange.getRequestHeaders().getFirst(API_KEY_HEADER))) {
            send(exchange, 401, answer("40", "API Key tidak valid", null));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, answer("05", "Metode tidak diizinkan", null));
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(exchange, 415, answer("15", "Content-Type harus application/json", null));
            return;
        }
        JsonNode body = parse(readBody(exchange));
        if (body == null) {
            send(exchange, 400, answer(BpjsTkRejection.INCOMPLETE, "Format permintaan tidak valid", null));
            return;
        }
        service.observe(body);
        Map<String, Object> answer;
        try {
            answer = answer("00", "Sukses", service.answer(new BpjsTkRequest(body)));
        } catch (BpjsTkRejection rejection) {
            answer = answer(rejection.kode(), rejection.pesan(), null);
        }
        send(exchange, 200, answer);
    }

    /** Constant-time comparison, so the sandbox does not teach timing attacks by example. */
    private boolean validKey(String sent) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), apiKey);
    }

    private static Map<String, Object> answer(String kode, String pesan, Object data) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kode", kode);
        answer.put("pesan", pesan);
        answer.put("data", data);
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

    /** Reads the body, refusing more than {@link #MAX_BODY_BYTES} without reading it all. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    throw new BodyTooLarge();
                }
            }
        }
        return body.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused body (bounded), so closing the exchange does not
     * reset the connection before the client has read the 413.
     */
    private static void drain(HttpExchange exchange) {
        byte[] buffer = new byte[8192];
        long left = 16L * MAX_BODY_BYTES;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while (left > 0 && (read = in.read(buffer)) != -1) {
                left -= read;
            }
        } catch (IOException clientGone) {
            // the answer below is best effort anyway
        }
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

    /** A body over the limit; answered 413. */
    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("request body too large");
        }
    }
}
