package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a SNAP partner is given at onboarding, read from the envelope's {@code credentials} (the
 * connector's {@code auth.secrets} by these names).
 *
 * @param clientKey    X-CLIENT-KEY of the token request, the "clientId" it signs
 * @param clientSecret key of the transactions' HMAC-SHA512
 * @param privateKey   PKCS#8 PEM of the RSA key whose public half the bank registered
 * @param partnerId    X-PARTNER-ID
 * @param channelId    CHANNEL-ID
 */
public record SnapCredentials(String clientKey, String clientSecret, String privateKey, String partnerId,
        String channelId) {

    /** The names the descriptor's {@code auth.secrets} must use. */
    public static final List<String> NAMES = List.of("clientKey", "clientSecret", "privateKey", "partnerId",
            "channelId");

    /**
     * @throws IllegalArgumentException naming the missing secrets (never their values)
     */
    public static SnapCredentials from(JsonNode credentials) {
        List<String> missing = new ArrayList<>();
        for (String name : NAMES) {
            if (credentials == null || credentials.path(name).asText("").isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the connector's auth.secrets lack " + String.join(", ", missing));
        }
        return new SnapCredentials(credentials.path("clientKey").asText(), credentials.path("clientSecret").asText(),
                credentials.path("privateKey").asText(), credentials.path("partnerId").asText(),
                credentials.path("channelId").asText());
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "SnapCredentials[clientKey=" + clientKey + ", partnerId=" + partnerId + ", channelId=" + channelId
                + ", clientSecret=***, privateKey=***]";
    }
}
