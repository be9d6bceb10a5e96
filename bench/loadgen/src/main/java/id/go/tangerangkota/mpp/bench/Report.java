package id.go.tangerangkota.mpp.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's results as Markdown (the published file) and as a plain table for the console:
 * ratios against the direct call and nginx, the latency the hub adds, the application scenario's
 * deliveries, every run's figures, and the JFR profile's hottest frames. Targets are reported, not
 * asserted.
 */
final class Report {

    private static final double MIB = 1024.0 * 1024.0;
    private static final int TARGET_DELAY_MS = 30;
    private static final List<String> TARGETED = List.of("nik-lookup", "pkb-inquiry", "vclaim-peserta");

    private final BenchPlan plan;
    private final List<Scenario> scenarios;
    private final List<Measurement> measurements;
    private final List<Delivery> deliveries;
    private final Map<String, JfrProfile> profiles;
    private final long startupMs;
    private final long hubPeakRss;
    private final long sandboxPeakRss;
    private final String machine;
    private final String setup;
    private final Duration elapsed;
    private final Figures figures;

    Report(BenchPlan plan, List<Scenario> scenarios, List<Measurement> measurements, List<Delivery> deliveries,
            Map<String, JfrProfile> profiles, long startupMs, long hubPeakRss, long sandboxPeakRss, String machine,
            String setup, Duration elapsed) {
        this.plan = plan;
        this.scenarios = scenarios;
        this.measurements = measurements;
        this.deliveries = deliveries;
        this.profiles = profiles;
        this.startupMs = startupMs;
        this.hubPeakRss = hubPeakRss;
        this.sandboxPeakRss = sandboxPeakRss;
        this.machine = machine;
        this.setup = setup;
        this.elapsed = elapsed;
        this.figures = new Figures(measurements);
    }

    /** Runs in which not one call succeeded: the harness, not the hub, is then broken. */
    long brokenRuns() {
        return measurements.stream().filter(m -> m.result().operations() == 0).count();
    }

