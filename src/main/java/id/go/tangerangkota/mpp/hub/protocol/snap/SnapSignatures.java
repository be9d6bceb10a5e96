package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two SNAP signatures.
 *
 * <ul>
 *   <li>B2B access token: {@code base64(SHA256withRSA(privateKey, clientKey + "|" + X-TIMESTAMP))};
 *   <li>transaction: {@code base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + accessToken
 *       + ":" + lowercase(hex(SHA-256(minified body))) + ":" + X-TIMESTAMP))}.
 * </ul>
 *
 * All text is UTF-8. Stateless and thread-safe.
 */
public final class SnapSignatures {

    private SnapSignatures() {
    }

    /** What the token request signs: {@code clientKey|timestamp}. */
    public static String tokenStringToSign(String clientKey, String timestamp) {
        return clientKey + "|" + timestamp;
    }

    /** The token request's X-SIGNATURE. */
    public static String tokenSignature(PrivateKey privateKey, String clientKey, String timestamp) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(tokenStringToSign(clientKey, timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            // An RSA key the JDK parsed can always sign; anything else is a broken runtime.
            throw new IllegalStateException("SHA256withRSA signing failed: " + e.getMessage(), e);
        }
    }

    /**
     * What a transaction signs.
     *
     * @param method      HTTP method, upper case
     * @param path        the URL's path as the server receives it (e.g. {@code /v1.0/transfer-va/inquiry},
     *                    with any gateway prefix of the base URL in front)
     * @param accessToken the B2B token without "Bearer "
     * @param body        the body as sent; it is minified here
     * @param timestamp   the X-TIMESTAMP header
     */
    public static String transactionStringToSign(String method, String path, String accessToken, String body,
            String timestamp) {
        return method.toUpperCase(Locale.ROOT) + ":" + path + ":" + accessToken + ":"
                + sha256Hex(JsonMinifier.minify(body)) + ":" + timestamp;
    }

    /** A transaction's X-SIGNATURE. */
    public static String transactionSignature(String clientSecret, String method, String path, String accessToken,
            String body, String timestamp) {
        return hmacSha512Base64(clientSecret,
                transactionStringToSign(method, path, accessToken, body, timestamp));
    }

    /** {@code base64(HMAC-SHA512(key, data))}. */
    public static String hmacSha512Base64(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is part of every JDK", e);
        }
    }

    /** Lower-case hex of SHA-256 of the UTF-8 text. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
