package id.go.tangerangkota.mpp.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of a NIK (HMAC-SHA256), so stored requests can be found by NIK without the NIK being
 * readable from the table. Without the key, the 16-digit NIK space cannot be brute-forced offline.
 */
public final class NikHasher {

    private final SecretKeySpec key;

    public NikHasher(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("mpp.security.nik-hash-key must be set to at least 16 characters"
                    + " (environment variable MPP_SECURITY_NIKHASHKEY)");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
