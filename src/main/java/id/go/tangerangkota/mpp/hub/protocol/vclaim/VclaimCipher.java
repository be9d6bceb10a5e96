package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of a VClaim answer's {@code response} field. Key material is
 * consId + consumer secret + the request's X-timestamp; the AES-256 key is its SHA-256 and the IV
 * the first 16 bytes of that same hash; AES/CBC with PKCS#5 padding, base64. The plaintext is the
 * answer's JSON compressed with LZString ({@link LzString#compressToEncodedURIComponent}).
 *
 * <p>{@link #open} is what a consumer (the hub) needs; {@link #seal} is the provider's side, used by
 * the sandbox and by tests. Both are pinned by vectors made with Node's crypto and the JavaScript
 * LZString, so they cannot agree with each other while disagreeing with VClaim.
 */
public final class VclaimCipher {

    private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";

    private VclaimCipher() {
    }

    /** Decrypts and decompresses a {@code response} field into the answer's JSON text. */
    public static String open(String consId, String secret, String timestamp, String response)
            throws GeneralSecurityException {
        String compressed = decrypt(consId, secret, timestamp, response);
        String json = LzString.decompressFromEncodedURIComponent(compressed);
        if (json == null || json.isEmpty()) {
            throw new GeneralSecurityException("the decrypted response is not LZString data");
        }
        return json;
    }

    /** Compresses and encrypts the answer's JSON text into a {@code response} field. */
    public static String seal(String consId, String secret, String timestamp, String json) {
        return encrypt(consId, secret, timestamp, LzString.compressToEncodedURIComponent(json));
    }

    /** AES-256-CBC decryption of base64 text with the key and IV derived from the key material. */
    public static String decrypt(String consId, String secret, String timestamp, String base64)
            throws GeneralSecurityException {
        byte[] encrypted;
        try {
            encrypted = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new GeneralSecurityException("the response is not base64", notBase64);
        }
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, consId, secret, timestamp);
        return new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8);
    }

    /** AES-256-CBC encryption to base64 with the key and IV derived from the key material. */
    public static String encrypt(String consId, String secret, String timestamp, String plaintext) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, consId, secret, timestamp);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // AES/CBC/PKCS5Padding with a 256-bit key is mandatory on Java 17; encryption cannot fail.
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }

    private static Cipher cipher(int mode, String consId, String secret, String timestamp)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest((consId + secret + timestamp).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(hash, "AES"), new IvParameterSpec(Arrays.copyOf(hash, 16)));
        return cipher;
    }
}
