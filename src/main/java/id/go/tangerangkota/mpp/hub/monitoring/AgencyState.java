package id.go.tangerangkota.mpp.hub.monitoring;

/** How an agency's connection is doing, as integrators see it on the health endpoint. */
public enum AgencyState {
    /** Answering normally. */
    UP,
    /** Answering, but trouble shows: its circuit lets trial calls through, or many calls fail or are slow. */
    DEGRADED,
    /** Not answering: its circuit is open; counters get 503 at once, applications wait HELD. */
    DOWN,
    /** Its back office is closed: inquiries go on, applications wait HELD until it opens. */
    CLOSED,
    /** Its connector is not in service: a broken descriptor or mapping, or not enabled yet. */
    DISABLED
}
