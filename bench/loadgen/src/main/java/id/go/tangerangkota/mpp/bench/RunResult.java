package id.go.tangerangkota.mpp.bench;

import org.HdrHistogram.Histogram;

/**
 * What one run measured, after its warm-up: operations, errors and latencies.
 *
 * @param operations  operations started in the measured window that succeeded
 * @param errors      operations started in the measured window that failed (wrong answer or broken connection)
 * @param seconds     the measured window's length
 * @param latency     latencies of the window's operations in microseconds; at a constant rate measured
 *                    from when each was due, so a stalled target cannot hide its queue (coordinated omission)
 * @param succeededInAll successes including the warm-up (what the target accepted in all)
 */
public record RunResult(long operations, long errors, double seconds, Histogram latency, long succeededInAll) {

    /** Successful operations per second in the window. */
    public double throughput() {
        return operations / seconds;
    }

    /** A latency percentile in milliseconds. */
    public double percentileMs(double percentile) {
        return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
    }
}
