package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;

/**
 * What a VClaim consumer holds: the consumer id, the consumer secret and the user key. A connector
 * speaking {@code vclaim} names them {@code consId}, {@code secretKey} and {@code userKey} in its
 * {@code auth.secrets}; they reach the adapter as {@code credentials.*} of the request envelope.
 *
 * @param consId    consumer id, sent as {@code X-cons-id}
 * @param secretKey consumer secret: the HMAC key and part of the answer's decryption key; never sent
 * @param userKey   the {@code user_key} header of the service
 */
public record VclaimCredentials(String consId, String secretKey, String userKey) {

    /**
     * Reads the credentials from the envelope.
     *
     * @throws id.go.tangerangkota.mpp.hub.api.HubProblem an agency error naming the agency when the
     *         connector lacks one (a configuration defect, not the citizen's)
     */
    public static VclaimCredentials from(JsonNode envelope, String slug, String agencyName) {
        JsonNode credentials = envelope == null ? null : envelope.get("credentials");
        return new VclaimCredentials(
                required(credentials, "consId", slug, agencyName),
                required(credentials, "secretKey", slug, agencyName),
                required(credentials, "userKey", slug, agencyName));
    }

    private static String required(JsonNode credentials, String name, String slug, String agencyName) {
        JsonNode value = credentials == null ? null : credentials.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw AgencyFailures.agencyError(slug, agencyName,
                    "the connector has no '" + name + "' secret, which the vclaim protocol needs");
        }
        return value.asText();
    }

    /** Keeps the secret and the user key out of logs and messages. */
    @Override
    public String toString() {
        return "VclaimCredentials[consId=" + consId + ", secretKey=***, userKey=***]";
    }
}