    String markdown(String chartFile) {
        StringBuilder md = new StringBuilder();
        md.append("# MPP hub benchmark, ").append(LocalDate.now()).append(" (").append(plan.name()).append(" run)\n\n");
        md.append("Made by `bench/run").append(plan.name().equals("quick") ? " --quick" : "").append("`; every figure"
                + " below comes from this one run on this one machine. Ratios compare the hub with a direct call to the"
                + " same sandbox back end and with nginx as a plain reverse proxy in front of it. Targets are reported,"
                + " not asserted. How the harness works: [bench/README.md](../README.md).\n\n");
        md.append("## Machine and set-up\n\n").append(machine.strip()).append("\n\n").append(setup.strip()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Load: %d keep-alive connections per run. Before the first run, a warm-up"
                + " of %s per scenario through the hub and %s directly; then per run a discarded warm-up of %s and a"
                + " measured window of %s. Maximum rate: each connection sends again as soon as it has its answer. %s"
                + " Whole run: %s.%n%n", plan.connections(), plan.hubWarmUp(), plan.directWarmUp(), plan.warmUp(),
                plan.window(), plan.constantShare() > 0 ? String.format(Locale.ROOT, "Constant rate: %.0f %% of the"
                        + " slowest target's maximum, the same rate for all three, latency measured from when each"
                        + " request was due.", plan.constantShare() * 100)
                        : "No constant-rate runs in this mode, so no added latency.", humane(elapsed)));
        md.append("## Targets\n\n").append(targets()).append('\n');
        md.append("![Throughput relative to the direct call](").append(chartFile).append(")\n\n");
        md.append("## Ratios and added latency\n\n").append(ratioTable()).append('\n');
        md.append("## Scenario 4: applications through the persistent queue\n\n").append(deliveryTable()).append('\n');
        md.append("## Every run\n\n").append(runTable()).append('\n');
        if (!profiles.isEmpty()) {
            md.append("## Profile of the hub at 0 ms (JFR)\n\n").append(profileComparison());
        }
        return md.toString();
    }

    private String targets() {
        StringBuilder md = new StringBuilder("| target | figure | met |\n|---|---|---|\n");
        for (String scenario : TARGETED) {
            double ratio = figures.throughputRatio(scenario, TARGET_DELAY_MS, Target.HUB, Target.DIRECT);
            double p50 = figures.addedLatencyMs(scenario, TARGET_DELAY_MS, 50);
            double p99 = figures.addedLatencyMs(scenario, TARGET_DELAY_MS, 99);
            md.append(String.format(Locale.ROOT, "| %s at 30 ms: hub throughput >= 0.9 of direct | %s | %s |%n",
                    scenario, fixed(ratio, 2), met(ratio >= 0.9, ratio)));
            md.append(String.format(Locale.ROOT, "| %s at 30 ms: added latency p50 <= 2 ms | %s ms | %s |%n",
                    scenario, fixed(p50, 2), met(p50 <= 2, p50)));
            md.append(String.format(Locale.ROOT, "| %s at 30 ms: added latency p99 <= 10 ms | %s ms | %s |%n",
                    scenario, fixed(p99, 2), met(p99 <= 10, p99)));
        }
        for (Delivery delivery : deliveries) {
            if (!delivery.shape().maxRate()) {
                continue;
            }
            boolean fast = delivery.acceptedPerSecond() >= 1000 && delivery.deliveredPerSecond() >= 1000;
            md.append(String.format(Locale.ROOT, "| application at %d ms: >= 1000/s accepted and delivered |"
                    + " %.0f/s accepted, %.0f/s delivered | %s |%n", delivery.delayMs(), delivery.acceptedPerSecond(),
                    delivery.deliveredPerSecond(), fast ? "yes" : "no"));
        }
        long lost = deliveries.stream().mapToLong(Delivery::lost).sum();
        long accepted = deliveries.stream().mapToLong(Delivery::accepted).sum();
        md.append(String.format(Locale.ROOT, "| application: none lost | %d of %d accepted not completed | %s |%n",
                lost, accepted, lost == 0 && accepted > 0 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| start-up to ready <= 10 s | %s s | %s |%n",
                startupMs < 0 ? "?" : fixed(startupMs / 1000.0, 1), met(startupMs >= 0 && startupMs <= 10_000, startupMs)));
        md.append(String.format(Locale.ROOT, "| hub peak RSS <= 512 MiB over the whole run (kernel high-water mark) |"
                + " %.0f MiB | %s |%n", hubPeakRss / MIB, met(hubPeakRss <= 512 * MIB, hubPeakRss)));
        md.append(String.format(Locale.ROOT, "| (for comparison) sandbox peak RSS | %.0f MiB | |%n", sandboxPeakRss / MIB));
        return md.toString();
    }

    private String ratioTable() {
        StringBuilder md = new StringBuilder("| scenario | back end | direct ops/s | nginx ops/s | hub ops/s | hub/direct"
                + " | hub/nginx | nginx/direct | constant rate | added p50 ms | added p99 ms | added p99.9 ms |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int delay : plan.delaysMs()) {
            for (Scenario scenario : scenarios) {
                String id = scenario.id();
                md.append(String.format(Locale.ROOT, "| %s | %d ms | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        id, delay, ops(id, delay, Target.DIRECT), ops(id, delay, Target.NGINX),
                        ops(id, delay, Target.HUB),
                        fixed(figures.throughputRatio(id, delay, Target.HUB, Target.DIRECT), 2),
                        fixed(figures.throughputRatio(id, delay, Target.HUB, Target.NGINX), 2),
                        fixed(figures.throughputRatio(id, delay, Target.NGINX, Target.DIRECT), 2),
                        figures.constantRate(id, delay, Target.HUB).map(m -> m.shape().label()).orElse("-"),
                        fixed(figures.addedLatencyMs(id, delay, 50), 2), fixed(figures.addedLatencyMs(id, delay, 99), 2),
                        fixed(figures.addedLatencyMs(id, delay, 99.9), 2)));
            }
        }
        return md + "\nAdded latency: the hub's latency minus the direct call's, both at the same constant rate.\n";
    }

    private String deliveryTable() {
        if (deliveries.isEmpty()) {
            return "No application runs in this benchmark.\n";
        }
        StringBuilder md = new StringBuilder("| back end | load | accepted (202) | completed | accepted/s | delivered/s"
                + " (first request to last completion) | accepted but not completed |\n|---|---|---|---|---|---|---|\n");
        for (Delivery delivery : deliveries) {
            md.append(String.format(Locale.ROOT, "| %d ms | %s | %d | %d | %.0f | %.0f | %d |%n", delivery.delayMs(),
                    delivery.shape().label(), delivery.accepted(), delivery.completed(), delivery.acceptedPerSecond(),
                    delivery.deliveredPerSecond(), delivery.lost()));
        }
        return md + "\nAccepted counts the warm-up's applications too: every 202 must end COMPLETED.\n";
    }

    private String runTable() {
        StringBuilder md = new StringBuilder("| scenario | back end | target | load | ops/s | p50 ms | p99 ms | p99.9 ms |"
                + " errors | CPU s hub | CPU s sandbox | CPU s nginx | CPU s loadgen | hub CPU ms/op | peak RSS hub MiB"
                + " | sandbox MiB | nginx MiB |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : measurements) {
            RunResult r = m.result();
            Map<String, ProcessMeter.Usage> u = m.usage();
            double hubCpu = cpu(u, "hub");
            md.append(String.format(Locale.ROOT, "| %s | %d ms | %s | %s | %.0f | %.2f | %.2f | %.2f | %d | %.1f | %.1f |"
                    + " %.1f | %.1f | %s | %.0f | %.0f | %.1f |%n", m.scenario(), m.delayMs(), m.target().label(),
                    m.shape().label(), r.throughput(), r.percentileMs(50), r.percentileMs(99), r.percentileMs(99.9),
                    r.errors(), hubCpu, cpu(u, "sandbox"), cpu(u, "nginx"), cpu(u, "loadgen"),
                    m.target() == Target.HUB && r.operations() > 0 ? fixed(hubCpu * 1000 / r.operations(), 3) : "-",
                    rss(u, "hub"), rss(u, "sandbox"), rss(u, "nginx")));
        }
        return md + "\nCPU seconds are each process's own (user + system) over the measured window; peak RSS is the"
                + " largest of samples taken every 100 ms in it. nginx counts its master and workers.\n";
    }

    /**
     * Each scenario's cost centres side by side, then the first scenario's frames in full (the NIK
     * look-up, whose profile before the fixes is in results/profile-before-nik-lookup.md).
     */
    private String profileComparison() {
        List<String> ids = List.copyOf(profiles.keySet());
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "Each scenario through the hub alone at maximum"
                + " rate for %s, under JFR (settings=profile). Share of the hub's CPU samples by cost centre: a sample"
                + " counts for the first frame from the top of its stack that belongs to a known library or to the"
                + " hub. The profile of the NIK look-up before the fixes: [profile-before-nik-lookup.md]"
                + "(profile-before-nik-lookup.md).%n%n", plan.profileWindow()));
        md.append("| cost centre |");
        ids.forEach(id -> md.append(' ').append(id).append(" |"));
        md.append("\n|---|").append("---|".repeat(ids.size())).append('\n');
        java.util.Set<String> centres = new java.util.LinkedHashSet<>();
        profiles.values().forEach(p -> p.costCentres().forEach(e -> centres.add(e.getKey())));
        for (String centre : centres) {
            md.append("| ").append(centre).append(" |");
            for (String id : ids) {
                JfrProfile p = profiles.get(id);
                long n = p.costCentres().stream().filter(e -> e.getKey().equals(centre)).mapToLong(Map.Entry::getValue)
                        .sum();
                md.append(String.format(Locale.ROOT, " %.1f %% |", 100.0 * n / Math.max(1, p.samples())));
            }
            md.append('\n');
        }
        md.append("| samples |");
        ids.forEach(id -> md.append(' ').append(profiles.get(id).samples()).append(" |"));
        md.append("\n\n### ").append(ids.get(0)).append(" in full\n\n").append(profileMarkdown(profiles.get(ids.get(0))));
        return md.toString();
    }

    /** The profile's frames as Markdown tables (also used by {@link JfrProfile#main}). */
    static String profileMarkdown(JfrProfile profile) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d CPU samples of the hub's threads running Java code (JIT compiler and"
                + " garbage collector threads are not sampled).%n%n", profile.samples()));
        md.append(table("Cost centre (first matching frame from the top)", profile.costCentres(), profile.samples()));
        md.append(table("Top frames (where the CPU was)", profile.selfFrames(), profile.samples()));
        md.append(table("Top frames by package", profile.packages(), profile.samples()));
        md.append(table("Hub methods on the stack (inclusive)", profile.hubInclusive(), profile.samples()));
        return md.toString();
    }

    private static String table(String title, List<Map.Entry<String, Long>> rows, long samples) {
        StringBuilder md = new StringBuilder("| ").append(title).append(" | samples | share |\n|---|---|---|\n");
        for (Map.Entry<String, Long> row : rows) {
            md.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f %% |%n", row.getKey(), row.getValue(),
                    100.0 * row.getValue() / Math.max(1, samples)));
        }
        return md.append('\n').toString();
    }

    String consoleTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-15s %6s %10s %10s %10s %9s %9s %9s %9s%n",
                "scenario", "delay", "direct/s", "nginx/s", "hub/s", "hub/dir", "hub/ngx", "add p50", "add p99"));
        for (int delay : plan.delaysMs()) {
            for (Scenario scenario : scenarios) {
                String id = scenario.id();
                out.append(String.format(Locale.ROOT, "%-15s %4d ms %10s %10s %10s %9s %9s %9s %9s%n", id, delay,
                        ops(id, delay, Target.DIRECT), ops(id, delay, Target.NGINX), ops(id, delay, Target.HUB),
                        fixed(figures.throughputRatio(id, delay, Target.HUB, Target.DIRECT), 2),
                        fixed(figures.throughputRatio(id, delay, Target.HUB, Target.NGINX), 2),
                        fixed(figures.addedLatencyMs(id, delay, 50), 2), fixed(figures.addedLatencyMs(id, delay, 99), 2)));
            }
        }
        for (Delivery d : deliveries) {
            out.append(String.format(Locale.ROOT, "application %d ms %s: accepted %d (%.0f/s), delivered %.0f/s,"
                    + " not completed %d%n", d.delayMs(), d.shape().label(), d.accepted(), d.acceptedPerSecond(),
                    d.deliveredPerSecond(), d.lost()));
        }
        out.append(String.format(Locale.ROOT, "start-up to ready %s s; hub peak RSS %.0f MiB; errors in all runs %d%n",
                startupMs < 0 ? "?" : fixed(startupMs / 1000.0, 1), hubPeakRss / MIB,
                measurements.stream().mapToLong(m -> m.result().errors()).sum()));
        return out.toString();
    }

    private String ops(String scenario, int delay, Target target) {
        return figures.maxRate(scenario, delay, target).map(m -> String.format(Locale.ROOT, "%.0f",
                m.result().throughput())).orElse("-");
    }

    private static double cpu(Map<String, ProcessMeter.Usage> usage, String name) {
        ProcessMeter.Usage u = usage.get(name);
        return u == null ? Double.NaN : u.cpuSeconds();
    }

    private static double rss(Map<String, ProcessMeter.Usage> usage, String name) {
        ProcessMeter.Usage u = usage.get(name);
        return u == null ? Double.NaN : u.peakRssBytes() / MIB;
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String met(boolean condition, double value) {
        return Double.isNaN(value) ? "not measured" : condition ? "yes" : "no";
    }

    private static String humane(Duration duration) {
        return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }
}
