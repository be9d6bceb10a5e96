package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.request.DeadLetters;
import id.go.tangerangkota.mpp.hub.request.RequestIds;
import id.go.tangerangkota.mpp.hub.request.ServiceRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * An agency's dead letters under {@code /admin/connectors/{agency}/dead-letters}: list (integrators
 * and admins), replay one or all, discard one with a reason (admins).
 */
public class DeadLettersApi {

    private final DeadLetters deadLetters;
    private final ConnectorRegistry registry;
    private final ObjectMapper json;
    private final JsonInputLimits limits;

    public DeadLettersApi(DeadLetters deadLetters, ConnectorRegistry registry, ObjectMapper json,
            JsonInputLimits limits) {
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.json = json;
        this.limits = limits;
    }

    /** {@code GET /admin/connectors/{agency}/dead-letters}. */
    public void list(Exchange exchange, @Header("agency") String agency) {
        String slug = knownAgency(agency);
        ObjectNode body = json.createObjectNode();
        body.put("agency", slug);
        ArrayNode items = body.putArray("deadLetters");
        for (DeadLetters.DeadLetter letter : deadLetters.list(slug)) {
            ObjectNode item = items.addObject();
            item.put("requestId", letter.requestId());
            letter.request().ifPresent(r -> describe(item, r));
        }
        body.put("count", items.size());
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code POST /admin/connectors/{agency}/dead-letters/replay}. */
    public void replayAll(Exchange exchange, @Header("agency") String agency,
            @Header(HttpCall.CLIENT_ID_HEADER) String client) {
        String slug = knownAgency(agency);
        int replayed = deadLetters.replayAll(slug, client);
        JsonAnswer.write(exchange, 200, json.createObjectNode().put("agency", slug).put("replayed", replayed).toString());
    }

    /** {@code POST /admin/connectors/{agency}/dead-letters/{requestId}/replay}. */
    public void replay(Exchange exchange, @Header("agency") String agency, @Header("requestId") String requestId,
            @Header(HttpCall.CLIENT_ID_HEADER) String client) {
        String slug = knownAgency(agency);
        if (!RequestIds.looksValid(requestId) || !deadLetters.replay(slug, requestId, client)) {
            throw notADeadLetter(slug);
        }
        JsonAnswer.write(exchange, 200, json.createObjectNode().put("requestId", requestId).put("status", "QUEUED")
                .toString());
    }

    /** {@code POST /admin/connectors/{agency}/dead-letters/{requestId}/discard} with {@code {"reason": "..."}}. */
    public void discard(Exchange exchange, @Header("agency") String agency, @Header("requestId") String requestId,
            @Header(HttpCall.CLIENT_ID_HEADER) String client)
            throws Exception {
        String slug = knownAgency(agency);
        String reason = reasonOf(exchange.getMessage().getBody(String.class));
        if (!RequestIds.looksValid(requestId) || !deadLetters.discard(slug, requestId, client, reason)) {
            throw notADeadLetter(slug);
        }
        JsonAnswer.write(exchange, 200, json.createObjectNode().put("requestId", requestId).put("status", "FAILED")
                .put("discarded", true).toString());
    }

    private String reasonOf(String body) {
        // The caller's JSON, read within the same limits as a service call's; the reason is stored.
        JsonNode tree = body == null || body.isBlank() ? null : limits.parse(body);
        String reason = tree == null ? "" : tree.path("reason").asText("").strip();
        if (reason.length() < 5 || reason.length() > 500) {
            throw HubProblem.invalidField("reason", "say why the dead letter is discarded (5 to 500 characters)");
        }
        String hostile = HostileText.whyRefused(reason);
        if (hostile != null) {
            throw HubProblem.invalidField("reason", hostile);
        }
        return reason;
    }

    private void describe(ObjectNode item, ServiceRequest r) {
        item.put("trackingCode", r.trackingCode());
        item.put("service", r.service());
        item.put("status", r.status().name());
        item.put("attempts", r.attempts());
        item.put("reason", r.reason());
        item.put("updatedAt", r.updatedAt() == null ? null : r.updatedAt().toString());
    }

    private String knownAgency(String agency) {
        return CatalogueApi.knownAgency(registry, agency).slug();
    }

    private static HubProblem notADeadLetter(String slug) {
        return new HubProblem(ProblemType.NOT_FOUND, "No dead letter of this request in " + slug
                + "'s dead-letter queue", List.of(new FieldError("requestId", "not a dead letter of this agency")),
                null, Map.of("agency", slug));
    }
}
