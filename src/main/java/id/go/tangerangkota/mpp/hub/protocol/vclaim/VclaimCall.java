package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import java.security.GeneralSecurityException;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyAnswers;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code vclaim} kamelet: signs the outgoing request and opens the encrypted
 * answer, so the response mapping reads plain JSON.
 *
 * <p>Signing: {@code X-cons-id}, {@code X-timestamp} (Unix seconds, UTC, from the wall clock, since
 * the provider compares it with its own), {@code X-signature} and {@code user_key}, from the
 * envelope's credentials ({@link VclaimCredentials}). The timestamp is kept on the exchange because
 * it is part of the answer's decryption key.
 *
 * <p>Opening: when {@code metaData.code} is "200" and {@code response} is a string, it is decrypted
 * and decompressed ({@link VclaimCipher#open}) and replaced by the JSON it holds. Any other answer
 * passes unchanged: the response mapping interprets the agency's codes.
 */
@Component("vclaimCall")
public class VclaimCall {

    /** Exchange property holding the X-timestamp the request was signed with. */
    public static final String TIMESTAMP = "mppVclaimTimestamp";

    // Agency answers are read within the hub's limits (AgencyAnswers).
    private static final ObjectMapper JSON = AgencyAnswers.json();

    private final Clock clock;

    /** The hub's instance: the system clock in UTC. */
    @Autowired
    public VclaimCall() {
        this(Clock.systemUTC());
    }

    /** For tests that sign at a given instant. */
    VclaimCall(Clock clock) {
        this.clock = clock;
    }

    /** Adds the four VClaim headers to a request already prepared by {@code restJsonCall.prepare}. */
    public void sign(Exchange exchange) {
        VclaimCredentials credentials = credentials(exchange);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        Message message = exchange.getMessage();
        message.setHeader("X-cons-id", credentials.consId());
        message.setHeader("X-timestamp", timestamp);
        message.setHeader("X-signature", VclaimSignature.sign(credentials.consId(), credentials.secretKey(), timestamp));
        message.setHeader("user_key", credentials.userKey());
        exchange.setProperty(TIMESTAMP, timestamp);
    }

    /**
     * Replaces the encrypted {@code response} of a successful answer by the JSON it holds. The body
     * must be a JSON answer ({@code restJsonCall.checkReply} ran before).
     */
    public void open(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Message message = exchange.getMessage();
        JsonNode answer;
        try {
            answer = JSON.readTree(message.getBody(String.class));
        } catch (JsonProcessingException e) {
            throw AgencyFailures.agencyError(slug, agency, "the answer is not valid JSON");
        }
        if (answer instanceof ObjectNode object && isSuccess(object) && object.path("response").isTextual()) {
            object.set("response", decrypted(exchange, object.get("response").asText(), slug, agency));
            message.setBody(object.toString());
        }
    }

    private JsonNode decrypted(Exchange exchange, String response, String slug, String agency) {
        VclaimCredentials credentials = credentials(exchange);
        String timestamp = exchange.getProperty(TIMESTAMP, String.class);
        try {
            return JSON.readTree(VclaimCipher.open(credentials.consId(), credentials.secretKey(), timestamp, response));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            // Not the exception text: it would say nothing useful and might hint at the key.
            throw AgencyFailures.agencyError(slug, agency,
                    "the encrypted response could not be opened with the connector's consumer id and secret");
        }
    }

    private static boolean isSuccess(JsonNode answer) {
        return "200".equals(answer.path("metaData").path("code").asText(null));
    }

    private static VclaimCredentials credentials(Exchange exchange) {
        return VclaimCredentials.from(exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class),
                exchange.getProperty(FlowKeys.AGENCY, String.class),
                exchange.getProperty(FlowKeys.AGENCY_NAME, String.class));
    }
}
