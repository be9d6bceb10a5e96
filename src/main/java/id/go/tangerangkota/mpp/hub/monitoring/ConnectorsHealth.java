package id.go.tangerangkota.mpp.hub.monitoring;

import java.util.Iterator;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;

/**
 * The {@code connectors} component of the health endpoint: one component per agency, named by its
 * slug, with its {@link AgencyState} as status. The readiness group leaves it out: the hub is ready
 * to take counters' calls whatever an agency's state.
 */
public class ConnectorsHealth implements CompositeHealthContributor {

    private static final Map<AgencyState, Status> STATUS = Map.of(
            AgencyState.UP, Status.UP,
            AgencyState.DEGRADED, new Status("DEGRADED",
                    "answering, but its circuit lets trial calls through or many calls fail or are slow"),
            AgencyState.DOWN, Status.DOWN,
            AgencyState.CLOSED, new Status("CLOSED", "its back office is closed; applications wait HELD"),
            AgencyState.DISABLED, new Status("DISABLED", "its connector is not in service"));

    private final ConnectorRegistry registry;
    private final AgencyStates states;

    public ConnectorsHealth(ConnectorRegistry registry, AgencyStates states) {
        this.registry = registry;
        this.states = states;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return registry.find(name).map(this::indicator).orElse(null);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return registry.all().stream()
                .map(c -> NamedContributor.of(c.slug(), (HealthContributor) indicator(c)))
                .iterator();
    }

    private HealthIndicator indicator(Connector connector) {
        return () -> Health.status(STATUS.get(states.of(connector)))
                .withDetail("agency", connector.displayName())
                .build();
    }
}
