package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.tangerangkota.mpp.hub.protocol.snap.PemKeys;
import id.go.tangerangkota.mpp.hub.protocol.snap.SnapSignatures;
import id.go.tangerangkota.mpp.hub.protocol.snap.SnapTimestamps;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;

/**
 * Talks SNAP to a running sandbox over a real socket, as a partner would, with the sandbox demo
 * credentials; every part of a call can be spoiled to see the bank refuse it.
 */
final class BankBjbTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CLIENT_KEY = "sandbox-mpp-tangerang";
    static final String CLIENT_SECRET = "sandbox-demo-snap-client-secret-mpp-tangerang";
    static final String PARTNER_ID = "MPPTNG01";
    static final String CHANNEL_ID = "95221";
    static final PrivateKey DEMO_KEY = PemKeys.rsaPrivateKey(demoKeyPem());

    private static final AtomicLong EXTERNAL_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    BankBjbTestClient(SandboxServer server) {
        this.baseUrl = server.baseUrl();
    }

    /** An HTTP answer with its parsed JSON body. */
    record Answer(int status, JsonNode json) {
        String code() {
            return json.path("responseCode").asText();
        }

        String message() {
            return json.path("responseMessage").asText();
        }
    }

    static String now() {
        return SnapTimestamps.now(Clock.systemUTC());
    }

    static String freshExternalId() {
        return String.valueOf(9_000_000_000L + EXTERNAL_IDS.incrementAndGet());
    }

    /** A token request signed with {@code key} for {@code clientKey} at {@code timestamp}. */
    Answer token(String clientKey, PrivateKey key, String timestamp, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/bank-bjb/v1.0/access-token/b2b"))
                .header("Content-Type", "application/json")
                .header("X-TIMESTAMP", timestamp)
                .header("X-CLIENT-KEY", clientKey)
                .header("X-SIGNATURE", SnapSignatures.tokenSignature(key, clientKey, timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request, Duration.ofSeconds(10));
    }

    /** A valid token of the demo partner. */
    String token() throws IOException, InterruptedException {
        Answer answer = token(CLIENT_KEY, DEMO_KEY, now(), "{\"grantType\":\"client_credentials\"}");
        if (answer.status() != 200) {
            throw new AssertionError("no token: " + answer.json());
        }
        return answer.json().path("accessToken").asText();
    }

    /** A transaction, correct unless the test changes a part of it. */
    Call call(String servicePath, String body) throws IOException, InterruptedException {
        return new Call(servicePath, body, token());
    }

    /** One transaction; fields are public so a test can spoil exactly one thing. */
    final class Call {
        final String path;
        String body;
        String signedBody;
        String signedPath;
        String token;
        String timestamp = now();
        String externalId = freshExternalId();
        String partnerId = PARTNER_ID;
        String channelId = CHANNEL_ID;
        String secret = CLIENT_SECRET;
        Duration timeout = Duration.ofSeconds(10);

        Call(String servicePath, String body, String token) {
            this.path = "/bank-bjb" + servicePath;
            this.body = body;
            this.token = token;
        }

        Answer send() throws IOException, InterruptedException {
            String signature = SnapSignatures.transactionSignature(secret, "POST",
                    signedPath == null ? path : signedPath, token,
                    signedBody == null ? body : signedBody, timestamp);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .header("X-TIMESTAMP", timestamp)
                    .header("X-SIGNATURE", signature)
                    .header("X-PARTNER-ID", partnerId)
                    .header("X-EXTERNAL-ID", externalId)
                    .header("CHANNEL-ID", channelId)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            return BankBjbTestClient.send(request.build(), timeout);
        }
    }

    private static Answer send(HttpRequest request, Duration timeout) throws IOException, InterruptedException {
        HttpRequest timed = HttpRequest.newBuilder(request, (n, v) -> true).timeout(timeout).build();
        HttpResponse<String> response = HTTP.send(timed, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private static String demoKeyPem() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Files.readString(Path.of("src/main/resources/application-sandbox.yaml")))
                    .path("mpp").path("agency").path("bank-bjb").path("private-key").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SNAP bodies of the VA services for a VA. */
    static String inquiry(String prefix, String customerNo, String inquiryRequestId) {
        String psid = pad(prefix);
        return """
                {"partnerServiceId":"%s","customerNo":"%s","virtualAccountNo":"%s%s","inquiryRequestId":"%s"}"""
                .formatted(psid, customerNo, psid, customerNo, inquiryRequestId);
    }

    static String payment(String prefix, String customerNo, String paymentRequestId, String amount) {
        String psid = pad(prefix);
        return """
                {"partnerServiceId":"%s","customerNo":"%s","virtualAccountNo":"%s%s","paymentRequestId":"%s",
                 "paidAmount":{"value":"%s","currency":"IDR"},"trxDateTime":"%s"}"""
                .formatted(psid, customerNo, psid, customerNo, paymentRequestId, amount, now());
    }

    static String status(String prefix, String customerNo, String paymentRequestId) {
        String psid = pad(prefix);
        return """
                {"partnerServiceId":"%s","customerNo":"%s","virtualAccountNo":"%s%s","paymentRequestId":"%s"}"""
                .formatted(psid, customerNo, psid, customerNo, paymentRequestId);
    }

    static String pad(String prefix) {
        return " ".repeat(8 - prefix.length()) + prefix;
    }
}
