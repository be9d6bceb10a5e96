package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import org.apache.camel.Exchange;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code iso8583} kamelet. The request mapping turns the canonical envelope
 * into a JSON view of the ISO 8583 request, which names everything agency-specific as data:
 * <pre>
 * {"packager": "pln/h2h.packager.xml",               jPOS GenericPackager file under mappings/
 *  "layouts": {"48": "pln/postpaid-bit48.layout.json"},  fixed-width private data, by bit
 *  "signOn": {"mti": "2800", "fields": {...},
 *             "acceptedWhen": {"39": "0000"}, "neededWhen": {"39": "0011"}},
 *  "mti": "2100",                                     else the kamelet's operation
 *  "journalKey": "...",                               remember what was sent under this reference
 *  "fields": {"2": "99501", "48": {"customerId": "..."}, ...}}
 * </pre>
 * {@link #call} sends it over the connector's persistent connection and leaves the answer's view
 * for the response mapping: {@code {"mti", "fields", "request": {"mti", "fields"}}}, the request
 * as actually sent (with its audit number). When the host refuses the sign-on, the answer is the
 * sign-on's, so the response mapping sees the host's own response code.
 */
@Component("iso8583Call")
public class Iso8583Call {

    /** Kamelet properties for this helper. */
    public static final String OPERATION = "mppAgencyOperation";
    public static final String TIMEOUT_MS = "mppAgencyTimeoutMs";

    private final IsoChannels channels;
    private final ProtocolFiles files;
    private final SentMessages journal;
    private final ObjectMapper json;

    public Iso8583Call(IsoChannels channels, ProtocolFiles files, SentMessages journal, ObjectMapper json) {
        this.channels = channels;
        this.files = files;
        this.journal = journal;
        this.json = json;
    }

    /**
     * Before the request mapping: adds to the envelope what the hub sent earlier about the same
     * payment, as {@code "sent": {"<mti>": {"<bit>": "..."}}}, found by the envelope's
     * {@code data.externalId} (else its {@code requestId}). A reversal quotes the original
     * payment's audit number and date-time from there.
     */
    public void recall(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        JsonNode envelope = parse(body);
        if (envelope == null || !envelope.isObject()) {
            return;
        }
        JsonNode externalId = envelope.path("data").path("externalId");
        String key = externalId.isTextual() ? externalId.asText() : envelope.path("requestId").asText(null);
        Map<String, ObjectNode> sent = journal.recall(key);
        if (!sent.isEmpty()) {
            ObjectNode withSent = ((ObjectNode) envelope).deepCopy();
            ObjectNode node = withSent.putObject("sent");
            sent.forEach(node::set);
            exchange.getMessage().setBody(withSent.toString());
        }
    }

    /**
     * Sends the mapped request and sets the answer's view as the body.
     *
     * @throws java.net.SocketTimeoutException no answer in time (a 503 from the agency-call template)
     * @throws IOException                     the host cannot be reached
     */
    public void call(Exchange exchange) throws IOException {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        JsonNode view = parse(exchange.getMessage().getBody(String.class));
        Map<Integer, FieldLayout> layouts;
        IsoRequest request;
        try {
            if (view == null || !view.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            layouts = layouts(view.path("layouts"));
            request = request(view, layouts, exchange.getProperty(FlowKeys.AGENCY_ENDPOINT, String.class),
                    exchange.getProperty(OPERATION, String.class));
        } catch (IllegalArgumentException e) {
            throw AgencyFailures.agencyError(slug, agency,
                    "the connector's request mapping gave no valid ISO 8583 message (" + e.getMessage() + ")");
        }
        // Nothing of the counter's call travels further.
        exchange.getMessage().removeHeaders("*");
        int timeoutMs = exchange.getProperty(TIMEOUT_MS, 5000, Integer.class);
        IsoChannels.Exchanged exchanged = channels.exchange(request, Duration.ofMillis(timeoutMs));
        Map<Integer, FieldLayout> answerLayouts = exchanged.signOnRefused() ? Map.of() : layouts;
        ObjectNode answer;
        try {
            answer = MessageViews.toView(exchanged.answer(), answerLayouts);
            answer.set("request", MessageViews.toView(exchanged.sent(), answerLayouts));
        } catch (IllegalArgumentException e) {
            throw AgencyFailures.agencyError(slug, agency, "its ISO 8583 answer cannot be read (" + e.getMessage() + ")");
        }
        exchange.getMessage().setBody(answer.toString());
    }

    private IsoRequest request(JsonNode view, Map<Integer, FieldLayout> layouts, String endpoint, String operation) {
        String packagerRef = text(view, "packager");
        if (packagerRef == null) {
            throw new IllegalArgumentException("packager: is required");
        }
        GenericPackager packager = files.packager(packagerRef);
        String mti = text(view, "mti");
        if (mti == null) {
            mti = operation == null || operation.isBlank() ? null : operation;
        }
        ISOMsg message = MessageViews.toMessage(mti, view.get("fields"), layouts, packager);
        IsoRequest.SignOn signOn = null;
        JsonNode signOnView = view.get("signOn");
        if (signOnView != null && !signOnView.isNull()) {
            signOn = new IsoRequest.SignOn(
                    MessageViews.toMessage(text(signOnView, "mti"), signOnView.get("fields"), Map.of(), packager),
                    conditions(signOnView.path("acceptedWhen"), "signOn.acceptedWhen"),
                    conditions(signOnView.path("neededWhen"), "signOn.neededWhen"));
            if (signOn.acceptedWhen().isEmpty()) {
                throw new IllegalArgumentException("signOn.acceptedWhen: is required");
            }
        }
        return new IsoRequest(TcpEndpoint.parse(endpoint), packagerRef, packager, message, signOn,
                text(view, "journalKey"), layouts.keySet());
    }

    private Map<Integer, FieldLayout> layouts(JsonNode node) {
        Map<Integer, FieldLayout> layouts = new HashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return layouts;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("layouts: must be an object of bit number to layout file");
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            layouts.put(bit(e.getKey(), "layouts"), files.layout(e.getValue().asText()));
        }
        return layouts;
    }

    private static Map<Integer, String> conditions(JsonNode node, String at) {
        Map<Integer, String> conditions = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return conditions;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            conditions.put(bit(e.getKey(), at), e.getValue().asText());
        }
        return conditions;
    }

    private static int bit(String key, String at) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + "." + key + ": not a bit number");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode parse(String body) {
        try {
            return body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
