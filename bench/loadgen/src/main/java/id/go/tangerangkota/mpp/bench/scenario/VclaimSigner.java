package id.go.tangerangkota.mpp.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VClaim's four request headers: {@code X-cons-id}, {@code X-timestamp} (Unix seconds, UTC),
 * {@code X-signature} = base64(HMAC-SHA256(secret, consId + "&" + timestamp)) and {@code user_key}.
 * Thread-safe.
 */
final class VclaimSigner {

    private final String consId;
    private final String secretKey;
    private final String userKey;

    VclaimSigner(String consId, String secretKey, String userKey) {
        this.consId = consId;
        this.secretKey = secretKey;
        this.userKey = userKey;
    }

    /** The headers of one request, signed now. */
    Map<String, String> headers() {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("X-cons-id", consId);
        headers.put("X-timestamp", timestamp);
        headers.put("X-signature", signature(timestamp));
        headers.put("user_key", userKey);
        return headers;
    }

    private String signature(String timestamp) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    hmac.doFinal((consId + "&" + timestamp).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
