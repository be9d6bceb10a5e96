package id.go.tangerangkota.mpp.hub.protocol;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The Java half of the {@code rest-json} kamelet: builds the outgoing HTTP request from the
 * kamelet's settings and checks that what came back is something a mapping can read.
 */
public class RestJsonCall {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

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
        Object body = message.getBody();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_URI, url);
        message.setHeader(Exchange.HTTP_METHOD, method);
        message.setHeader("Accept", "application/json");
        if ("GET".equals(method)) {
            message.setBody(null);
        } else {
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            message.setBody(body);
        }
    }

    /** Fills {@code {citizen.nik}}-style placeholders, URL-encoded. */
    static String fillPath(String path, JsonNode envelope) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode value = envelope;
            for (String part : m.group(1).split("\\.")) {
                value = value == null ? null : value.get(part);
            }
            String text = value == null || value.isNull() ? "" : value.asText();
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(text, StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Lets a JSON answer through to the response mapping; anything else is a technical failure
     * naming the agency: a 5xx, an empty or non-JSON body (a proxy's error page, say).
     */
    public void checkReply(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        if (status >= 500) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status);
        }
        String trimmed = body == null ? "" : body.stripLeading();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status + " without a JSON answer");
        }
        message.setBody(body);
    }
}
