package id.go.tangerangkota.mpp.hub.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.connector.Placeholders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;

/**
 * The Java half of the HTTP kamelets ({@code rest-json}, and any other that sends a body over
 * HTTP): builds the outgoing request from the kamelet's and the call's settings, and checks that
 * what came back is something a mapping can read.
 */
public class RestJsonCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Prepares the request: only the headers the agency needs (nothing of the counter's call, such
     * as its API key, may leak to an agency), the URL with path placeholders filled from the
     * envelope, and no body for GET.
     */
    public void prepare(Exchange exchange) {
        Message message = exchange.getMessage();
        String method = exchange.getProperty(FlowKeys.AGENCY_METHOD, String.class);
        String url = exchange.getProperty(FlowKeys.AGENCY_ENDPOINT, String.class)
                + fillPath(exchange.getProperty(FlowKeys.AGENCY_PATH, String.class),
                        exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class));
        JsonNode envelope = exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class);
        String contentType = exchange.getProperty(FlowKeys.AGENCY_CONTENT_TYPE, "application/json", String.class);
        Object body = message.getBody();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_URI, url);
        // The enum itself: a String would go through Camel's enum type converter on every call
        // (about 5 % of the hub's CPU on a NIK look-up in the benchmark profile).
        message.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(method));
        message.setHeader("Accept", contentType);
        declaredHeaders(exchange.getProperty(FlowKeys.CALL_HEADERS, String.class), envelope)
                .forEach(message::setHeader);
        if ("GET".equals(method)) {
            message.setBody(null);
        } else {
            message.setHeader(Exchange.CONTENT_TYPE, contentType);
            message.setBody(body);
        }
    }

    /** The call's declared headers with their placeholders filled (not URL-encoded). */
    static Map<String, String> declaredHeaders(String declared, JsonNode envelope) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (declared == null || declared.isBlank()) {
            return headers;
        }
        try {
            JSON.readTree(declared).fields().forEachRemaining(e ->
                    headers.put(e.getKey(), Placeholders.fill(e.getValue().asText(), envelope, false)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("call headers are not a JSON object", e);
        }
        return headers;
    }

    /** Fills {@code {citizen.nik}}-style placeholders, URL-encoded. */
    static String fillPath(String path, JsonNode envelope) {
        return Placeholders.fill(path, envelope, true);
    }

    /**
     * Lets a JSON answer with a 2xx or 4xx status through to the response mapping; anything else is a
     * technical failure naming the agency: a 5xx, an empty or non-JSON body (a proxy's error page),
     * an answer beyond {@link AgencyAnswers}' limits.
     */
    public void checkReply(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        // A 5xx is a technical failure whatever its body. A 4xx with a JSON body goes to the response
        // mapping, which knows the agency's error codes (its own words reach the clerk); but an answer
        // with an error status can never count as success (OutcomeReader checks the status).
        if (status >= 500 || status < 200) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status);
        }
        String trimmed = body == null ? "" : body.stripLeading();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status + " without a JSON answer");
        }
        // Parsed once here within the limits, so the mapping never reads an answer too deep or too large.
        AgencyAnswers.parseJson(body, slug, agency, "HTTP " + status + " with an answer");
        // The agency's response headers are its own business: none travel further.
        message.removeHeaders("*");
        exchange.setProperty(FlowKeys.AGENCY_HTTP_STATUS, status);
        message.setBody(body);
    }
}
