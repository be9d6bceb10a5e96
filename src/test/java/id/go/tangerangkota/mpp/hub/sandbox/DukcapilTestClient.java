package id.go.tangerangkota.mpp.hub.sandbox;

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

/**
 * Calls a running sandbox over a real socket, as a connector would: JSON bodies with the demo
 * credentials, answers parsed for assertions.
 */
final class DukcapilTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String USER_ID = "sandbox-mpp";
    static final String PASSWORD = "sandbox-demo-password";
    static final String INSTITUTION = "MPP-TANGERANG";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String baseUrl;

    DukcapilTestClient(SandboxServer server) {
        this.baseUrl = server.baseUrl();
    }

    /** A body with the demo credentials and ip_user, to which a test adds its fields. */
    static Map<String, Object> body(Object... fieldsAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_id", USER_ID);
        body.put("password", PASSWORD);
        body.put("ip_user", "10.20.30.40");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return body;
    }

    /** POSTs to a service of the demo institution; the answer must be HTTP 200. */
    JsonNode call(String service, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/dukcapil/get_json/" + INSTITUTION + "/" + service,
                JSON.writeValueAsString(body), "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** content[0] of a service's answer. */
    JsonNode content(String service, Map<String, ?> body) throws IOException, InterruptedException {
        return call(service, body).path("content").path(0);
    }

    /** content[0].RESPON of a service's answer. */
    String respon(String service, Map<String, ?> body) throws IOException, InterruptedException {
        return content(service, body).path("RESPON").asText(null);
    }

    /** Any request, for the HTTP-level checks (method, path, content type, size). */
    HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
