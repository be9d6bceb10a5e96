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
        String idempotencyKey,
        String requestHash) {

    @Override
    public String toString() {
        return "ServiceCall[" + requestId + ", " + connector.slug() + "/" + service.id() + "]";
    }
}
