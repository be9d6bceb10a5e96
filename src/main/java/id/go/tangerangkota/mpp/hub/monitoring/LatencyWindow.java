package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.Duration;
import java.util.Arrays;

/**
 * One agency's calls of the last few minutes, for the admin API's p50/p95: a ring of the most
 * recent calls, read by dropping those older than the window. Bounded, so a busy agency costs a
 * fixed amount of memory (past the capacity the oldest calls drop out early). Public for its
 * {@link Summary}, which the admin API reads.
 */
public final class LatencyWindow {

    private final long spanMs;
    private final long[] at;
    private final long[] nanos;
    private final boolean[] timed;
    private final boolean[] failed;
    private int next;
    private int size;

    LatencyWindow(Duration span, int capacity) {
        this.spanMs = span.toMillis();
        this.at = new long[capacity];
        this.nanos = new long[capacity];
        this.timed = new boolean[capacity];
        this.failed = new boolean[capacity];
    }

    /**
     * @param timed  false for a call that was refused without calling (it has no latency)
     * @param failed whether the call failed
     */
    synchronized void add(long nowMs, long callNanos, boolean timed, boolean failed) {
        at[next] = nowMs;
        nanos[next] = callNanos;
        this.timed[next] = timed;
        this.failed[next] = failed;
        next = (next + 1) % at.length;
        size = Math.min(size + 1, at.length);
    }

    /** Calls, failures and latency percentiles of the calls within the window before {@code nowMs}. */
    synchronized Summary summary(long nowMs) {
        long[] latencies = new long[size];
        int count = 0;
        int calls = 0;
        int failures = 0;
        for (int i = 0; i < size; i++) {
            int slot = Math.floorMod(next - 1 - i, at.length);
            if (nowMs - at[slot] > spanMs) {
                break;
            }
            calls++;
            if (failed[slot]) {
                failures++;
            }
            if (timed[slot]) {
                latencies[count++] = nanos[slot];
            }
        }
        if (count == 0) {
            return new Summary(calls, failures, null, null);
        }
        Arrays.sort(latencies, 0, count);
        return new Summary(calls, failures, percentileMs(latencies, count, 0.50), percentileMs(latencies, count, 0.95));
    }

    /** Nearest-rank percentile, in milliseconds with one decimal. */
    private static double percentileMs(long[] sorted, int count, double p) {
        int rank = (int) Math.ceil(p * count);
        long value = sorted[Math.max(0, Math.min(count, rank) - 1)];
        return Math.round(value / 100_000.0) / 10.0;
    }

    /**
     * @param calls    calls in the window, refused ones included
     * @param failures of which failed (agency errors, failures, refusals)
     * @param p50Ms    median latency of the calls made, null when none was made
     * @param p95Ms    95th percentile, null when none was made
     */
    public record Summary(int calls, int failures, Double p50Ms, Double p95Ms) {
    }
}
