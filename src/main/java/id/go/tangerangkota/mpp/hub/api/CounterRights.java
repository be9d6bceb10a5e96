package id.go.tangerangkota.mpp.hub.api;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.security.AccessRights;
import id.go.tangerangkota.mpp.hub.security.ApiClient;
import id.go.tangerangkota.mpp.hub.security.Role;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The first step of a service call: is the agency and service in the catalogue (404 otherwise), and
 * may this counter call it ({@link AccessRights}; 403 otherwise). It runs before the body is read, so
 * a counter without the right learns nothing about what the service would accept.
 */
public class CounterRights {

    private final ConnectorRegistry registry;
    private final AccessRights rights;

    public CounterRights(ConnectorRegistry registry, AccessRights rights) {
        this.registry = registry;
        this.rights = rights;
    }

    public void check(Exchange exchange) {
        Message in = exchange.getMessage();
        String agency = in.getHeader("agency", String.class);
        String service = in.getHeader("service", String.class);
        Connector connector = CatalogueApi.knownAgency(registry, agency);
        if (!ServiceCallApi.validSlug(service) || connector.service(service).isEmpty()) {
            throw CatalogueApi.unknownService(connector, service);
        }
        ApiClient client = new ApiClient(in.getHeader(HttpCall.CLIENT_ID_HEADER, String.class), Role.COUNTER,
                in.getHeader(HttpCall.CLIENT_SITE_HEADER, String.class), "");
        if (!rights.allows(client, connector.slug(), service)) {
            throw new HubProblem(ProblemType.FORBIDDEN, "Counters of site " + client.site() + " may not call "
                    + connector.slug() + "/" + service + "; the hub's administrators grant access rights");
        }
    }
}
