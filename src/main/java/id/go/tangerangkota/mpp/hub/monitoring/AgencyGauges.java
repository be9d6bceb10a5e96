package id.go.tangerangkota.mpp.hub.monitoring;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The per-agency gauges on {@code /actuator/prometheus}, read from the monitor's last sample:
 * queue depth, dead letters, held, in flight, age of the oldest waiting request, overdue requests,
 * and the agency's state and circuit state as one series per state (1 for the current one, 0 for the
 * others), so an alert can say "open for 5 minutes". An agency's gauges appear with its first sample.
 */
public class AgencyGauges implements AgencyMonitor.SampleListener {

    /** The circuit states a series exists for (lower case, as labels). */
    static final Set<String> CIRCUIT_STATES = Set.of("closed", "open", "half_open", "disabled", "forced_open");

    private final MeterRegistry meters;
    private final Map<String, AgencySample> latest = new ConcurrentHashMap<>();

    public AgencyGauges(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void sampled(String agency, AgencySample sample) {
        if (latest.put(agency, sample) == null) {
            register(agency);
        }
    }

    private void register(String agency) {
        gauge("mpp.agency.queue.depth", "Applications waiting in the agency's queue", agency,
                s -> s.queueDepth() < 0 ? Double.NaN : s.queueDepth());
        gauge("mpp.agency.dead.letters", "Messages in the agency's dead-letter queue", agency,
                s -> s.deadLetters() < 0 ? Double.NaN : s.deadLetters());
        gauge("mpp.agency.held", "The agency's requests waiting HELD", agency, AgencySample::held);
        gauge("mpp.agency.in.flight", "Calls to the agency under way", agency, AgencySample::inFlight);
        gauge("mpp.agency.queue.oldest.seconds", "Age of the agency's oldest waiting (QUEUED or HELD) request",
                agency, AgencySample::oldestWaitingSeconds);
        gauge("mpp.sla.overdue", "The agency's open requests past their SLA due time", agency, AgencySample::overdue);
        for (AgencyState state : AgencyState.values()) {
            Gauge.builder("mpp.agency.state", latest, m -> is(m.get(agency), state))
                    .description("1 for the agency's current state")
                    .tag("agency", agency).tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true).register(meters);
        }
        for (String circuit : CIRCUIT_STATES) {
            Gauge.builder("mpp.agency.circuit.state", latest, m -> isCircuit(m.get(agency), circuit))
                    .description("1 for the current state of the agency's circuit breaker")
                    .tag("agency", agency).tag("state", circuit)
                    .strongReference(true).register(meters);
        }
    }

    private void gauge(String name, String description, String agency, ToDoubleFunction<AgencySample> value) {
        Gauge.builder(name, latest, m -> {
            AgencySample s = m.get(agency);
            return s == null ? Double.NaN : value.applyAsDouble(s);
        }).description(description).tag("agency", agency).strongReference(true).register(meters);
    }

    private static double is(AgencySample sample, AgencyState state) {
        return sample != null && sample.state() == state ? 1 : 0;
    }

    private static double isCircuit(AgencySample sample, String circuit) {
        return sample != null && sample.circuit() != null
                && sample.circuit().toLowerCase(Locale.ROOT).equals(circuit) ? 1 : 0;
    }
}
