package id.go.tangerangkota.mpp.hub.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import id.go.tangerangkota.mpp.hub.request.HistoryEntry;
import id.go.tangerangkota.mpp.hub.request.RequestIds;
import id.go.tangerangkota.mpp.hub.request.RequestStatus;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.ServiceRequest;
import id.go.tangerangkota.mpp.hub.security.NikHasher;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * {@code GET /requests/{requestId}} and {@code GET /requests}: what happened to an application, for
 * the callers allowed to see it ({@link CallerScope}). Reading a request that carries the agency's
 * result, or searching by a citizen's NIK, is an access to the citizen's data: it is recorded (who,
 * why) before the answer is given.
 */
public class RequestsApi {

    private final RequestStore requests;
    private final ConnectorRegistry registry;
    private final NikHasher nikHasher;
    private final ObjectMapper json;
    private final CitizenAccessLog accessLog;

    public RequestsApi(RequestStore requests, ConnectorRegistry registry, NikHasher nikHasher, ObjectMapper json,
            CitizenAccessLog accessLog) {
        this.requests = requests;
        this.registry = registry;
        this.nikHasher = nikHasher;
        this.json = json;
        this.accessLog = accessLog;
    }

    public void getRequest(Exchange exchange, @Header("requestId") String requestId) throws JsonProcessingException {
        if (!RequestIds.looksValid(requestId)) {
            throw new HubProblem(ProblemType.NOT_FOUND, "No request with this id",
                    List.of(new FieldError("requestId", "not a request id")), null, Map.of());
        }
        // Another site's or agency's request is "not found" for this caller: its existence is not theirs to learn.
        CallerScope scope = CallerScope.of(exchange.getMessage());
        ServiceRequest r = requests.find(requestId).filter(found -> scope.sees(found.agency(), found.site()))
                .orElseThrow(() -> new HubProblem(ProblemType.NOT_FOUND, "No request with this id"));
        if (r.result() != null) {
            // The answer carries the citizen's data (the agency's result), not only its status and
            // masked NIK: recorded before it is given. Status polls before that are not accesses.
            accessLog.record(Caller.of(exchange.getMessage()).access(r.nikHash(), r.agency(), r.service(), r.id(),
                    "Follow-up of request " + r.id()));
        }
        ObjectNode body = summary(r);
        body.put("attempts", r.attempts());
        if (r.agencyReference() != null) {
            body.put("agencyReference", r.agencyReference());
        }
        if (r.result() != null) {
            body.set("result", json.readTree(r.result()));
        }
        if (r.reason() != null) {
            body.put("reason", r.reason());
        }
        ArrayNode history = body.putArray("history");
        for (HistoryEntry h : requests.history(requestId)) {
            history.addObject().put("seq", h.seq()).put("status", h.status().name())
                    .put("at", h.at().toString()).put("note", h.note());
        }
        JsonAnswer.write(exchange, 200, body.toString());
    }

    public void searchRequests(Exchange exchange, @Header("nik") String nik, @Header("agency") String agency,
            @Header("status") String status, @Header("page") String page, @Header("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        String nikHash = null;
        if (nik != null) {
            List<String> problems = NikRules.problems(nik);
            problems.forEach(p -> errors.add(new FieldError("nik", p)));
            nikHash = problems.isEmpty() ? nikHasher.hash(nik) : null;
        }
        if (agency != null && (!ServiceCallApi.validSlug(agency) || registry.find(agency).isEmpty())) {
            errors.add(new FieldError("agency", "unknown agency"));
        }
        RequestStatus state = null;
        if (status != null) {
            try {
                state = RequestStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of " + List.of(RequestStatus.values())));
            }
        }
        int pageNumber = intParam("page", page, 0, 0, 100_000, errors);
        int pageSize = intParam("size", size, 20, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw HubProblem.invalidFields(errors);
        }
        // A counter searches its own site's requests, an agency team its own agency's.
        CallerScope scope = CallerScope.of(exchange.getMessage());
        String agencyFilter = scope.agencyFilter(agency);
        if (nikHash != null) {
            accessLog.record(Caller.of(exchange.getMessage()).access(nikHash, agencyFilter, null, null,
                    "Search of the citizen's requests"));
        }
        RequestStore.Page result = requests.search(new RequestStore.RequestQuery(nikHash,
                agencyFilter, state, scope.site(), pageNumber, pageSize));
        ObjectNode body = json.createObjectNode();
        ArrayNode items = body.putArray("items");
        result.items().forEach(r -> items.add(summary(r)));
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("total", result.total());
        JsonAnswer.write(exchange, 200, body.toString());
    }

    private ObjectNode summary(ServiceRequest r) {
        ObjectNode node = json.createObjectNode();
        node.put("requestId", r.id());
        node.put("trackingCode", r.trackingCode());
        node.put("agency", r.agency());
        node.put("service", r.service());
        node.put("mode", r.mode());
        node.put("status", r.status().name());
        node.putObject("citizen").put("nikMasked", r.nikMasked());
        node.put("clientId", r.clientId());
        node.put("site", r.site());
        node.put("createdAt", r.createdAt().toString());
        node.put("updatedAt", r.updatedAt().toString());
        if (r.slaDueAt() != null) {
            node.put("slaDueAt", r.slaDueAt().toString());
        }
        return node;
    }

    static int intParam(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
