package id.go.tangerangkota.mpp.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;

/**
 * A counter's call to one service, validated and ready to route.
 *
 * @param requestId      the hub's id of this call (and of the stored request, for applications)
 * @param payload        the body: {@code {"citizen": {"nik": ...}, "data": {...}}}
 * @param idempotencyKey the client's Idempotency-Key, or null
 * @param role           the caller's role, set by the API key filter
 * @param requestHash    digest of agency, service and body, compared on a repeated key
 */
public record ServiceCall(
        String requestId,
        Connector connector,
        ConnectorDescriptor.Service service,
        JsonNode payload,
        String nik,
        String clientId,
        String site,
        String role,
        String idempotencyKey,
        String requestHash) {

    /**
     * Why the citizen's data is used, as recorded with the access: the purpose the counter stated
     * ({@code data.purpose}, required by services that hold population data), else the service's
     * name, which says what the data was used for.
     */
    public String purpose() {
        String stated = payload.path("data").path("purpose").asText("").trim();
        return stated.isEmpty() ? service.name() : stated;
    }

    @Override
    public String toString() {
        return "ServiceCall[" + requestId + ", " + connector.slug() + "/" + service.id() + "]";
    }
}
