package id.go.tangerangkota.mpp.hub.connector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The connectors the hub knows, by agency slug: every folder under {@code connectors/} that holds a
 * {@code connector.yaml} (folders starting with '_' are templates, not agencies). A reload replaces
 * one entry; readers always see a whole connector, old or new, never half of each.
 */
public class ConnectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final Map<String, Connector> bySlug = new ConcurrentHashMap<>();
    private final ResourcePatternResolver resolver;
    private final ConnectorLocations locations;
    private final String only;

    public ConnectorRegistry(ConnectorLoader loader, ResourcePatternResolver resolver, ConnectorLocations locations) {
        this(loader, resolver, locations, "");
    }

    /**
     * @param only the one connector to load (the connector kit's conformance run), or empty for all
     */
    public ConnectorRegistry(ConnectorLoader loader, ResourcePatternResolver resolver, ConnectorLocations locations,
            String only) {
        this.resolver = resolver;
        this.locations = locations;
        this.only = only == null ? "" : only;
        for (String slug : discover()) {
            put(loader.load(slug));
        }
    }

    /** The slugs of the connector folders present now. */
    public TreeSet<String> discover() {
        TreeSet<String> slugs = new TreeSet<>();
        try {
            for (Resource r : resolver.getResources(locations.descriptorPattern())) {
                String[] parts = r.getURL().toString().split("/");
                String folder = parts[parts.length - 2];
                if (!folder.startsWith("_") && (only.isEmpty() || only.equals(folder))) {
                    slugs.add(folder);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list connectors under " + locations.connectors(), e);
        }
        return slugs;
    }

    /** Adds a connector, or replaces the one of the same slug, and says so in the log. */
    public void put(Connector connector) {
        bySlug.put(connector.slug(), connector);
        switch (connector.state()) {
            case AVAILABLE -> LOG.info("Connector {} loaded from {}", connector.slug(), connector.source());
            case NOT_ENABLED -> LOG.info("Connector {} is in the catalogue but not enabled", connector.slug());
            case INVALID -> LOG.error("Connector {} is DISABLED by errors in its files:\n  {}", connector.slug(),
                    String.join("\n  ", connector.problems().stream().map(ConnectorProblem::toString).toList()));
        }
    }

    /** All connectors, ordered by the name people know the agency by. */
    public List<Connector> all() {
        List<Connector> all = new ArrayList<>(bySlug.values());
        all.sort(Comparator.comparing(c -> c.displayName().toLowerCase()));
        return all;
    }

    public Optional<Connector> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /**
     * Takes a connector out of service after it loaded (its routes would not start), keeping it in
     * the catalogue with the reason.
     */
    public void markInvalid(String slug, ConnectorProblem problem) {
        bySlug.computeIfPresent(slug, (s, c) -> {
            List<ConnectorProblem> problems = new ArrayList<>(c.problems());
            problems.add(problem);
            return Connector.invalid(s, c.source(), c.descriptor(), problems);
        });
        LOG.error("Connector {} is DISABLED: {}", slug, problem);
    }

    /** Connectors whose routes run. */
    public List<Connector> available() {
        return bySlug.values().stream().filter(c -> c.state() == ConnectorState.AVAILABLE).toList();
    }
}
