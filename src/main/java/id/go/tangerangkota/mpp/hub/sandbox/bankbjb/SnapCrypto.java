package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The bank's side of SNAP's signatures, written on its own (not with the hub's code) so that a
 * signing bug in the hub is refused here. The body is minified by parsing and re-writing it
 * compactly, as bank gateways commonly do.
 */
final class SnapCrypto {

    private static final ObjectMapper MINIFIER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private SnapCrypto() {
    }

    /** True when {@code signature} is SHA256withRSA of {@code clientKey|timestamp} under the key. */
    static boolean tokenSignatureValid(PublicKey key, String clientKey, String timestamp, String signature) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((clientKey + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(signature.trim()));
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            return false;
        }
    }

    /** True when {@code signature} is the transaction HMAC-SHA512 the partner should have sent. */
    static boolean transactionSignatureValid(String clientSecret, String method, String path, String token,
            byte[] body, String timestamp, String signature) {
        String expected;
        try {
            String stringToSign = method + ":" + path + ":" + token + ":" + sha256Hex(minify(body)) + ":" + timestamp;
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            expected = Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is part of every JDK", e);
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** The body without insignificant whitespace; an empty body stays empty. */
    static String minify(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try {
            JsonNode tree = MINIFIER.readTree(body);
            return tree == null ? "" : MINIFIER.writeValueAsString(tree);
        } catch (IOException notJson) {
            // The body check refuses it anyway; sign what came.
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
