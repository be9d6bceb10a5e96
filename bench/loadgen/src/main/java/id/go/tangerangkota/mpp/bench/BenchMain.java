package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's driver, started by {@code bench/run} once the sandbox, the hub and nginx are up:
 * warms every path, then for each back-end delay and scenario measures the direct call, nginx and
 * the hub at maximum rate, then all three at the same constant rate, profiles the hub with JFR
 * (full mode), and writes the report.
 *
 * <p>Arguments, all {@code --name value}: {@code mode} (quick|full), {@code hub}, {@code direct},
 * {@code nginx} (host:port each), {@code pid-hub}, {@code pid-sandbox}, {@code pid-nginx},
 * {@code clk-tck}, {@code startup-ms}, {@code api-key}, {@code out} (the results folder),
 * {@code work} (scratch folder for the JFR file), {@code machine} and {@code setup} (text for the report),
 * {@code only} (comma-separated scenario ids, for trying one scenario).
 */
public final class BenchMain {

    /** The id of the scenario whose hub runs are followed to delivery. */
    static final String APPLICATION = "application";

    private final Map<String, String> args;
    private final BenchPlan plan;
    private final Map<Target, Endpoint> endpoints = new EnumMap<>(Target.class);
    private final ProcessMeter meter;
    private final SandboxControl sandbox;
    private final DeliveryCount deliveries;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Delivery> applicationRuns = new ArrayList<>();

    private BenchMain(Map<String, String> args) {
        this.args = args;
        this.plan = BenchPlan.named(args.getOrDefault("mode", "quick"));
        endpoints.put(Target.DIRECT, Endpoint.parse(required("direct")));
        endpoints.put(Target.NGINX, Endpoint.parse(required("nginx")));
        endpoints.put(Target.HUB, Endpoint.parse(required("hub")));
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("hub", Long.parseLong(required("pid-hub")));
        groups.put("sandbox", Long.parseLong(required("pid-sandbox")));
        groups.put("nginx", Long.parseLong(required("pid-nginx")));
        groups.put("loadgen", ProcessHandle.current().pid());
        this.meter = new ProcessMeter(groups, Long.parseLong(args.getOrDefault("clk-tck", "100")));
        this.sandbox = new SandboxControl(endpoints.get(Target.DIRECT));
        this.deliveries = new DeliveryCount(endpoints.get(Target.HUB));
    }

    /**
     * Runs the benchmark; exits non-zero when a run could not be made at all (a target down, a
     * scenario failing every call), so a broken harness never publishes empty figures.
     */
    public static void main(String[] argv) throws Exception {
        BenchMain bench = new BenchMain(parse(argv));
        try {
            bench.run();
        } finally {
            bench.meter.close();
        }
    }

    private void run() throws Exception {
        List<Scenario> scenarios = selected(Scenarios.all(required("api-key")));
        long started = System.nanoTime();
        log("plan %s: %d connections, warm-up %s, window %s per run, delays %s ms", plan.name(), plan.connections(),
                plan.warmUp(), plan.window(), plan.delaysMs());
        warmUp(scenarios);
        for (int delay : plan.delaysMs()) {
            for (Scenario scenario : scenarios) {
                sandbox.delay(scenario.agency(), delay);
            }
            for (Scenario scenario : scenarios) {
                measure(scenario, delay);
            }
        }
        for (Scenario scenario : scenarios) {
            sandbox.delay(scenario.agency(), 0);
        }
        Map<String, JfrProfile> profiles = profile(scenarios);
        Report report = new Report(plan, scenarios, measurements, applicationRuns, profiles,
                Long.parseLong(args.getOrDefault("startup-ms", "-1")), meter.highWaterMark("hub"),
                meter.highWaterMark("sandbox"), args.getOrDefault("machine", ""), args.getOrDefault("setup", ""),
                Duration.ofNanos(System.nanoTime() - started));
        Path out = Path.of(required("out"));
        Files.createDirectories(out);
        boolean full = plan.name().equals("full");
        String fileName = (full ? "" : "quick-") + LocalDate.now() + ".md";
        String chart = full ? "latest-ratios.svg" : "quick-ratios.svg";
        Files.writeString(out.resolve(fileName), report.markdown(chart));
        Files.writeString(out.resolve(chart), new RatioChart(scenarios, measurements, plan).svg());
        if (full) {
            Files.writeString(out.resolve("latest.md"), report.markdown(chart));
        }
        System.out.println();
        System.out.println(report.consoleTable());
        System.out.println("written: " + out.resolve(fileName));
        if (report.brokenRuns() > 0) {
            System.err.println(report.brokenRuns() + " run(s) succeeded on no call at all: see the report");
            System.exit(3);
        }
    }

    /** Every scenario through the hub and directly, unmeasured, so no run pays for class loading or JIT. */
    private void warmUp(List<Scenario> scenarios) throws InterruptedException, IOException {
        for (Scenario scenario : scenarios) {
            for (Target target : List.of(Target.DIRECT, Target.HUB)) {
                Endpoint endpoint = endpoints.get(target);
                RunResult result = new LoadRun(endpoint.host(), endpoint.port(), plan.connections(), Duration.ZERO,
                        target == Target.HUB ? plan.hubWarmUp() : plan.directWarmUp())
                        .run(operation(scenario, target), LoadShape.MAX_RATE, NO_WINDOW);
                log("warm-up %-15s %-6s %8.0f ops/s, %d errors", scenario.id(), target.label(), result.throughput(),
                        result.errors());
            }
            if (scenario.id().equals(APPLICATION)) {
                awaitQuietQueue(scenario);
            }
        }
    }

