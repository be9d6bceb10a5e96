package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.protocol.vclaim.VclaimCipher;
import id.go.tangerangkota.mpp.hub.protocol.vclaim.VclaimSignature;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;

/**
 * A VClaim consumer as tests play it: real HTTP to the sandbox, requests signed with the demo
 * credentials (or the ones a test breaks on purpose), answers opened with the request's key.
 */
final class VclaimTestClient {

    static final String CONS_ID = "24681";
    static final String SECRET = "sandbox-demo-vclaim-secret";
    static final String USER_KEY = "sandbox-demo-vclaim-user-key";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String base;

    VclaimTestClient(SandboxServer server) {
        this.base = server.baseUrl() + "/bpjs-kesehatan/vclaim-rest";
    }

    /** The headers a request carries; a test changes one to see it refused. */
    record Signing(String consId, String secret, String userKey, long timestamp) {
        static Signing demo() {
            return new Signing(CONS_ID, SECRET, USER_KEY, Instant.now().getEpochSecond());
        }

        Signing withSecret(String other) {
            return new Signing(consId, other, userKey, timestamp);
        }

        Signing withConsId(String other) {
            return new Signing(other, secret, userKey, timestamp);
        }

        Signing withUserKey(String other) {
            return new Signing(consId, secret, other, timestamp);
        }

        Signing at(long epochSecond) {
            return new Signing(consId, secret, userKey, epochSecond);
        }
    }

    /** What came back, with the request's timestamp to open it. */
    record Answer(int status, JsonNode json, Signing signing) {
        String code() {
            return json.path("metaData").path("code").asText();
        }

        String message() {
            return json.path("metaData").path("message").asText();
        }

        /** The decrypted response (the provider's key: demo consId and secret). */
        JsonNode opened() {
            try {
                return JSON.readTree(VclaimCipher.open(CONS_ID, SECRET, Long.toString(signing.timestamp()),
                        json.path("response").asText()));
            } catch (Exception e) {
                throw new AssertionError("response could not be opened: " + json, e);
            }
        }
    }

    Answer get(String path) {
        return get(path, Signing.demo());
    }

    Answer get(String path, Signing signing) {
        return send(signed(request(path), signing).GET(), signing);
    }

    Answer post(String path, Object body) {
        return post(path, body, Signing.demo());
    }

    Answer post(String path, Object body, Signing signing) {
        try {
            return send(signed(request(path), signing).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), signing);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request without any VClaim header. */
    Answer unsigned(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()), Signing.demo());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder request, Signing s) {
        String timestamp = Long.toString(s.timestamp());
        return request.header("X-cons-id", s.consId()).header("X-timestamp", timestamp)
                .header("X-signature", VclaimSignature.sign(s.consId(), s.secret(), timestamp))
                .header("user_key", s.userKey());
    }

    private static Answer send(HttpRequest.Builder request, Signing signing) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()), signing);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
