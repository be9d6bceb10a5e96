package id.go.tangerangkota.mpp.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how much a benchmark runs: the quick mode proves the harness works in a few minutes;
 * the full mode is the one whose figures are published.
 *
 * @param name          "quick" or "full"
 * @param connections   keep-alive connections per run (the 64)
 * @param hubWarmUp     load per scenario through the hub before anything is measured, so the JIT
 *                      has compiled the paths the runs take (the hub runs far more code per call than
 *                      a back end, and on two cores its compiler needs minutes, not seconds)
 * @param directWarmUp  the same for the direct calls (the sandbox and nginx need little)
 * @param warmUp        the discarded start of each run
 * @param window        each run's measured window
 * @param delaysMs      the back ends' answer delays to run at
 * @param constantShare the constant rate of the latency runs as a share of the slowest target's
 *                      maximum throughput, so every target is measured at the same load, below its
 *                      limit; 0 for no constant-rate runs
 * @param drainTimeout  longest wait for the hub to deliver every accepted application
 * @param profileWindow how long each scenario runs through the hub under JFR, or zero for no profile
 */
public record BenchPlan(String name, int connections, Duration hubWarmUp, Duration directWarmUp, Duration warmUp,
        Duration window,
        List<Integer> delaysMs, double constantShare, Duration drainTimeout, Duration profileWindow) {

    /**
     * About two minutes of load, to see the harness work: every scenario, target and delay at
     * maximum rate in short windows, no constant-rate runs, a hub barely warmed up (its figures are
     * lower than the full run's).
     */
    public static BenchPlan quick() {
        return new BenchPlan("quick", 64, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMillis(500),
                Duration.ofSeconds(2), List.of(0, 30), 0, Duration.ofSeconds(60), Duration.ZERO);
    }

    /**
     * The published run: about twenty-one minutes, with a JFR profile of the hub at 0 ms. The hub's
     * warm-ups all come before the first measured run, about six minutes in all: on two cores its JIT
     * needed about 3.5 minutes of full load on one scenario to settle (bench/README.md).
     */
    public static BenchPlan full() {
        return new BenchPlan("full", 64, Duration.ofSeconds(70), Duration.ofSeconds(5), Duration.ofSeconds(3),
                Duration.ofSeconds(10), List.of(0, 30), 0.5, Duration.ofSeconds(180), Duration.ofSeconds(15));
    }

    /** The plan of this name. */
    public static BenchPlan named(String name) {
        return switch (name) {
            case "quick" -> quick();
            case "full" -> full();
            default -> throw new IllegalArgumentException("mode must be quick or full, was " + name);
        };
    }
}
