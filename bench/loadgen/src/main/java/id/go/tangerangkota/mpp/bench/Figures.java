package id.go.tangerangkota.mpp.bench;

import java.util.List;
import java.util.Optional;

/**
 * Looks up runs among a benchmark's measurements: the maximum-rate and constant-rate run of one
 * scenario, delay and target, and the ratios the issue asks for.
 */
final class Figures {

    private final List<Measurement> measurements;

    Figures(List<Measurement> measurements) {
        this.measurements = measurements;
    }

    Optional<Measurement> maxRate(String scenario, int delay, Target target) {
        return measurements.stream().filter(m -> m.scenario().equals(scenario) && m.delayMs() == delay
                && m.target() == target && m.shape().maxRate()).findFirst();
    }

    Optional<Measurement> constantRate(String scenario, int delay, Target target) {
        return measurements.stream().filter(m -> m.scenario().equals(scenario) && m.delayMs() == delay
                && m.target() == target && !m.shape().maxRate()).findFirst();
    }

    /** Maximum throughput of {@code target} over that of {@code base}; NaN when either is missing. */
    double throughputRatio(String scenario, int delay, Target target, Target base) {
        Optional<Measurement> of = maxRate(scenario, delay, target);
        Optional<Measurement> to = maxRate(scenario, delay, base);
        if (of.isEmpty() || to.isEmpty() || to.get().result().throughput() == 0) {
            return Double.NaN;
        }
        return of.get().result().throughput() / to.get().result().throughput();
    }

    /** The hub's latency at the constant rate minus the direct call's, at a percentile, in ms. */
    double addedLatencyMs(String scenario, int delay, double percentile) {
        Optional<Measurement> hub = constantRate(scenario, delay, Target.HUB);
        Optional<Measurement> direct = constantRate(scenario, delay, Target.DIRECT);
        if (hub.isEmpty() || direct.isEmpty()) {
            return Double.NaN;
        }
        return hub.get().result().percentileMs(percentile) - direct.get().result().percentileMs(percentile);
    }
}
