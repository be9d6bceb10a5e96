package id.go.tangerangkota.mpp.bench.scenario;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.HttpExchange;

/**
 * The B2B access token shared by every connection of the direct SNAP operation, as the hub shares
 * one per connector (protocol.snap.SnapTokens): fetched when there is none, renewed shortly before
 * it expires, dropped when the bank calls it invalid. One caller fetches while the others wait, so
 * a renewal costs one RSA signature and one round-trip, inside the measured time of the operation
 * that needed it, just as at the hub. Thread-safe.
 */
final class SnapTokens {

    /** Renewed this long before expiry, at most a fifth of the token's life (the hub's rule). */
    private static final long RENEW_BEFORE_NANOS = 60_000_000_000L;
    /** SNAP's usual lifetime when the bank does not say. */
    private static final long DEFAULT_EXPIRES_IN_SECONDS = 900;
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expiresIn\"\\s*:\\s*\"?([0-9]+)");

    private record Token(String value, long renewAtNanos) {
        boolean fresh() {
            return System.nanoTime() - renewAtNanos < 0;
        }
    }

    private final String tokenPath;
    private final SnapSigner signer;
    private final Object fetching = new Object();
    private volatile Token current;

    SnapTokens(String tokenPath, SnapSigner signer) {
        this.tokenPath = tokenPath;
        this.signer = signer;
    }

    /**
     * A valid token, fetched over {@code http} when none is.
     *
     * @return the token, or null when the bank refused to issue one (the operation then fails)
     */
    String token(HttpExchange http) throws IOException {
        Token token = current;
        if (token != null && token.fresh()) {
            return token.value();
        }
        synchronized (fetching) {
            token = current;
            if (token != null && token.fresh()) {
                return token.value();
            }
            token = fetch(http);
            current = token;
            return token == null ? null : token.value();
        }
    }

    /** Forgets a token the bank refused, unless another caller has already replaced it. */
    void invalidate(String refused) {
        synchronized (fetching) {
            Token token = current;
            if (token != null && token.value().equals(refused)) {
                current = null;
            }
        }
    }

    private Token fetch(HttpExchange http) throws IOException {
        String timestamp = SnapSigner.timestamp();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        headers.put("X-TIMESTAMP", timestamp);
        headers.put("X-CLIENT-KEY", signer.clientKey());
        headers.put("X-SIGNATURE", signer.tokenSignature(timestamp));
        long asked = System.nanoTime();
        HttpAnswer answer = http.send("POST", tokenPath, headers, Json.bytes("{\"grantType\":\"client_credentials\"}"));
        String text = answer.text();
        String value = Json.field(text, "accessToken");
        if (answer.status() != 200 || value == null || value.isEmpty()) {
            return null;
        }
        Matcher expires = EXPIRES_IN.matcher(text);
        long expiresIn = expires.find() ? Long.parseLong(expires.group(1)) : DEFAULT_EXPIRES_IN_SECONDS;
        if (expiresIn <= 0) {
            expiresIn = DEFAULT_EXPIRES_IN_SECONDS;
        }
        long life = expiresIn * 1_000_000_000L;
        // Counted from when it was asked for, so the round-trip never makes it look younger.
        return new Token(value, asked + life - Math.min(RENEW_BEFORE_NANOS, life / 5));
    }
}
