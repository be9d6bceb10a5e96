package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.connector.ServiceMode;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The service catalogue as the counter sees it: the agencies, their state, and each service with
 * what the citizen must bring, what it costs, and an example body to copy.
 */
public class CatalogueApi {

    private final ConnectorRegistry registry;
    private final ObjectMapper json;

    public CatalogueApi(ConnectorRegistry registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** {@code GET /agencies}. */
    public void listAgencies(Exchange exchange) {
        ObjectNode body = json.createObjectNode();
        ArrayNode items = body.putArray("agencies");
        for (Connector c : registry.all()) {
            ObjectNode item = items.addObject();
            item.put("id", c.slug());
            item.put("name", c.descriptor() == null ? c.slug() : c.descriptor().name());
            item.put("shortName", c.displayName());
            item.put("state", c.state().wireName());
            item.put("serviceCount", c.descriptor() == null ? 0 : c.descriptor().services().size());
            item.put("protocol", c.descriptor() == null ? null : c.descriptor().protocol());
            addStateReason(item, c);
        }
        body.put("count", items.size());
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code GET /agencies/{agency}/services}. */
    public void listServices(Exchange exchange, @Header("agency") String agency) {
        Connector c = knownAgency(agency);
        ObjectNode body = json.createObjectNode();
        body.put("agency", c.slug());
        body.put("name", c.descriptor().name());
        body.put("state", c.state().wireName());
        addStateReason(body, c);
        ArrayNode services = body.putArray("services");
        c.descriptor().services().forEach(s -> services.add(describe(c, s)));
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code GET /agencies/{agency}/services/{service}}. */
    public void getService(Exchange exchange, @Header("agency") String agency, @Header("service") String service) {
        Connector c = knownAgency(agency);
        ConnectorDescriptor.Service s = c.service(service).orElseThrow(() -> unknownService(c, service));
        JsonAnswer.write(exchange, 200, describe(c, s).toString());
    }

    private ObjectNode describe(Connector c, ConnectorDescriptor.Service s) {
        ObjectNode node = json.createObjectNode();
        node.put("id", s.id());
        node.put("agency", c.slug());
        node.put("name", s.name());
        node.put("description", s.description());
        node.put("mode", s.serviceMode().wireName());
        // Whether a counter can use it now: the connector is live and, for a payment, its flow is set up.
        node.put("available", c.state() == ConnectorState.AVAILABLE
                && (s.serviceMode() != ServiceMode.PAYMENT || s.payment() != null));
        node.set("sla", s.sla());
        node.set("requirements", json.valueToTree(s.requirements()));
        node.set("fee", s.fee());
        if (s.validity() != null) {
            node.put("validity", s.validity());
        }
        node.put("path", "/api/v1/agencies/" + c.slug() + "/services/" + s.id());
        node.set("input", s.input());
        node.set("example", s.example());
        return node;
    }

    private void addStateReason(ObjectNode node, Connector c) {
        switch (c.state()) {
            case NOT_ENABLED -> node.put("stateReason", c.descriptor().disabledReason() == null
                    ? "Connector not yet enabled" : c.descriptor().disabledReason());
            case INVALID -> {
                node.put("stateReason", "Connector disabled by a configuration error in its files; "
                        + "the agency's IT team and the integrators mend them and reload the connector");
                node.set("problems", json.valueToTree(c.problems()));
            }
            default -> {
            }
        }
    }

    private Connector knownAgency(String agency) {
        return knownAgency(registry, agency);
    }

    /**
     * The connector of an agency in the catalogue: 404 for an unknown one, 503 for one whose
     * descriptor cannot even be read. Shared by the catalogue and the service calls.
     */
    static Connector knownAgency(ConnectorRegistry registry, String agency) {
        Connector c = ServiceCallApi.validSlug(agency) ? registry.find(agency).orElse(null) : null;
        if (c == null) {
            throw new HubProblem(ProblemType.UNKNOWN_AGENCY, "No agency '" + safe(agency)
                    + "' in the catalogue; GET /api/v1/agencies lists them",
                    List.of(new FieldError("agency", "unknown agency")), null, Map.of());
        }
        if (c.descriptor() == null) {
            throw invalidConnector(c);
        }
        return c;
    }

    static HubProblem invalidConnector(Connector connector) {
        return new HubProblem(ProblemType.CONNECTOR_INVALID, connector.displayName()
                + ": the connector is disabled by a configuration error; integrators see the details in the hub's log",
                List.of(), 300, Map.of("agency", connector.slug()));
    }

    static HubProblem unknownService(Connector c, String service) {
        return new HubProblem(ProblemType.UNKNOWN_SERVICE, c.displayName() + " has no service '" + safe(service)
                + "'; GET /api/v1/agencies/" + c.slug() + "/services lists them",
                List.of(new FieldError("service", "unknown service")), null, Map.of());
    }

    /** An id echoed in a message only when it is a harmless slug. */
    static String safe(String id) {
        return ServiceCallApi.validSlug(id) ? id : "(invalid id)";
    }
}
