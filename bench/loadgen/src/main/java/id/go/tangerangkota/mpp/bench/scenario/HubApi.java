package id.go.tangerangkota.mpp.bench.scenario;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.HttpExchange;

/**
 * The hub's counter API as the scenarios call it: {@code POST /api/v1/agencies/{agency}/services/{service}}
 * with the counter's key and a {@code {"citizen": ..., "data": ...}} body, as a counter system does.
 */
final class HubApi {

    private final String apiKey;

    HubApi(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the hub's API key is required");
        }
        this.apiKey = apiKey;
    }

    /**
     * Calls one service.
     *
     * @param idempotencyKey the call's Idempotency-Key, or null to send none
     */
    HttpAnswer submit(HttpExchange http, String agency, String service, String body, String idempotencyKey)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", apiKey);
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return http.send("POST", "/api/v1/agencies/" + agency + "/services/" + service, headers, Json.bytes(body));
    }

    /** The body every service takes: the citizen's NIK and the service's data (a JSON object text). */
    static String body(String nik, String dataJson) {
        return "{\"citizen\":{\"nik\":" + Json.string(nik) + "},\"data\":" + dataJson + "}";
    }
}
