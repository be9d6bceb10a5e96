package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorReloader;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The admin operations on connectors: {@code POST /admin/connectors/{agency}/reload}. Admin keys
 * only; an integrator watches, an admin changes what runs.
 */
public class ConnectorAdminApi {

    private final ConnectorReloader reloader;
    private final ObjectMapper json;

    public ConnectorAdminApi(ConnectorReloader reloader, ObjectMapper json) {
        this.reloader = reloader;
        this.json = json;
    }

    /** {@code POST /admin/connectors/{agency}/reload}. */
    public void reload(Exchange exchange, @Header("agency") String agency,
            @Header(HttpCall.CLIENT_ROLE_HEADER) String role) {
        AdminRoles.requireAdmin(role, "reload a connector");
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
