package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.Headers;

/**
 * The provider's check of the four VClaim headers, in this order: all present, X-cons-id known,
 * X-timestamp within the window of the provider's clock, X-signature right, user_key right.
 *
 * <p>The signature is recomputed here with its own few lines rather than with the hub's signer, so a
 * wrong signer in the hub cannot pass its own check.
 */
final class VclaimGate {

    private final VclaimSettings settings;
    private final Clock clock;

    VclaimGate(VclaimSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @return the request's X-timestamp, as sent: the answer is encrypted with it
     * @throws VclaimRejection code 401 with the reason
     */
    String admit(Headers headers) {
        String consId = headers.getFirst("X-cons-id");
        String timestamp = headers.getFirst("X-timestamp");
        String signature = headers.getFirst("X-signature");
        String userKey = headers.getFirst("user_key");
        if (blank(consId) || blank(timestamp) || blank(signature) || blank(userKey)) {
            throw VclaimRejection.unauthorized("Header X-cons-id, X-timestamp, X-signature dan user_key wajib diisi");
        }
        if (!same(consId, settings.consId())) {
            throw VclaimRejection.unauthorized("Consumer ID tidak terdaftar");
        }
        if (!withinWindow(timestamp)) {
            throw VclaimRejection.unauthorized("X-timestamp tidak valid atau kedaluwarsa");
        }
        if (!same(signature, expectedSignature(consId, timestamp))) {
            throw VclaimRejection.unauthorized("Signature tidak valid");
        }
        if (!same(userKey, settings.userKey())) {
            throw VclaimRejection.unauthorized("User key tidak valid");
        }
        return timestamp;
    }

    private boolean withinWindow(String timestamp) {
        if (!timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        return skew <= settings.maxSkew().toSeconds();
    }

    /** base64(HMAC-SHA256(secret, consId + "&" + timestamp)), as the VClaim catalogue defines it. */
    private String expectedSignature(String consId, String timestamp) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(settings.secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = hmac.doFinal((consId + "&" + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Constant-time comparison, so the sandbox does not teach timing attacks by example. */
    private static boolean same(String sent, String expected) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
