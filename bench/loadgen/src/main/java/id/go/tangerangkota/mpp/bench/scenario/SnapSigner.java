package id.go.tangerangkota.mpp.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SNAP's signatures and timestamp, as Bank Indonesia's standard defines them and the hub makes them
 * (protocol.snap.SnapSignatures): the B2B token request's SHA256withRSA over {@code clientKey|timestamp},
 * and a transaction's HMAC-SHA512 over {@code METHOD:path:token:sha256hex(minified body):timestamp}.
 * The bodies given here are already minified (the scenarios write them compact), so the hash covers
 * exactly the bytes sent. Thread-safe.
 */
final class SnapSigner {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final String clientKey;
    private final String clientSecret;
    private final PrivateKey privateKey;

    SnapSigner(String clientKey, String clientSecret, String privateKeyPem) {
        this.clientKey = clientKey;
        this.clientSecret = clientSecret;
        this.privateKey = rsaKey(privateKeyPem);
    }

    String clientKey() {
        return clientKey;
    }

    /** X-TIMESTAMP: now in WIB with its offset, e.g. 2026-11-23T08:31:15+07:00. */
    static String timestamp() {
        return TIMESTAMP.format(OffsetDateTime.now(WIB));
    }

    /** The token request's X-SIGNATURE: base64(SHA256withRSA(clientKey + "|" + timestamp)). */
    String tokenSignature(String timestamp) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update((clientKey + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA signing failed", e);
        }
    }

    /** A transaction's X-SIGNATURE. */
    String transactionSignature(String method, String path, String token, String minifiedBody, String timestamp) {
        try {
            String hash = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(minifiedBody.getBytes(StandardCharsets.UTF_8)));
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            String stringToSign = method + ":" + path + ":" + token + ":" + hash + ":" + timestamp;
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA512 are part of every JDK", e);
        }
    }

    private static PrivateKey rsaKey(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the SNAP private key is not a PKCS#8 RSA key", e);
        }
    }
}
