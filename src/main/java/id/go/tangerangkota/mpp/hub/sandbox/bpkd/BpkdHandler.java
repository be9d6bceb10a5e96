package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated BPKD API under {@code /bpkd}: routes {@code POST /bpkd/keuda/api/<service>} with XML
 * bodies and makes the shared checks in order: path (404, kode 04), HTTP Basic (401, kode 41
 * "USER ID ATAU KATA SANDI SALAH"), method (405, 05), content type (415, 15), size (413, 13), a
 * well-formed {@code <permintaan>} without DTD (400, 30), then the service's own checks.
 *
 * <p>Every answer is {@code <respon><kode/><pesan/>...</respon>}; business outcomes come with HTTP
 * 200 and are told apart by {@code kode}.
 */
final class BpkdHandler implements HttpHandler {

    static final int MAX_BODY_BYTES = 32 * 1024;

    private final String basePath;
    private final byte[] credentials;
    private final Map<String, BpkdService> services = new LinkedHashMap<>();

    BpkdHandler(String basePath, String username, String password, List<BpkdService> services) {
        this.basePath = basePath;
        this.credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.ifStillPossible(exchange, () -> send(exchange, 500, error("96", "SISTEM SEDANG GANGGUAN")));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        BpkdService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            send(exchange, 404, error("04", "LAYANAN TIDAK DITEMUKAN"));
            return;
        }
        if (!AgencyHttp.basicMatches(exchange.getRequestHeaders().getFirst("Authorization"), credentials)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"SIKEUDA BPKD\", charset=\"UTF-8\"");
            send(exchange, 401, error("41", "USER ID ATAU KATA SANDI SALAH"));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, error("05", "METODE TIDAK DIIZINKAN"));
            return;
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/xml", "text/xml")) {
            send(exchange, 415, error("15", "CONTENT-TYPE HARUS XML"));
            return;
        }
        byte[] body = AgencyHttp.readOrNull(exchange, MAX_BODY_BYTES);
        if (body == null) {
            send(exchange, 413, error("13", "PESAN TERLALU BESAR"));
            return;
        }
        BpkdXml.Request request;
        try {
            request = BpkdXml.parse(body);
        } catch (BpkdRejection malformed) {
            send(exchange, 400, error(malformed.kode(), malformed.getMessage()));
            return;
        }
        BpkdXml.Out answer;
        try {
            answer = service.answer(request);
        } catch (BpkdRejection rejection) {
            answer = error(rejection.kode(), rejection.getMessage());
        }
        send(exchange, 200, answer);
    }

    private static BpkdXml.Out error(String kode, String pesan) {
        return new BpkdXml.Out("respon").leaf("kode", kode).leaf("pesan", pesan);
    }

    private static void send(HttpExchange exchange, int status, BpkdXml.Out answer) throws IOException {
        AgencyHttp.send(exchange, status, "application/xml; charset=UTF-8", answer.toBytes());
    }
}
