package id.go.tangerangkota.mpp.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One load run from the command line, for looking into one scenario (with a profiler attached, say)
 * without the whole benchmark: {@code java -cp mpp-bench.jar id.go.tangerangkota.mpp.bench.LoadMain
 * --target 127.0.0.1:18080 --scenario nik-lookup --side hub --seconds 20 [--rate 500] [--connections 64]
 * [--api-key ...]}.
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        Endpoint target = Endpoint.parse(args.get("target"));
        Scenario scenario = Scenarios.all(args.getOrDefault("api-key", "sandbox-key-counter-mpp")).stream()
                .filter(s -> s.id().equals(args.get("scenario"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + args.get("scenario")));
        Operation operation = "hub".equals(args.getOrDefault("side", "hub")) ? scenario.viaHub() : scenario.direct();
        double rate = Double.parseDouble(args.getOrDefault("rate", "0"));
        LoadShape shape = rate > 0 ? LoadShape.constant(rate) : LoadShape.MAX_RATE;
        RunResult result = new LoadRun(target.host(), target.port(),
                Integer.parseInt(args.getOrDefault("connections", "64")), Duration.ZERO,
                Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "10"))))
                .run(operation, shape, new LoadRun.WindowListener() {
                    @Override
                    public void opened() {
                    }

                    @Override
                    public void closed() {
                    }
                });
        System.out.printf("%s %s %s: %.0f ops/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d errors%n", scenario.id(),
                args.getOrDefault("side", "hub"), shape.label(), result.throughput(), result.percentileMs(50),
                result.percentileMs(99), result.percentileMs(99.9), result.errors());
    }
}
