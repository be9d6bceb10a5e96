package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;

/**
 * The simulated Disnaker e-layanan under {@code /disnaker}: routes {@code POST
 * /disnaker/e-layanan/v1/<service>} and makes the shared checks in order: path (404, X-04), method
 * (405, X-05), JSON content type (415, X-15), body at most 64 KiB (413, X-13), a JSON object (400,
 * V-03), the service account in the body's {@code akunLayanan} (401, A-01), the partner's
 * {@code idTransaksiMitra} (400, V-01/V-02); then a known id gets its first answer, anything else
 * goes to the service.
 *
 * <p>Every answer is {@code {"sukses": true|false, "kodeRespon", "pesan", "hasil": {...}|null}}.
 */
final class DisnakerHandler implements HttpHandler {

    static final int MAX_ID_LENGTH = 64;
    static final String SUCCESS = "S-00";

    private final String basePath;
    private final byte[] userId;
    private final byte[] password;
    private final Map<String, DisnakerService> services = new LinkedHashMap<>();
    private final DisnakerLedger ledger;
    private final Object lock;

    /**
     * @param lock what registrations are serialised on (the job-seeker register), so two
     *             applications can never both pass a check the other changes
     */
    DisnakerHandler(String basePath, String userId, String password, List<DisnakerService> services,
            DisnakerLedger ledger, Object lock) {
        this.basePath = basePath;
        this.userId = userId.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
        services.forEach(s -> this.services.put(s.path(), s));
        this.ledger = ledger;
        this.lock = lock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (DisnakerRejection rejection) {
            AgencyHttp.sendJsonIfStillPossible(exchange, rejection.httpStatus(), answer(false, rejection.kode(), rejection.pesan(), null));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendJsonIfStillPossible(exchange, 500, answer(false, "X-99", "Terjadi kesalahan pada sistem e-layanan", null));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        DisnakerService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            throw new DisnakerRejection(404, "X-04", "Layanan tidak ditemukan");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new DisnakerRejection(405, "X-05", "Metode tidak diizinkan");
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/json")) {
            throw new DisnakerRejection(415, "X-15", "Content-Type harus application/json");
        }
        byte[] raw = AgencyHttp.readOrSkip(exchange,
                () -> new DisnakerRejection(413, "X-13", "Ukuran permintaan terlalu besar"));
        JsonNode body = AgencyHttp.jsonObject(raw);
        if (body == null) {
            throw new DisnakerRejection(400, DisnakerRejection.NOT_JSON, "Permintaan harus berupa objek JSON");
        }
        if (!AgencyHttp.accountMatches(body.path("akunLayanan"), "idPengguna", "kataKunci", userId, password)) {
            throw new DisnakerRejection(401, DisnakerRejection.ACCOUNT, "ID pengguna atau kata kunci akun layanan salah");
        }
        String id = Fields.text(body, "idTransaksiMitra", MAX_ID_LENGTH);
        ledger.recordCall(id);
        // The account may change between a first delivery and a redelivery; it is not the application.
        ObjectNode application = ((ObjectNode) body).deepCopy();
        application.remove("akunLayanan");
        String fingerprint = application.toString();
        Map<String, Object> answer;
        synchronized (lock) {
            Optional<Map<String, Object>> earlier = ledger.earlier(id, service.kind(), fingerprint);
            if (earlier.isPresent()) {
                answer = earlier.get();
            } else {
                DisnakerService.Registered registered = service.register(body, id);
                answer = answer(true, SUCCESS, registered.pesan(), registered.hasil());
                ledger.remember(id, service.kind(), fingerprint, answer);
            }
        }
        AgencyHttp.sendJson(exchange, 200, answer);
    }

    private static Map<String, Object> answer(boolean success, String kode, String pesan, Map<String, Object> hasil) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sukses", success);
        answer.put("kodeRespon", kode);
        answer.put("pesan", pesan);
        answer.put("hasil", hasil);
        return answer;
    }
}
