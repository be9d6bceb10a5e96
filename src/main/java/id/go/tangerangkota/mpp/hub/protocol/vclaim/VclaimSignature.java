package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The VClaim request signature: {@code X-signature} = base64(HMAC-SHA256(key = consumer secret,
 * data = consId + "&" + X-timestamp)). The secret itself never travels; the provider recomputes
 * the signature with its copy.
 */
public final class VclaimSignature {

    private VclaimSignature() {
    }

    /**
     * @param consId    the consumer id ({@code X-cons-id})
     * @param secret    the consumer secret
     * @param timestamp the {@code X-timestamp} value, Unix seconds in UTC, as sent
     */
    public static String sign(String consId, String secret, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((consId + "&" + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every Java platform; this cannot happen on a working JVM.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
