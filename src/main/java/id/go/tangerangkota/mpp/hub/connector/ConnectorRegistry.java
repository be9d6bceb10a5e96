package id.go.tangerangkota.mpp.hub.connector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The connectors the hub knows, by agency slug: every folder under {@code connectors/} that holds a
 * {@code connector.yaml} (folders starting with '_' are templates, not agencies).
 */
public class ConnectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final Map<String, Connector> bySlug = new java.util.concurrent.ConcurrentHashMap<>();

    public ConnectorRegistry(ConnectorLoader loader, ResourcePatternResolver resolver, ConnectorLocations locations) {
        for (String slug : discover(resolver, locations)) {
            Connector connector = loader.load(slug);
            bySlug.put(slug, connector);
            switch (connector.state()) {
                case AVAILABLE -> LOG.info("Connector {} loaded from {}", slug, connector.source());
                case NOT_ENABLED -> LOG.info("Connector {} is in the catalogue but not enabled", slug);
                case INVALID -> LOG.error("Connector {} is DISABLED by errors in its files:\n  {}", slug,
                        String.join("\n  ", connector.problems()));
            }
        }
    }

    private static TreeSet<String> discover(ResourcePatternResolver resolver, ConnectorLocations locations) {
        TreeSet<String> slugs = new TreeSet<>();
        try {
            for (Resource r : resolver.getResources(locations.descriptorPattern())) {
                String[] parts = r.getURL().toString().split("/");
                String folder = parts[parts.length - 2];
                if (!folder.startsWith("_")) {
                    slugs.add(folder);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot list connectors under " + locations.connectors(), e);
        }
        return slugs;
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
    public void markInvalid(String slug, String problem) {
        bySlug.computeIfPresent(slug, (s, c) -> {
            java.util.List<String> problems = new java.util.ArrayList<>(c.problems());
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
