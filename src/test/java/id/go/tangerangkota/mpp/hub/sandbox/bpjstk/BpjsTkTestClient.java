package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;

/** Calls the simulated BPJS Ketenagakerjaan gateway over a real socket, as the connector would. */
final class BpjsTkTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEMO_KEY = "sandbox-bpjstk-demo-key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;

    BpjsTkTestClient(SandboxServer server) {
        this.baseUrl = server.baseUrl() + "/bpjs-ketenagakerjaan/jamsostek/v1";
    }

    /** A body from name/value pairs, in order. */
    static Map<String, Object> body(Object... fieldsAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return body;
    }

    /** POSTs with the demo key; the answer must be HTTP 200. */
    JsonNode call(String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", path, JSON.writeValueAsString(body), "application/json", DEMO_KEY);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(String method, String path, String body, String contentType, String apiKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
