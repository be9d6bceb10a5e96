package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyAnswers;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code snap} kamelet: one SNAP transaction.
 *
 * <ol>
 *   <li>{@link #stamp}: adds {@code "snap": {"timestamp": ...}} to the envelope, so the request
 *       mapping can fill SNAP's date fields (trxDateTime, trxDateInit) without calling the clock
 *       itself, which keeps mappings pure and their golden samples fixed;
 *   <li>{@link #prepare}: the headers of a SNAP transaction (B2B token from {@link SnapTokens},
 *       X-TIMESTAMP, X-PARTNER-ID, X-EXTERNAL-ID from {@link SnapExternalId}, CHANNEL-ID and the
 *       HMAC-SHA512 X-SIGNATURE over exactly the minified body that is sent), nothing else of the
 *       counter's call;
 *   <li>{@link #checkReply}: lets a JSON answer through to the response mapping, whatever its HTTP
 *       status (SNAP errors are JSON with a responseCode the mapping classifies). When the bank
 *       says the token is invalid (401xx01) the first time, the token is dropped and the kamelet sends
 *       the same transaction once more with a new token: the bank checks the token before it
 *       records the external id, so the repeat is not a duplicate.
 * </ol>
 */
@Component("snapCall")
public class SnapCall {

    /** The kamelet's token path (default {@link SnapTokens#DEFAULT_PATH}). */
    public static final String TOKEN_PATH = "mppSnapTokenPath";
    /** The kamelet's time limit in ms. */
    public static final String TIMEOUT_MS = "mppSnapTimeoutMs";
    /** True after {@link #checkReply} when the transaction must be sent again with a new token. */
    public static final String RENEW = "mppSnapRenew";
    private static final String ENVELOPE = "mppSnapEnvelope";
    private static final String REQUEST_BODY = "mppSnapRequestBody";
    private static final String TOKEN = "mppSnapToken";
    private static final String RENEWED = "mppSnapRenewed";

    // Agency answers are read within the hub's limits (AgencyAnswers).
    private static final ObjectMapper JSON = AgencyAnswers.json();

    private final SnapTokens tokens;
    private final Clock clock;

    public SnapCall(SnapTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Adds {@code snap.timestamp} to the envelope in the body. */
    public void stamp(Exchange exchange) throws IOException {
        JsonNode parsed = JSON.readTree(exchange.getMessage().getBody(String.class));
        if (!(parsed instanceof ObjectNode envelope)) {
            throw new IllegalStateException("the snap kamelet expects the canonical envelope as body");
        }
        envelope.putObject("snap").put("timestamp", SnapTimestamps.now(clock));
        exchange.setProperty(ENVELOPE, envelope);
        exchange.getMessage().setBody(envelope.toString());
    }

    /** Turns the mapped SNAP body into the signed HTTP request. */
    public void prepare(Exchange exchange) throws IOException, InterruptedException {
        JsonNode envelope = exchange.getProperty(ENVELOPE, JsonNode.class);
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        SnapCredentials credentials;
        try {
            credentials = SnapCredentials.from(envelope.path("credentials"));
        } catch (IllegalArgumentException e) {
            throw AgencyFailures.authFailed(slug, agency, e.getMessage());
        }
        String endpoint = exchange.getProperty(FlowKeys.AGENCY_ENDPOINT, String.class);
        String servicePath = exchange.getProperty(FlowKeys.AGENCY_PATH, String.class);
        String method = exchange.getProperty(FlowKeys.AGENCY_METHOD, "POST", String.class);
        String url = endpoint + servicePath;
        String body = exchange.getProperty(REQUEST_BODY, String.class);
        if (body == null) {
            body = JsonMinifier.minify(exchange.getMessage().getBody(String.class));
            exchange.setProperty(REQUEST_BODY, body);
        }
        String token = tokens.token(tokenRequest(exchange, credentials));
        exchange.setProperty(TOKEN, token);
        String timestamp = SnapTimestamps.now(clock);

        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_URI, url);
        // The enum itself: a String would go through Camel's enum type converter on every call
        // (about 5 % of the hub's CPU on a NIK look-up in the benchmark profile).
        message.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(method));
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader("Authorization", "Bearer " + token);
        message.setHeader("X-TIMESTAMP", timestamp);
        message.setHeader("X-PARTNER-ID", credentials.partnerId());
        message.setHeader("X-EXTERNAL-ID", SnapExternalId.forCall(envelope.path("requestId").asText(null), servicePath));
        message.setHeader("CHANNEL-ID", credentials.channelId());
        // The signature covers the path the bank receives, including any gateway prefix of the base URL.
        message.setHeader("X-SIGNATURE", SnapSignatures.transactionSignature(credentials.clientSecret(), method,
                URI.create(url).getRawPath(), token, body, timestamp));
        exchange.setProperty(Exchange.CHARSET_NAME, StandardCharsets.UTF_8.name());
        message.setBody(body);
    }

    /**
     * Passes a JSON answer on to the response mapping, or marks the transaction for one resend with a
     * new token; anything that is not JSON is a technical failure naming the agency.
     */
    public void checkReply(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        JsonNode answer;
        try {
            answer = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status + " without a SNAP JSON answer");
        }
        message.removeHeaders("*");
        String code = answer.path("responseCode").asText("");
        boolean invalidToken = code.length() == 7 && code.startsWith("401") && code.endsWith("01");
        if (invalidToken && !exchange.getProperty(RENEWED, false, Boolean.class)) {
            JsonNode envelope = exchange.getProperty(ENVELOPE, JsonNode.class);
            tokens.invalidate(tokenRequest(exchange, SnapCredentials.from(envelope.path("credentials"))),
                    exchange.getProperty(TOKEN, String.class));
            exchange.setProperty(RENEWED, true);
            exchange.setProperty(RENEW, true);
            message.setBody(exchange.getProperty(REQUEST_BODY, String.class));
            return;
        }
        exchange.setProperty(RENEW, false);
        message.setBody(body);
    }

    private static SnapTokens.TokenRequest tokenRequest(Exchange exchange, SnapCredentials credentials) {
        return new SnapTokens.TokenRequest(
                exchange.getProperty(FlowKeys.AGENCY_ENDPOINT, String.class),
                exchange.getProperty(TOKEN_PATH, SnapTokens.DEFAULT_PATH, String.class),
                credentials,
                exchange.getProperty(TIMEOUT_MS, 30000, Integer.class),
                exchange.getProperty(FlowKeys.AGENCY, String.class),
                exchange.getProperty(FlowKeys.AGENCY_NAME, String.class));
    }
}
