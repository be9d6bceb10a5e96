package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * What the bank registered for one SNAP partner at onboarding: the client key and secret it issued,
 * the RSA public key the partner sent (its private half signs token requests), the partner id and
 * the channel id.
 *
 * @param clientKey    X-CLIENT-KEY
 * @param clientSecret HMAC-SHA512 key of transactions
 * @param publicKey    verifies the token requests' SHA256withRSA signatures
 * @param partnerId    X-PARTNER-ID expected from this client
 * @param channelId    CHANNEL-ID expected from this client
 */
record SnapPartner(String clientKey, String clientSecret, PublicKey publicKey, String partnerId, String channelId) {

    /** Where the registered public key of the MPP hub's demo key pair is read from. */
    static final String DEMO_PUBLIC_KEY = "sandbox/bank-bjb/mpp-hub-public-key.pem";

    SnapPartner {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(channelId, "channelId");
    }

    /**
     * The MPP hub as the sandbox bank registered it. SANDBOX DEMO VALUES, published on purpose in
     * application-sandbox.yaml: they open nothing but this simulator. The public key belongs to the
     * SANDBOX DEMO KEY pair whose private half is in application-sandbox.yaml.
     */
    static SnapPartner demo() {
        return new SnapPartner(
                "sandbox-mpp-tangerang",                         // SANDBOX DEMO VALUE
                "sandbox-demo-snap-client-secret-mpp-tangerang", // SANDBOX DEMO VALUE
                publicKey(DEMO_PUBLIC_KEY),
                "MPPTNG01",                                      // SANDBOX DEMO VALUE
                "95221");                                        // SANDBOX DEMO VALUE
    }

    /** An X.509 PEM public key ({@code -----BEGIN PUBLIC KEY-----}) from the classpath. */
    static PublicKey publicKey(String resource) {
        try (InputStream in = SnapPartner.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parsePublicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PublicKey parsePublicKey(String pem) {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not an RSA public key in X.509 PEM", e);
        }
    }

    /** Keeps the secret out of logs and assertion messages. */
    @Override
    public String toString() {
        return "SnapPartner[clientKey=" + clientKey + ", partnerId=" + partnerId + ", channelId=" + channelId
                + ", clientSecret=***]";
    }
}
