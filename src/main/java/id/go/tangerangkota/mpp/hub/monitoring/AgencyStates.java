package id.go.tangerangkota.mpp.hub.monitoring;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuard;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.resilience.OfficeHours;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Works out each agency's {@link AgencyState} from what the hub already knows: the connector's
 * state, its circuit breaker and its back office's hours. A failing agency shows DOWN before its
 * closed office does: the first is what someone must act on.
 */
public class AgencyStates {

    private final AgencyGuards guards;
    private final OfficeHours officeHours;

    public AgencyStates(AgencyGuards guards, OfficeHours officeHours) {
        this.guards = guards;
        this.officeHours = officeHours;
    }

    /** The agency's state now. */
    public AgencyState of(Connector connector) {
        if (connector.state() != ConnectorState.AVAILABLE) {
            return AgencyState.DISABLED;
        }
        AgencyGuard guard = guards.of(connector.slug());
        CircuitBreaker circuit = guard.circuit();
        switch (circuit.getState()) {
            case OPEN, FORCED_OPEN -> {
                return AgencyState.DOWN;
            }
            case HALF_OPEN -> {
                return AgencyState.DEGRADED;
            }
            default -> {
            }
        }
        if (officeHours.closedUntil(connector).isPresent()) {
            return AgencyState.CLOSED;
        }
        return troubled(circuit) ? AgencyState.DEGRADED : AgencyState.UP;
    }

    /**
     * Whether, over the circuit's last calls (once it has enough of them to judge), failures or slow
     * calls reach half the rate that would open it.
     */
    private static boolean troubled(CircuitBreaker circuit) {
        CircuitBreaker.Metrics metrics = circuit.getMetrics();
        float failures = metrics.getFailureRate();
        float slow = metrics.getSlowCallRate();
        // Both rates are -1 until the circuit has seen its minimum number of calls.
        return failures >= circuit.getCircuitBreakerConfig().getFailureRateThreshold() / 2
                || slow >= circuit.getCircuitBreakerConfig().getSlowCallRateThreshold() / 2;
    }
}
