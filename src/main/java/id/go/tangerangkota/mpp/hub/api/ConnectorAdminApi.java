package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorReloader;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryHold;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The admin operations on connectors: {@code POST /admin/connectors/{agency}/reload}, and suspending
 * and resuming one agency's deliveries. Admin keys only; an integrator watches, an admin changes
 * what runs.
 */
public class ConnectorAdminApi {

    private final ConnectorReloader reloader;
    private final ConnectorRegistry registry;
    private final DeliveryHold deliveryHold;
    private final ObjectMapper json;

    public ConnectorAdminApi(ConnectorReloader reloader, ConnectorRegistry registry, DeliveryHold deliveryHold,
            ObjectMapper json) {
        this.reloader = reloader;
        this.registry = registry;
        this.deliveryHold = deliveryHold;
        this.json = json;
    }

    /**
     * {@code POST /admin/connectors/{agency}/deliveries/suspend}: its applications wait HELD, with a
     * history line saying so, until resumed.
     */
    public void suspendDeliveries(Exchange exchange, @Header("agency") String agency) {
        Connector c = known(agency);
        deliveryHold.hold(c.slug(), DeliveryHold.Reason.SUSPENDED, DeliveryHold.suspendedNote(c.displayName()));
        answerDeliveryState(exchange, c);
    }

    /** {@code POST /admin/connectors/{agency}/deliveries/resume}: lifts the suspension. */
    public void resumeDeliveries(Exchange exchange, @Header("agency") String agency) {
        Connector c = known(agency);
        deliveryHold.release(c.slug(), DeliveryHold.Reason.SUSPENDED);
        answerDeliveryState(exchange, c);
    }

    private Connector known(String agency) {
        return known(registry, agency);
    }

    /** The connector of an admin path's agency: a 400 for a malformed slug, a 404 for an unknown one. */
    static Connector known(ConnectorRegistry registry, String agency) {
        if (!ServiceCallApi.validSlug(agency)) {
            throw HubProblem.invalidField("agency", "must be an agency slug (lower-case letters, digits, '-')");
        }
        return registry.find(agency).orElseThrow(() -> new HubProblem(ProblemType.UNKNOWN_AGENCY,
                "No agency " + agency + " in the catalogue", List.of(new FieldError("agency", "unknown agency")),
                null, Map.of()));
    }

    private void answerDeliveryState(Exchange exchange, Connector c) {
        ObjectNode body = json.createObjectNode();
        body.put("agency", c.slug());
        body.put("held", deliveryHold.isHeld(c.slug()));
        body.set("reasons", json.valueToTree(deliveryHold.reasons(c.slug())));
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code POST /admin/connectors/{agency}/reload}. */
    public void reload(Exchange exchange, @Header("agency") String agency) {
        if (!ServiceCallApi.validSlug(agency)) {
            throw HubProblem.invalidField("agency", "must be an agency slug (lower-case letters, digits, '-')");
        }
        ConnectorReloader.Outcome outcome;
        try {
            outcome = reloader.reload(agency);
        } catch (IllegalArgumentException noFolder) {
            throw new HubProblem(ProblemType.UNKNOWN_AGENCY, "No connector folder connectors/" + agency
                    + "/ with a connector.yaml", List.of(new FieldError("agency", "no connector folder")), null,
                    Map.of());
        }
        Connector c = outcome.connector();
        if (!outcome.applied() && !outcome.problems().isEmpty()) {
            throw new HubProblem(ProblemType.CONNECTOR_RELOAD_REFUSED, c.displayName() + ": the new files have "
                    + outcome.problems().size() + " problem(s); "
                    + (c.state() == ConnectorState.AVAILABLE ? "the running version keeps serving"
                            : "the connector stays out of service"),
                    List.of(), null, Map.of("agency", c.slug(), "problems", outcome.problems()));
        }
        ObjectNode body = json.createObjectNode();
        body.put("agency", c.slug());
        body.put("state", c.state().wireName());
        body.put("applied", outcome.applied());
        body.put("services", c.descriptor() == null ? 0 : c.descriptor().services().size());
        body.set("problems", json.valueToTree(outcome.problems()));
        JsonAnswer.write(exchange, 200, body.toString());
    }
}
