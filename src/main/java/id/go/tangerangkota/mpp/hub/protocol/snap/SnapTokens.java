package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.protocol.AgencyAnswers;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTlsContexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The B2B access tokens, one per connector (base URL and client key): fetched on first use, reused
 * until shortly before they expire, and dropped when the bank says a token is invalid (401xx01) so
 * the next call fetches a new one. Without the cache every transaction would cost a second
 * round-trip and an RSA signature.
 *
 * <p>Concurrent calls of one connector wait for a single fetch instead of each asking for a token;
 * other connectors are not held up.
 */
@Component("snapTokens")
public class SnapTokens {

    /** SNAP's B2B token path, appended to the connector's base URL unless the kamelet says otherwise. */
    public static final String DEFAULT_PATH = "/v1.0/access-token/b2b";
    /** A token is renewed this long before the bank's expiry (at most a fifth of its life). */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    /** Lifetime assumed when the bank does not say (SNAP's usual 900 s). */
    static final long DEFAULT_EXPIRES_IN = 900;

    // Agency answers are read within the hub's limits (AgencyAnswers).
    private static final ObjectMapper JSON = AgencyAnswers.json();

    private final Clock clock;
    private final AgencyTlsContexts tlsContexts;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();

    public SnapTokens(Clock clock) {
        this(clock, new AgencyTlsContexts());
    }

    /** @param tlsContexts the banks' own TLS set-ups: the token request goes over the same mutual TLS as the transactions */
    @Autowired
    public SnapTokens(Clock clock, AgencyTlsContexts tlsContexts) {
        this.clock = clock;
        this.tlsContexts = tlsContexts;
    }

    /** Where to ask and who asks; {@code slug} and {@code agencyName} name the agency in failures. */
    public record TokenRequest(String baseUrl, String tokenPath, SnapCredentials credentials, int timeoutMs,
            String slug, String agencyName) {

        String cacheKey() {
            return baseUrl + "\n" + credentials.clientKey();
        }
    }

    private record Token(String value, Instant renewAt) {
    }

    /**
     * A valid token, from the cache or fetched now.
     *
     * @throws IOException when the bank cannot be reached (the call route answers 503)
     * @throws id.go.tangerangkota.mpp.hub.api.HubProblem 502 naming the agency when it refuses the
     *         signature or answers nonsense
     */
    public String token(TokenRequest request) throws IOException, InterruptedException {
        String key = request.cacheKey();
        Token cached = tokens.get(key);
        if (fresh(cached)) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = tokens.get(key);
            if (fresh(cached)) {
                return cached.value();
            }
            Token fetched = fetch(request);
            tokens.put(key, fetched);
            return fetched.value();
        }
    }

    /**
     * Forgets a token the bank refused, unless a newer one has replaced it meanwhile (another call
     * may already have renewed it).
     */
    public void invalidate(TokenRequest request, String refused) {
        tokens.computeIfPresent(request.cacheKey(), (k, t) -> t.value().equals(refused) ? null : t);
    }

    /** How many tokens were fetched since start, for tests and metrics. */
    public int fetches() {
        return fetches.get();
    }

    private boolean fresh(Token token) {
        return token != null && clock.instant().isBefore(token.renewAt());
    }

    private Token fetch(TokenRequest request) throws IOException, InterruptedException {
        SnapCredentials credentials = request.credentials();
        PrivateKey key;
        try {
            key = PemKeys.rsaPrivateKey(credentials.privateKey());
        } catch (IllegalArgumentException e) {
            throw AgencyFailures.authFailed(request.slug(), request.agencyName(),
                    "the configured SNAP private key cannot be used: " + e.getMessage());
        }
        String timestamp = SnapTimestamps.now(clock);
        String body = "{\"grantType\":\"client_credentials\"}";
        HttpRequest http = HttpRequest.newBuilder(URI.create(request.baseUrl() + request.tokenPath()))
                .timeout(Duration.ofMillis(request.timeoutMs()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-TIMESTAMP", timestamp)
                .header("X-CLIENT-KEY", credentials.clientKey())
                .header("X-SIGNATURE", SnapSignatures.tokenSignature(key, credentials.clientKey(), timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        Instant asked = clock.instant();
        HttpResponse<String> response = tlsContexts.httpClient(request.slug(), this.http)
                .send(http, HttpResponse.BodyHandlers.ofString());
        fetches.incrementAndGet();
        JsonNode answer = parse(response.body());
        String code = answer == null ? "" : answer.path("responseCode").asText("");
        String what = "access token: " + (answer == null ? "HTTP " + response.statusCode() + " without a JSON answer"
                : (code + " " + answer.path("responseMessage").asText("")).trim());
        if (response.statusCode() == 401 || code.startsWith("401")) {
            throw AgencyFailures.authFailed(request.slug(), request.agencyName(), what);
        }
        String token = answer == null ? "" : answer.path("accessToken").asText("");
        if (response.statusCode() != 200 || !code.startsWith("200") || token.isBlank()) {
            throw AgencyFailures.agencyError(request.slug(), request.agencyName(), what);
        }
        long expiresIn = answer.path("expiresIn").asLong(DEFAULT_EXPIRES_IN);
        if (expiresIn <= 0) {
            expiresIn = DEFAULT_EXPIRES_IN;
        }
        // Counted from when it was asked for, so the network time never makes it look younger.
        Duration margin = RENEW_BEFORE.compareTo(Duration.ofSeconds(expiresIn / 5)) < 0
                ? RENEW_BEFORE : Duration.ofSeconds(expiresIn / 5);
        return new Token(token, asked.plusSeconds(expiresIn).minus(margin));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
