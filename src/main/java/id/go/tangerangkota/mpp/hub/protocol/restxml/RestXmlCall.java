package id.go.tangerangkota.mpp.hub.protocol.restxml;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.xml.JsonAsXml;
import id.go.tangerangkota.mpp.hub.protocol.xml.SafeXml;
import id.go.tangerangkota.mpp.hub.protocol.AgencyAnswers;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code rest-xml} kamelet: hands the XSLT request mapping the envelope as an
 * XML document, adds HTTP Basic authentication from the envelope's credentials, and checks and
 * safely parses the agency's XML answer before the response mapping reads it. Knows no agency:
 * everything comes from the envelope and the exchange.
 */
@Component("restXmlCall")
public class RestXmlCall {

    /** The media type of requests and of the answers the kamelet accepts. */
    public static final String CONTENT_TYPE = "application/xml";

    /**
     * Body: the canonical envelope (JSON text) becomes its XPath 3.1 XML representation, the
     * input of the request mapping (see {@link JsonAsXml}).
     */
    public void envelopeAsXml(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody(JsonAsXml.convert(message.getBody(String.class)));
    }

    /**
     * Adds {@code Authorization: Basic ...} when the connector's credentials hold a username and a
     * password. Runs after {@code restJsonCall.prepare}, which clears every other header; the
     * value is never logged.
     */
    public void basicAuth(Exchange exchange) {
        BasicAuth.header(exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class))
                .ifPresent(value -> exchange.getMessage().setHeader("Authorization", value));
    }

    /**
     * Lets a well-formed XML answer through to the response mapping, as a parsed DOM document;
     * anything else is a technical failure naming the agency: a 5xx, a body that is not XML (a
     * proxy's error page), XML that is malformed or declares a DTD (refused, never expanded), an
     * answer larger or deeper than {@link AgencyAnswers} allows.
     */
    public void checkReply(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        // As for JSON agencies: a 5xx is technical whatever its body; a 4xx goes to the mapping, but an
        // error status can never be mapped as success (OutcomeReader); the agency's headers go no further.
        if (status >= 500 || status < 200) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status);
        }
        message.removeHeaders("*");
        exchange.setProperty(FlowKeys.AGENCY_HTTP_STATUS, status);
        AgencyAnswers.checkSize(body, slug, agency);
        String trimmed = body == null ? "" : body.stripLeading();
        if (!trimmed.startsWith("<")) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status + " without an XML answer");
        }
        try {
            message.setBody(SafeXml.parse(trimmed));
        } catch (IllegalArgumentException refused) {
            // A fixed phrase: the parser's own message may quote the agency's text.
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + status
                    + " with an answer that is not a well-formed XML document without DTD, within the hub's limits");
        }
    }
}
