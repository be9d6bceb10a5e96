package id.go.tangerangkota.mpp.hub.connector;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the available connectors into running routes, from the templates in
 * {@code routes/flows/}: one {@code call-<slug>-<service>} route per service (template
 * {@code agency-call}, which hands the call to the connector's protocol kamelet) and one
 * {@code deliver-<slug>} route per agency that takes applications (template
 * {@code agency-delivery}). Runs once Camel has loaded the YAML templates.
 */
public class ConnectorRoutes implements CamelContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRoutes.class);

    private final ConnectorRegistry registry;
    private final ConnectorLocations locations;
    private final boolean deliveryEnabled;

    public ConnectorRoutes(ConnectorRegistry registry, ConnectorLocations locations, boolean deliveryEnabled) {
        this.registry = registry;
        this.locations = locations;
        this.deliveryEnabled = deliveryEnabled;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // templates are not loaded yet
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (Connector connector : registry.available()) {
            try {
                addRoutes(camelContext, connector);
            } catch (Exception e) {
                // One agency's broken routes must not take the others down.
                LOG.error("Routes of connector {} could not be started: {}", connector.slug(), e.getMessage(), e);
            }
        }
    }

    private void addRoutes(CamelContext camel, Connector connector) throws Exception {
        ConnectorDescriptor d = connector.descriptor();
        boolean takesApplications = false;
        for (ConnectorDescriptor.Service service : d.services()) {
            String routeId = "call-" + connector.slug() + "-" + service.id();
            camel.addRouteFromTemplate(routeId, "agency-call", Map.of(
                    "slug", connector.slug(),
                    "service", service.id(),
                    "agencyName", connector.displayName(),
                    "kameletUri", kameletUri(connector, service)));
            takesApplications |= service.serviceMode() == ServiceMode.APPLICATION;
        }
        if (takesApplications) {
            camel.addRouteFromTemplate("deliver-" + connector.slug(), "agency-delivery", Map.of(
                    "slug", connector.slug(),
                    "concurrency", d.delivery() == null
                            ? ConnectorDescriptor.Delivery.DEFAULTS.concurrency()
                            : d.delivery().withDefaults().concurrency(),
                    "autoStartup", deliveryEnabled));
        }
    }

    /** The kamelet endpoint of one service; RAW() keeps URLs and paths exactly as written. */
    private String kameletUri(Connector connector, ConnectorDescriptor.Service service) {
        ConnectorDescriptor d = connector.descriptor();
        int timeout = d.resilience() == null ? 5000 : d.resilience().timeoutOrDefault();
        return "kamelet:" + d.protocol()
                + "?endpoint=RAW(" + connector.endpoint() + ")"
                + "&method=" + service.call().method()
                + "&path=RAW(" + service.call().path() + ")"
                + "&requestMapping=RAW(" + locations.mapping(service.mapping().request()) + ")"
                + "&responseMapping=RAW(" + locations.mapping(service.mapping().response()) + ")"
                + "&timeoutMs=" + timeout;
    }
}
