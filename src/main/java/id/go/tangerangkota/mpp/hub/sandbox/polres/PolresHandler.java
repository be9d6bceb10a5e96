package id.go.tangerangkota.mpp.hub.sandbox.polres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated Polres gateway under {@code /polres}: routes {@code POST <base>/<service>} and makes
 * the shared checks in order: unknown path 404 U-44; the {@code X-Api-Key} header, else 401 U-41;
 * POST only (405 U-45); JSON content type (415 U-15); body at most 64 KiB (413 U-13); a JSON object
 * (400 U-10). Every answer is {@code {"respon":{"kode","uraian","waktu"}, ...}}; a success adds
 * {@code permohonan}.
 */
final class PolresHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String basePath;
    private final byte[] apiKey;
    private final PolresServices services;
    private final PolresApplications applications;

    PolresHandler(String basePath, String apiKey, PolresServices services, PolresApplications applications) {
        this.basePath = basePath;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.services = services;
        this.applications = applications;
    }

    /** The {@code respon} block: kode, uraian and the gateway's time in WIB. */
    static Map<String, Object> respon(String kode, String uraian, Clock clock) {
        Map<String, Object> respon = new LinkedHashMap<>();
        respon.put("kode", kode);
        respon.put("uraian", uraian);
        respon.put("waktu", TIME.format(OffsetDateTime.now(clock.withZone(WIB)).truncatedTo(ChronoUnit.SECONDS)));
        return respon;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (PolresRejection rejection) {
            AgencyHttp.sendJsonIfStillPossible(exchange, rejection.httpStatus(), failure(rejection));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendJsonIfStillPossible(exchange, 500,
                    failure(new PolresRejection(500, "U-99", "Gangguan sistem, silakan coba kembali")));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String service = path.startsWith(basePath) ? path.substring(basePath.length()) : "";
        if (!PolresServices.PATHS.contains(service)) {
            throw new PolresRejection(404, "U-44", "Layanan tidak ditemukan");
        }
        applications.recordServiceCall(service);
        if (!AgencyHttp.keyMatches(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), apiKey)) {
            throw new PolresRejection(401, "U-41", "X-Api-Key tidak valid");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new PolresRejection(405, "U-45", "Metode tidak diizinkan");
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/json")) {
            throw new PolresRejection(415, "U-15", "Content-Type harus application/json");
        }
        byte[] raw = AgencyHttp.readOrSkip(exchange,
                () -> new PolresRejection(413, "U-13", "Ukuran permintaan terlalu besar"));
        JsonNode body = AgencyHttp.jsonObject(raw);
        if (body == null) {
            throw new PolresRejection(400, "U-10", "Permintaan bukan objek JSON yang valid");
        }
        AgencyHttp.sendJson(exchange, 200, services.answer(service, body));
    }

    private Map<String, Object> failure(PolresRejection rejection) {
        return Map.of("respon", respon(rejection.kode(), rejection.uraian(), services.clock()));
    }
}
