package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The simulated Disdukcapil data-access API under {@code /dukcapil}: routes
 * {@code POST /dukcapil/get_json/{institution}/{service}} and makes the checks every service
 * shares, in the order of the real back end:
 *
 * <ol>
 *   <li>path: unknown service or institution is HTTP 404; then method (405) and content type (415);
 *   <li>body size (413);
 *   <li>the socket's remote address in the whitelist, else "IP Address Tidak Sesuai";
 *   <li>a JSON object body, else "Parameter Tidak Lengkap";
 *   <li>user_id and password, else "Login Gagal";
 *   <li>then the service's own checks.
 * </ol>
 *
 * <p>From step 3 on every answer is HTTP 200 with the error in {@code content[0].RESPON}, because
 * that is what the real API does and what a connector must handle.
 */
final class DukcapilBackend implements HttpHandler {

    /** Where the services live; the institution and service follow. */
    static final String BASE = "/dukcapil/get_json/";

    private static final ObjectReader BODY_READER = HttpExchanges.JSON.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final DukcapilSettings settings;
    private final IpWhitelist whitelist;
    private final CallMeter meter;
    private final Map<String, DukcapilService> services = new LinkedHashMap<>();

    DukcapilBackend(DukcapilSettings settings, CallMeter meter, List<DukcapilService> services) {
        this.settings = settings;
        this.whitelist = new IpWhitelist(settings.whitelist());
        this.meter = meter;
        services.forEach(service -> this.services.put(service.name(), service));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (HttpExchanges.BodyTooLargeException tooLarge) {
            HttpExchanges.sendIfStillPossible(exchange, 413, DukcapilEnvelope.respon("Ukuran Permintaan Terlalu Besar"));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout
            // and blames the connector.
            HttpExchanges.sendIfStillPossible(exchange, 500, DukcapilEnvelope.respon("Terjadi Kesalahan Sistem"));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] segments = path.startsWith(BASE) ? path.substring(BASE.length()).split("/", -1) : new String[0];
        if (segments.length != 2) {
            HttpExchanges.sendJson(exchange, 404, DukcapilEnvelope.respon("Layanan Tidak Ditemukan"));
            return;
        }
        if (!settings.institution().equals(segments[0])) {
            HttpExchanges.sendJson(exchange, 404, DukcapilEnvelope.respon("Instansi Tidak Terdaftar"));
            return;
        }
        DukcapilService service = services.get(segments[1]);
        if (service == null) {
            HttpExchanges.sendJson(exchange, 404, DukcapilEnvelope.respon("Layanan Tidak Ditemukan"));
            return;
        }
        meter.record(service.name());
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            HttpExchanges.sendJson(exchange, 405, DukcapilEnvelope.respon("Metode Tidak Diizinkan"));
            return;
        }
        if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            HttpExchanges.sendJson(exchange, 415, DukcapilEnvelope.respon("Content-Type Harus application/json"));
            return;
        }
        JsonNode body = parse(HttpExchanges.readBody(exchange, HttpExchanges.MAX_BODY_BYTES));
        service.observe(body);
        HttpExchanges.sendJson(exchange, 200, DukcapilEnvelope.of(check(exchange, body, service)));
    }

    /** The shared checks, then the service; a failed check becomes the RESPON answer. */
    private Map<String, ?> check(HttpExchange exchange, JsonNode body, DukcapilService service) {
        try {
            if (!whitelist.allows(HttpExchanges.remoteIp(exchange))) {
                throw new DukcapilRejection("IP Address Tidak Sesuai");
            }
            if (body == null) {
                throw new DukcapilRejection("Parameter Tidak Lengkap");
            }
            DukcapilRequest request = new DukcapilRequest(body);
            // Both are always compared (a plain |), so the answer never hints which one was wrong.
            if (!same(request.credential("user_id"), settings.userId())
                    | !same(request.credential("password"), settings.password())) {
                throw new DukcapilRejection("Login Gagal");
            }
            return service.answer(request);
        } catch (DukcapilRejection rejection) {
            return Map.of("RESPON", rejection.respon());
        }
    }

    /** The body as a JSON object, or null for anything else (empty, malformed, an array...). */
    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = BODY_READER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException malformed) {
            return null;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** Constant-time comparison, so the sandbox does not teach timing attacks by example. */
    private static boolean same(String sent, String expected) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
