package id.go.tangerangkota.mpp.hub.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;

/**
 * Reads what a response mapping produced into an {@link AgencyOutcome}. A mapping that produces
 * anything else is a connector defect and fails the call as an agency error.
 */
public class OutcomeReader {

    private final ObjectMapper json;

    public OutcomeReader(ObjectMapper json) {
        this.json = json;
    }

    public AgencyOutcome read(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        String mapped = exchange.getMessage().getBody(String.class);
        JsonNode node;
        try {
            node = mapped == null ? null : json.readTree(mapped);
        } catch (JsonProcessingException e) {
            node = null;
        }
        AgencyOutcome.Kind kind = node == null ? null : kindOf(node.path("outcome").asText(""));
        if (kind == null) {
            throw AgencyFailures.agencyError(slug, agency, "the connector's response mapping gave no valid outcome");
        }
        Integer httpStatus = exchange.getProperty(FlowKeys.AGENCY_HTTP_STATUS, Integer.class);
        if (kind == AgencyOutcome.Kind.OK && httpStatus != null && (httpStatus < 200 || httpStatus > 299)) {
            // A mapping that calls an error status a success is wrong; never store it as done.
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + httpStatus + " mapped as a success");
        }
        JsonNode result = node.get("result");
        return new AgencyOutcome(kind, result, text(node, "agencyReference"), text(node, "reason"), text(node, "code"));
    }

    private static AgencyOutcome.Kind kindOf(String outcome) {
        try {
            return AgencyOutcome.Kind.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
