package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.OffsetDateTime;

/**
 * One agency's figures at one moment, as the monitoring sampler took them (and as the admin API,
 * the dashboard and the Prometheus gauges show them).
 *
 * @param at            when taken
 * @param state         the agency's state
 * @param circuit       its circuit's state (CLOSED, OPEN, HALF_OPEN, ...), null for a disabled connector
 * @param queueDepth    messages in its queue; -1 when the broker could not tell
 * @param deadLetters   messages in its dead-letter queue; -1 when the broker could not tell
 * @param held          its requests waiting HELD
 * @param inFlight      its calls under way
 * @param p50Ms         median call latency of the last five minutes, null without calls
 * @param p95Ms         95th percentile, null without calls
 * @param oldestWaiting when its oldest waiting (QUEUED or HELD) request was accepted, null when none
 * @param overdue       its open requests past their SLA due time
 */
public record AgencySample(OffsetDateTime at, AgencyState state, String circuit, long queueDepth, long deadLetters,
        long held, int inFlight, Double p50Ms, Double p95Ms, OffsetDateTime oldestWaiting, long overdue) {

    /** Seconds since the oldest waiting request was accepted, 0 when none waits. */
    public long oldestWaitingSeconds() {
        return oldestWaiting == null ? 0 : Math.max(0, java.time.Duration.between(oldestWaiting, at).toSeconds());
    }
}
