package id.go.tangerangkota.mpp.hub.protocol.restxml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The HTTP Basic {@code Authorization} value (RFC 7617, UTF-8) of the connector's
 * {@code credentials.username} and {@code credentials.password}, the secret names of the
 * {@code basic} auth scheme. Empty when the connector has no such secrets (another scheme).
 */
public final class BasicAuth {

    private BasicAuth() {
    }

    /** {@code Basic base64(username:password)}, from the envelope's credentials. */
    public static Optional<String> header(JsonNode envelope) {
        JsonNode credentials = envelope == null ? null : envelope.get("credentials");
        if (credentials == null || !credentials.hasNonNull("username") || !credentials.hasNonNull("password")) {
            return Optional.empty();
        }
        String pair = credentials.get("username").asText() + ":" + credentials.get("password").asText();
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
}
