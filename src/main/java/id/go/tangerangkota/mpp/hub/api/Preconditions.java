package id.go.tangerangkota.mpp.hub.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.connector.Placeholders;
import id.go.tangerangkota.mpp.hub.payment.AgencyCalls;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import id.go.tangerangkota.mpp.hub.security.NikHasher;
import org.apache.camel.Exchange;

/**
 * Runs a service's preconditions (its descriptor's {@code preconditions}) before the call is
 * accepted: each asks another connector, through the same routes a counter's inquiry uses, and the
 * call goes on only when the answer's field has the required value. Nothing is stored or sent to
 * the service's own agency before they pass.
 */
public class Preconditions {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ConnectorRegistry registry;
    private final AgencyCalls calls;
    private final EnvelopeFactory envelopes;
    private final ObjectMapper json;
    private final Clock clock;
    private final CitizenAccessLog accessLog;
    private final NikHasher nikHasher;

    public Preconditions(ConnectorRegistry registry, AgencyCalls calls, EnvelopeFactory envelopes, ObjectMapper json,
            Clock clock, CitizenAccessLog accessLog, NikHasher nikHasher) {
        this.registry = registry;
        this.calls = calls;
        this.envelopes = envelopes;
        this.json = json;
        this.clock = clock;
        this.accessLog = accessLog;
        this.nikHasher = nikHasher;
    }

    /** Route step: throws a 422 naming the refusal when a precondition is not met. */
    public void check(Exchange exchange) {
        ServiceCall call = exchange.getProperty(FlowKeys.CALL, ServiceCall.class);
        for (ConnectorDescriptor.Precondition precondition : call.service().preconditionsOrEmpty()) {
            check(call, precondition);
        }
    }

    private void check(ServiceCall call, ConnectorDescriptor.Precondition precondition) {
        Connector checked = registry.find(precondition.agency()).orElse(null);
        if (checked == null || checked.state() != ConnectorState.AVAILABLE) {
            throw new HubProblem(ProblemType.CONNECTOR_NOT_ENABLED, call.connector().displayName()
                    + " needs a check at " + precondition.agency() + ", whose connector is not available",
                    List.of(), 300, Map.of("agency", precondition.agency()));
        }
        ObjectNode context = json.createObjectNode();
        context.set("citizen", call.payload().path("citizen"));
        context.set("data", call.payload().path("data"));
        context.put("today", LocalDate.now(clock.withZone(WIB)).toString());
        ObjectNode data = json.createObjectNode();
        if (precondition.data() != null) {
            precondition.data().forEach((k, v) -> data.put(k, Placeholders.fill(v, context, false)));
        }
        ObjectNode payload = json.createObjectNode();
        payload.set("citizen", call.payload().path("citizen"));
        payload.set("data", data);
        // The check looks at the citizen's data at another agency: an access of its own, for the
        // purpose of the service asked for.
        accessLog.record(new CitizenAccessLog.Access(nikHasher.hash(call.nik()), call.clientId(), call.site(),
                call.role(), checked.slug(), precondition.service(), call.requestId(), "Check required for "
                + call.connector().displayName() + " " + call.service().name() + ": " + call.purpose()));
        AgencyOutcome answer = calls.call(checked.slug(), precondition.service(),
                envelopes.build(checked, call.requestId(), payload, call.clientId(), call.site()));
        if (answer.kind() == AgencyOutcome.Kind.AUTH_FAILED || answer.kind() == AgencyOutcome.Kind.AGENCY_ERROR) {
            throw new HubProblem(ProblemType.AGENCY_ERROR, "The required check at " + checked.displayName()
                    + " could not be made: " + answer.reason(), List.of(), null, Map.of("agency", checked.slug()));
        }
        if (answer.kind() != AgencyOutcome.Kind.OK
                || !precondition.require().stream().allMatch(r -> meets(answer.result(), r, context))) {
            throw new HubProblem(ProblemType.PRECONDITION_NOT_MET, precondition.refusal(), List.of(), null,
                    Map.of("agency", call.connector().slug(), "checkedAgency", checked.slug()));
        }
    }

    /**
     * Whether the result's field equals the required value; a required text with placeholders
     * (e.g. {@code {data.bpjsKesehatanCardNumber}}) is first filled from the counter's call.
     */
    private static boolean meets(JsonNode result, ConnectorDescriptor.Requirement requirement, JsonNode call) {
        JsonNode value = result;
        for (String part : requirement.field().split("\\.")) {
            value = value == null ? null : value.get(part);
        }
        JsonNode expected = requirement.equals();
        if (value == null || expected == null) {
            return false;
        }
        if (expected.isTextual() && expected.asText().contains("{")) {
            String filled = Placeholders.fill(expected.asText(), call, false);
            return !filled.isEmpty() && value.isValueNode() && value.asText().equals(filled);
        }
        return value.equals(expected);
    }
}
