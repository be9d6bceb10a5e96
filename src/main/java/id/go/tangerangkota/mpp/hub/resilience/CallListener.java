package id.go.tangerangkota.mpp.hub.resilience;

import org.apache.camel.Exchange;

/**
 * Told of the end of every agency call the {@code agency-call} route template makes, for the
 * figures integrators watch (latency, failures, last success). Called on the calling thread, so it
 * must be quick and must not throw.
 */
public interface CallListener {

    /** How an agency call ended. */
    enum Outcome {
        /** The agency answered (also "not found" or a refusal on the merits). */
        SUCCESS,
        /** The agency answered with a classified error of its own system. */
        AGENCY_ERROR,
        /** No usable answer: refused connection, time-out, server error, or the hub's own mapping failed. */
        FAILURE,
        /** Not called: its circuit was open or it had its most calls in flight. */
        REFUSED;

        /** The label value in metrics. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param exchange the call's exchange (for its request id)
     * @param agency   the agency's slug
     * @param service  the service called
     * @param outcome  how it ended
     * @param nanos    how long it took (0 when refused)
     * @param reason   why it failed, without personal data; null on success
     */
    void callEnded(Exchange exchange, String agency, String service, Outcome outcome, long nanos, String reason);

    /** Listens to nothing (the hub without monitoring, e.g. the connector kit's test run). */
    CallListener NONE = (exchange, agency, service, outcome, nanos, reason) -> {
    };
}
