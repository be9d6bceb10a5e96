package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;

/**
 * {@code POST /v1.0/access-token/b2b} (SNAP service 73): a B2B token for a registered client whose
 * request is signed with the private key of the public key the bank holds for it. Checks, in
 * order: headers present (400 7302) and well formed (400 7301), the body's grantType, the client
 * key known, the timestamp fresh and the SHA256withRSA signature (401 7300 "Unauthorized").
 */
final class TokenService {

    static final String SERVICE_CODE = "73";

    private final Map<String, SnapPartner> partners;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Duration tolerance;

    TokenService(Map<String, SnapPartner> partnersByClientKey, AccessTokens tokens, Clock clock, Duration tolerance) {
        this.partners = Map.copyOf(partnersByClientKey);
        this.tokens = tokens;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    Map<String, Object> answer(Headers headers, byte[] body) {
        String timestampHeader = headers.getFirst("X-TIMESTAMP");
        String clientKey = headers.getFirst("X-CLIENT-KEY");
        String signature = headers.getFirst("X-SIGNATURE");
        if (clientKey == null || clientKey.isBlank()) {
            throw SnapRejection.missing("X-CLIENT-KEY");
        }
        if (signature == null || signature.isBlank()) {
            throw SnapRejection.missing("X-SIGNATURE");
        }
        if (timestampHeader == null || timestampHeader.isBlank()) {
            throw SnapRejection.missing("X-TIMESTAMP");
        }
        String grantType = grantType(body);
        if (!"client_credentials".equals(grantType)) {
            throw SnapRejection.invalidFormat("grantType");
        }
        SnapPartner partner = partners.get(clientKey);
        if (partner == null) {
            throw SnapRejection.unauthorized("Unknown client");
        }
        SnapTimestamp.check(timestampHeader, clock, tolerance);
        if (!SnapCrypto.tokenSignatureValid(partner.publicKey(), clientKey, timestampHeader, signature)) {
            throw SnapRejection.unauthorized("Signature");
        }
        Map<String, Object> answer = SnapExchanges.answer("200" + SERVICE_CODE + "00", "Successful");
        answer.put("accessToken", tokens.issue(partner));
        answer.put("tokenType", "Bearer");
        answer.put("expiresIn", String.valueOf(tokens.ttlSeconds()));
        return answer;
    }

    private static String grantType(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : SnapExchanges.JSON.readTree(body);
        } catch (IOException malformed) {
            throw SnapRejection.invalidFormat("body");
        }
        if (node == null || !node.isObject() || !node.hasNonNull("grantType")) {
            throw SnapRejection.missing("grantType");
        }
        return node.path("grantType").asText();
    }
}
