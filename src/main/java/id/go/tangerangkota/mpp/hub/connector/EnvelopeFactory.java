package id.go.tangerangkota.mpp.hub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the canonical request envelope every request mapping reads:
 * <pre>
 * {"requestId": "...",                 the hub's id, also the external id the agency dedups on
 *  "citizen": {"nik": "..."},
 *  "data": {...},                      as validated against the service's input schema
 *  "credentials": {"userId": "..."},   the connector's secrets, by the names in its descriptor
 *  "caller": {"clientId", "site", "ip"}}
 * </pre>
 * Credentials enter here, at the last moment, so they never sit in the queue or the database.
 */
public final class EnvelopeFactory {

    private final ObjectMapper json;
    private final String hubAddress;

    public EnvelopeFactory(ObjectMapper json, String hubAddress) {
        this.json = json;
        this.hubAddress = hubAddress;
    }

    public ObjectNode build(Connector connector, String requestId, JsonNode payload, String clientId, String site) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("requestId", requestId);
        envelope.set("citizen", payload.path("citizen").deepCopy());
        envelope.set("data", payload.path("data").deepCopy());
        ObjectNode credentials = envelope.putObject("credentials");
        connector.secrets().forEach(credentials::put);
        envelope.putObject("caller").put("clientId", clientId).put("site", site).put("ip", hubAddress);
        return envelope;
    }
}
