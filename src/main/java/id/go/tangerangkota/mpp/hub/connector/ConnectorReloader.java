package id.go.tangerangkota.mpp.hub.connector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads one connector from its files while the hub runs: the other agencies are not touched, and
 * the agency's queued applications stay in its queue and go out through the new routes.
 *
 * <p>A reload whose files are broken is refused and the running version keeps serving, as a web
 * server keeps its configuration when the new one does not parse: an agency team's typo must not
 * close the agency's counter. The refusal names every problem. A connector that was not serving
 * (new, not enabled, or already broken) takes the new files as they are.
 */
public class ConnectorReloader {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorReloader.class);

    private final ConnectorRegistry registry;
    private final ConnectorLoader loader;
    private final ConnectorRoutes routes;
    private final CamelContext camel;

    public ConnectorReloader(ConnectorRegistry registry, ConnectorLoader loader, ConnectorRoutes routes,
            CamelContext camel) {
        this.registry = registry;
        this.loader = loader;
        this.routes = routes;
        this.camel = camel;
    }

    /**
     * What a reload did.
     *
     * @param connector the connector now in the registry
     * @param applied   whether the new files are in service (false: refused, the old version serves)
     * @param problems  what is wrong with the new files
     */
    public record Outcome(Connector connector, boolean applied, List<ConnectorProblem> problems) {
    }

    /**
     * Reloads the connector in folder {@code slug}; one reload at a time.
     *
     * @throws IllegalArgumentException when there is no such connector folder
     */
    public synchronized Outcome reload(String slug) {
        if (!registry.discover().contains(slug)) {
            throw new IllegalArgumentException("no connector folder " + slug);
        }
        Connector fresh = loader.load(slug);
        Connector running = registry.find(slug).orElse(null);
        boolean serving = running != null && running.state() == ConnectorState.AVAILABLE;
        if (fresh.state() == ConnectorState.INVALID && serving) {
            LOG.error("Reload of connector {} refused, the running version keeps serving:\n  {}", slug,
                    String.join("\n  ", fresh.problems().stream().map(ConnectorProblem::toString).toList()));
            return new Outcome(running, false, fresh.problems());
        }
        routes.stop(camel, slug);
        forgetMappings(running, fresh);
        // Starting the routes puts the queue settings on the broker first (ConnectorRoutes' DeliveryGate).
        registry.put(fresh);
        if (fresh.state() == ConnectorState.AVAILABLE && !routes.start(camel, fresh)) {
            List<ConnectorProblem> problems = registry.find(slug).orElseThrow().problems();
            if (serving) {
                // The new routes would not start: put the old version back in service.
                registry.put(running);
                routes.start(camel, running);
                return new Outcome(running, false, problems);
            }
            return new Outcome(registry.find(slug).orElseThrow(), false, problems);
        }
        LOG.info("Connector {} reloaded: {}", slug, fresh.state());
        return new Outcome(fresh, fresh.state() != ConnectorState.INVALID, fresh.problems());
    }

    /**
     * Drops Camel's cached mapping endpoints of the connector (they hold the compiled mapping), so
     * the new routes compile the files as they are now.
     */
    private void forgetMappings(Connector... versions) {
        Set<String> files = new HashSet<>();
        for (Connector c : versions) {
            files.addAll(ConnectorRoutes.mappingFiles(c));
        }
        for (Endpoint endpoint : List.copyOf(camel.getEndpoints())) {
            String uri = endpoint.getEndpointUri();
            if (files.stream().anyMatch(uri::contains)) {
                try {
                    camel.removeEndpoint(endpoint);
                } catch (Exception e) {
                    LOG.warn("Mapping endpoint {} could not be removed: {}", uri, e.getMessage());
                }
            }
        }
    }
}
