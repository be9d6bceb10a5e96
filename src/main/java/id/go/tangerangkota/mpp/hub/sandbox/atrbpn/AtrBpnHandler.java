package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated land-office gateway under {@code /atr-bpn}: routes {@code POST
 * /atr-bpn/kantah/3671/api/v1/<service>} and makes the shared checks in order: path (404, E404),
 * method (405, E405), a JSON object body (400, E100), the account in the body's
 * {@code otentikasi} (401, E401 "Nama pengguna atau kata sandi salah"), then the service's checks.
 *
 * <p>Every answer is a page: {@code {"meta": {"kodeStatus","pesan","halaman","perHalaman",
 * "totalData","totalHalaman"}, "data": [...]}}, the request's {@code halaman}/{@code perHalaman}
 * (default 1 and 10) choosing the page; an error is an empty page with its code.
 */
final class AtrBpnHandler implements HttpHandler {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_PAGE_SIZE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String basePath;
    private final byte[] username;
    private final byte[] password;
    private final Map<String, AtrBpnService> services = new LinkedHashMap<>();

    AtrBpnHandler(String basePath, String username, String password, List<AtrBpnService> services) {
        this.basePath = basePath;
        this.username = username.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendJsonIfStillPossible(exchange, 500, error("E500", "Terjadi kesalahan pada server layanan"));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        AtrBpnService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            AgencyHttp.sendJson(exchange, 404, error("E404", "Layanan tidak ditemukan"));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            AgencyHttp.sendJson(exchange, 405, error("E405", "Metode tidak diizinkan"));
            return;
        }
        JsonNode body = parse(exchange);
        if (body == null) {
            AgencyHttp.sendJson(exchange, 400, error(AtrBpnRejection.INCOMPLETE, "Permintaan harus berupa objek JSON"));
            return;
        }
        if (!AgencyHttp.accountMatches(body.path("otentikasi"), "namaPengguna", "kataSandi", username, password)) {
            AgencyHttp.sendJson(exchange, 401, error("E401", "Nama pengguna atau kata sandi salah"));
            return;
        }
        int page = body.path("halaman").asInt(1);
        int size = body.path("perHalaman").asInt(10);
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            AgencyHttp.sendJson(exchange, 400, error(AtrBpnRejection.INCOMPLETE, "Parameter halaman/perHalaman tidak valid"));
            return;
        }
        try {
            AgencyHttp.sendJson(exchange, 200, page(service.answer(body), page, size));
        } catch (AtrBpnRejection rejection) {
            AgencyHttp.sendJson(exchange, rejection.httpStatus(), error(rejection.kode(), rejection.getMessage()));
        }
    }

    private static Map<String, Object> page(List<Map<String, Object>> all, int page, int size) {
        int from = Math.min(all.size(), (page - 1) * size);
        int to = Math.min(all.size(), from + size);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("kodeStatus", "0000");
        meta.put("pesan", "Berhasil");
        meta.put("halaman", page);
        meta.put("perHalaman", size);
        meta.put("totalData", all.size());
        meta.put("totalHalaman", (all.size() + size - 1) / size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("meta", meta);
        answer.put("data", all.subList(from, to));
        return answer;
    }

    private static Map<String, Object> error(String kode, String pesan) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("kodeStatus", kode);
        meta.put("pesan", pesan);
        meta.put("halaman", 0);
        meta.put("perHalaman", 0);
        meta.put("totalData", 0);
        meta.put("totalHalaman", 0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("meta", meta);
        answer.put("data", List.of());
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
