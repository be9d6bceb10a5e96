package id.go.tangerangkota.mpp.hub.connector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTlsContexts;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.component.ResourceEndpoint;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the available connectors into running routes, from the templates in
 * {@code routes/flows/}: one {@code call-<slug>-<service>} route per service (template
 * {@code agency-call}, which hands the call to the connector's protocol kamelet), one per internal
 * operation likewise, and one
 * {@code deliver-<slug>} route per agency that takes applications (template
 * {@code agency-delivery}). Runs once Camel has loaded the YAML templates.
 */
public class ConnectorRoutes implements CamelContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorRegistry registry;
    private final ConnectorLocations locations;
    private final boolean deliveryEnabled;
    private final DeliveryGate gate;
    private final AgencyTlsContexts tlsContexts;

    public ConnectorRoutes(ConnectorRegistry registry, ConnectorLocations locations, boolean deliveryEnabled,
            DeliveryGate gate) {
        this(registry, locations, deliveryEnabled, gate, new AgencyTlsContexts());
    }

    /**
     * @param tlsContexts where the TLS set-up of each connector with a {@code tls} section is bound
     *                    while its routes run
     */
    public ConnectorRoutes(ConnectorRegistry registry, ConnectorLocations locations, boolean deliveryEnabled,
            DeliveryGate gate, AgencyTlsContexts tlsContexts) {
        this.registry = registry;
        this.locations = locations;
        this.deliveryEnabled = deliveryEnabled;
        this.gate = gate;
        this.tlsContexts = tlsContexts;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // templates are not loaded yet
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (Connector connector : registry.available()) {
            start(camelContext, connector);
        }
    }

    /**
     * Starts the routes of one available connector. When they cannot start, the connector is taken
     * out of service (not left "available" with no route behind it) and the others are untouched.
     *
     * @return whether the routes run
     */
    public boolean start(CamelContext camel, Connector connector) {
        try {
            addRoutes(camel, connector);
            pinMappings(camel, connector);
            return true;
        } catch (Exception e) {
            LOG.error("Routes of connector {} could not be started", connector.slug(), e);
            stop(camel, connector.slug());
            registry.markInvalid(connector.slug(), new ConnectorProblem(connector.source(), "",
                    "its routes could not be started (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "check the call and mapping settings; the hub log has the details"));
            return false;
        }
    }

    /**
     * The agency whose connector a route belongs to ({@code deliver-<slug>}, {@code call-<slug>-<service>}),
     * if it is one of these agencies' routes.
     */
    public static Optional<String> agencyOf(String routeId, Collection<String> slugs) {
        String best = null;
        for (String slug : slugs) {
            boolean match = routeId.equals("deliver-" + slug) || routeId.startsWith("call-" + slug + "-");
            // "call-bpjs-kesehatan-x" also starts with "call-bpjs-": the longest slug wins.
            if (match && (best == null || slug.length() > best.length())) {
                best = slug;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Stops and removes the routes of one connector. The delivery route stops gracefully: the
     * applications it is delivering finish (or roll back to the queue); the queue keeps the rest.
     */
    public void stop(CamelContext camel, String slug) {
        // The delivery route first: its in-flight applications still need the call routes to finish.
        List<String> ids = new ArrayList<>();
        ids.add("deliver-" + slug);
        camel.getRoutes().stream().map(Route::getRouteId).filter(id -> id.startsWith("call-" + slug + "-"))
                .forEach(ids::add);
        for (String id : ids) {
            if (camel.getRoute(id) == null) {
                continue;
            }
            try {
                camel.getRouteController().stopRoute(id);
                camel.removeRoute(id);
            } catch (Exception e) {
                LOG.warn("Route {} could not be removed: {}", id, e.getMessage());
            }
        }
        tlsContexts.release(camel, slug);
    }

    /**
     * Reads every mapping of the connector into its endpoint's content cache now. Camel reads a
     * mapping file at its first use; pinned here, the routes run the files as they were when the
     * connector was loaded (and checked), and a file changed on disk takes effect only through a
     * reload, which checks it first.
     */
    private static void pinMappings(CamelContext camel, Connector connector) throws IOException {
        Set<String> files = mappingFiles(connector);
        for (Endpoint endpoint : List.copyOf(camel.getEndpoints())) {
            if (endpoint instanceof ResourceEndpoint resource && resource.isContentCache()
                    && files.stream().anyMatch(endpoint.getEndpointUri()::contains)) {
                resource.getResourceAsInputStream().close();
            }
        }
    }

    /** The mapping files (as the descriptor names them) of a connector's services and operations. */
    static Set<String> mappingFiles(Connector connector) {
        Set<String> files = new HashSet<>();
        if (connector == null || connector.descriptor() == null) {
            return files;
        }
        ConnectorDescriptor d = connector.descriptor();
        Stream.concat(d.services().stream().map(ConnectorDescriptor.Service::mapping),
                        d.operationsOrEmpty().stream().map(ConnectorDescriptor.Operation::mapping))
                .filter(Objects::nonNull)
                .forEach(m -> files.addAll(List.of(m.request(), m.response())));
        return files;
    }

    private void addRoutes(CamelContext camel, Connector connector) throws Exception {
        ConnectorDescriptor d = connector.descriptor();
        // The agency's own SSL context, named on each of its HTTP endpoints; none for the others.
        String tls = connector.tls() == null ? null : tlsContexts.bind(camel, connector.slug(), connector.tls());
        boolean takesApplications = false;
        for (ConnectorDescriptor.Service service : d.services()) {
            if (service.call() != null) {
                addCallRoute(camel, connector, service.id(), service.call(), service.mapping(), tls);
            }
            takesApplications |= service.serviceMode() == ServiceMode.APPLICATION;
        }
        for (ConnectorDescriptor.Operation operation : d.operationsOrEmpty()) {
            addCallRoute(camel, connector, operation.id(), operation.call(), operation.mapping(), tls);
        }
        if (takesApplications) {
            ConnectorDescriptor.Delivery delivery = d.delivery() == null
                    ? ConnectorDescriptor.Delivery.DEFAULTS : d.delivery().withDefaults();
            // With deliveries switched off the gate is not asked: nothing may start the route.
            boolean startNow = deliveryEnabled && gate.admit(connector);
            camel.addRouteFromTemplate("deliver-" + connector.slug(), "agency-delivery", Map.of(
                    "slug", connector.slug(),
                    "concurrency", delivery.concurrency(),
                    "autoStartup", startNow));
            if (deliveryEnabled) {
                gate.added(connector);
            }
        }
    }

    /** Route {@code call-<slug>-<id>} for one service or internal operation. */
    private void addCallRoute(CamelContext camel, Connector connector, String id, ConnectorDescriptor.Call call,
            ConnectorDescriptor.Mapping mapping, String tls) throws Exception {
        camel.addRouteFromTemplate("call-" + connector.slug() + "-" + id, "agency-call", Map.of(
                "slug", connector.slug(),
                "service", id,
                "agencyName", connector.displayName(),
                "callHeaders", JSON.writeValueAsString(call.headers() == null ? Map.of() : call.headers()),
                "kameletUri", kameletUri(connector, call, mapping, tls)));
    }

    /**
     * The kamelet endpoint of one call: the connector's endpoint, time limit and mappings, and the
     * call's method, path and operation where given, and the agency's SSL context reference when it
     * has a tls section. RAW() keeps URLs and paths exactly as written.
     */
    private String kameletUri(Connector connector, ConnectorDescriptor.Call call, ConnectorDescriptor.Mapping mapping,
            String tls) {
        ConnectorDescriptor d = connector.descriptor();
        int timeout = d.resilience() == null ? ConnectorDescriptor.Resilience.DEFAULT_TIMEOUT_MS
                : d.resilience().timeoutOrDefault();
        StringBuilder uri = new StringBuilder("kamelet:").append(call.protocolOr(d.protocol()))
                .append("?endpoint=RAW(").append(connector.endpointOf(call)).append(')')
                .append("&requestMapping=RAW(").append(locations.mapping(mapping.request())).append(')')
                .append("&responseMapping=RAW(").append(locations.mapping(mapping.response())).append(')')
                .append("&timeoutMs=").append(timeout);
        if (call.method() != null) {
            uri.append("&method=").append(call.method());
        }
        if (call.path() != null) {
            uri.append("&path=RAW(").append(call.path()).append(')');
        }
        if (call.operation() != null) {
            uri.append("&operation=RAW(").append(call.operation()).append(')');
        }
        if (tls != null) {
            uri.append("&sslContextParameters=RAW(").append(tls).append(')');
        }
        return uri.toString();
    }
}
