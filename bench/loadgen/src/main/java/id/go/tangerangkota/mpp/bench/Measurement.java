package id.go.tangerangkota.mpp.bench;

import java.util.Map;

/**
 * One run's figures with the processes' usage over its window.
 *
 * @param scenario the scenario's id
 * @param delayMs  the back end's answer delay
 * @param target   where the load went
 * @param shape    maximum or constant rate
 * @param result   operations, errors, latencies
 * @param usage    CPU seconds and peak RSS per process group over the window
 */
public record Measurement(String scenario, int delayMs, Target target, LoadShape shape, RunResult result,
        Map<String, ProcessMeter.Usage> usage) {
}
