package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.ServiceRequest;
import id.go.tangerangkota.mpp.hub.request.TrackingCodes;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * {@code GET /track/{trackingCode}}, without a key: a citizen (or the city's public site) follows one
 * application by the code on the receipt. The answer holds only its status, agency and dates: no
 * name, NIK, service or data, since anyone holding the code may ask. Codes carry 60 random bits, so
 * they cannot be guessed from one another.
 */
public class TrackingApi {

    private final RequestStore requests;
    private final ConnectorRegistry registry;
    private final ObjectMapper json;

    public TrackingApi(RequestStore requests, ConnectorRegistry registry, ObjectMapper json) {
        this.requests = requests;
        this.registry = registry;
        this.json = json;
    }

    public void track(Exchange exchange, @Header("trackingCode") String trackingCode) {
        // Printed codes are read aloud and typed: case does not matter.
        String code = trackingCode == null ? null : trackingCode.trim().toUpperCase(Locale.ROOT);
        if (!TrackingCodes.looksValid(code)) {
            throw HubProblem.invalidField("trackingCode", "must look like MPP-XXXX-XXXX-XXXX, as on the receipt");
        }
        ServiceRequest r = requests.findByTrackingCode(code).orElseThrow(() -> new HubProblem(ProblemType.NOT_FOUND,
                "No application with this tracking code", List.of(new FieldError("trackingCode", "unknown code")),
                null, Map.of()));
        ObjectNode body = json.createObjectNode();
        body.put("trackingCode", r.trackingCode());
        body.put("status", r.status().name());
        body.put("agency", r.agency());
        body.put("agencyName", registry.find(r.agency()).map(Connector::displayName).orElse(r.agency()));
        body.put("submittedAt", r.createdAt().toString());
        body.put("updatedAt", r.updatedAt().toString());
        if (r.slaDueAt() != null) {
            body.put("dueBy", r.slaDueAt().toString());
        }
        JsonAnswer.write(exchange, 200, body.toString());
    }
}