    private void measure(Scenario scenario, int delay) throws InterruptedException, IOException {
        Map<Target, RunResult> maxRate = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            maxRate.put(target, measure(scenario, delay, target, LoadShape.MAX_RATE));
        }
        double slowest = maxRate.values().stream().mapToDouble(RunResult::throughput).min().orElse(0);
        if (plan.constantShare() <= 0) {
            return;
        }
        if (slowest <= 0) {
            log("%s at %d ms: a target managed no call at all, no constant-rate runs", scenario.id(), delay);
            return;
        }
        LoadShape constant = LoadShape.constant(Math.max(1, Math.floor(slowest * plan.constantShare())));
        for (Target target : Target.values()) {
            measure(scenario, delay, target, constant);
        }
    }

    private RunResult measure(Scenario scenario, int delay, Target target, LoadShape shape)
            throws InterruptedException, IOException {
        Endpoint endpoint = endpoints.get(target);
        boolean application = target == Target.HUB && scenario.id().equals(APPLICATION);
        long completedBefore = application ? deliveries.finished(scenario.agency(), "COMPLETED") : 0;
        long runStart = System.nanoTime();
        Map<String, ProcessMeter.Usage> usage = new LinkedHashMap<>();
        RunResult result = new LoadRun(endpoint.host(), endpoint.port(), plan.connections(), plan.warmUp(),
                plan.window()).run(operation(scenario, target), shape, new LoadRun.WindowListener() {
                    @Override
                    public void opened() {
                        meter.open();
                    }

                    @Override
                    public void closed() {
                        meter.close(usage);
                    }
                });
        measurements.add(new Measurement(scenario.id(), delay, target, shape, result, usage));
        log("%-15s %2d ms %-6s %-8s %8.0f ops/s  p50 %7.2f  p99 %7.2f  p99.9 %7.2f ms  %d errors", scenario.id(),
                delay, target.label(), shape.label(), result.throughput(), result.percentileMs(50),
                result.percentileMs(99), result.percentileMs(99.9), result.errors());
        if (application) {
            awaitDelivery(scenario, delay, shape, result, runStart, completedBefore);
        }
        return result;
    }

    /** After the warm-up: lets the queue empty (the count stops moving) before anything is measured. */
    private void awaitQuietQueue(Scenario scenario) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + plan.drainTimeout().toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = deliveries.finished(scenario.agency(), "COMPLETED");
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(1000);
        }
    }

    /**
     * Waits until every application accepted in the run is COMPLETED, or the drain time is up, and
     * records how fast they went out and how many did not.
     */
    private void awaitDelivery(Scenario scenario, int delay, LoadShape shape, RunResult result, long runStart,
            long completedBefore) throws IOException, InterruptedException {
        long accepted = result.succeededInAll();
        long deadline = System.nanoTime() + plan.drainTimeout().toNanos();
        long completed = 0;
        long lastChange = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = deliveries.finished(scenario.agency(), "COMPLETED") - completedBefore;
            if (now != completed) {
                completed = now;
                lastChange = System.nanoTime();
            }
            if (completed >= accepted) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (lastChange - runStart) / 1e9;
        long notCompleted = Math.max(0, accepted - completed);
        Delivery delivery = new Delivery(delay, shape, accepted, completed, result.throughput(),
                completed / seconds, notCompleted);
        applicationRuns.add(delivery);
        log("%-15s %2d ms hub    %-8s accepted %d, completed %d (%.0f/s end to end), not completed %d",
                scenario.id(), delay, shape.label(), accepted, completed, delivery.deliveredPerSecond(), notCompleted);
    }

    /**
     * The hub under JFR at 0 ms, one recording per scenario, each summarised into its cost centres
     * and hottest frames.
     */
    private Map<String, JfrProfile> profile(List<Scenario> scenarios) throws IOException, InterruptedException {
        Map<String, JfrProfile> profiles = new LinkedHashMap<>();
        if (plan.profileWindow().isZero()) {
            return profiles;
        }
        long hubPid = Long.parseLong(required("pid-hub"));
        Endpoint hub = endpoints.get(Target.HUB);
        for (Scenario scenario : scenarios) {
            Path file = Path.of(args.getOrDefault("work", "/tmp")).resolve("hub-" + scenario.id() + ".jfr")
                    .toAbsolutePath();
            Jcmd.run(hubPid, "JFR.start", "name=bench", "settings=profile", "filename=" + file);
            new LoadRun(hub.host(), hub.port(), plan.connections(), Duration.ZERO, plan.profileWindow())
                    .run(scenario.viaHub(), LoadShape.MAX_RATE, NO_WINDOW);
            Jcmd.run(hubPid, "JFR.stop", "name=bench");
            profiles.put(scenario.id(), JfrProfile.read(file));
            log("profile of %s written to %s", scenario.id(), file);
        }
        return profiles;
    }

    private Operation operation(Scenario scenario, Target target) {
        return target == Target.HUB ? scenario.viaHub() : scenario.direct();
    }

    private List<Scenario> selected(List<Scenario> all) {
        String only = args.get("only");
        if (only == null || only.isBlank()) {
            return all;
        }
        List<String> ids = List.of(only.split(","));
        return all.stream().filter(s -> ids.contains(s.id())).toList();
    }

    private String required(String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> parsed = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + argv[i]);
            }
            parsed.put(argv[i].substring(2), argv[i + 1]);
        }
        return parsed;
    }

    static void log(String format, Object... values) {
        System.out.printf("[bench] " + format + "%n", values);
    }

    private static final LoadRun.WindowListener NO_WINDOW = new LoadRun.WindowListener() {
        @Override
        public void opened() {
        }

        @Override
        public void closed() {
        }
    };
}
