package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Locale;

/**
 * A fault injected into one simulated agency, as people demonstrating the hub and the resilience
 * tests switch it on: the agency's HTTP back end goes down, slow, failing or flaky.
 *
 * @param mode      what happens to each call
 * @param latencyMs added wait before the agency answers (SLOW, FLAKY); 0 for none
 * @param errorRate share of calls that fail (FAILING, FLAKY), 0 to 1; failures are spread evenly
 *                  and deterministically (0.25: every fourth call), so tests can count them
 * @param hostile   for {@link Mode#HOSTILE}: what the agency answers; null for the other modes
 */
public record Fault(Mode mode, long latencyMs, double errorRate, HostileAnswer hostile) {

    /** No fault: the agency answers as it always does. */
    public static final Fault NONE = new Fault(Mode.NORMAL, 0, 0);

    /** A fault of the modes that need no hostile answer. */
    public Fault(Mode mode, long latencyMs, double errorRate) {
        this(mode, latencyMs, errorRate, null);
    }

    /** The agency answers every call with this attack (hostile mode). */
    public static Fault hostile(HostileAnswer answer) {
        return new Fault(Mode.HOSTILE, 0, 0, answer);
    }

    /** What an injected fault does to a call. */
    public enum Mode {
        /** Answers as usual. */
        NORMAL,
        /** Cuts every connection without an answer, as a host that is down behind its load balancer. */
        DOWN,
        /** Answers as usual, after {@code latencyMs}. */
        SLOW,
        /** {@code errorRate} of the calls answer HTTP 503; the others as usual. */
        FAILING,
        /** After up to {@code latencyMs}, {@code errorRate} of the calls fail, alternately cut and 503. */
        FLAKY,
        /**
         * Every call is answered 200 with an attack on the hub's parsers ({@link HostileAnswer}):
         * external entities, billion laughs, an oversize or deeply nested answer. PLN's ISO 8583
         * host has no XML or JSON to poison and fails the call instead.
         */
        HOSTILE;

        static Mode parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Fault {
        if (mode == null) {
            throw new IllegalArgumentException("mode: one of normal, down, slow, failing, flaky, hostile");
        }
        if ((mode == Mode.HOSTILE) != (hostile != null)) {
            throw new IllegalArgumentException("answer: hostile mode needs one (xxe-file, xxe-http, billion-laughs,"
                    + " oversize, deep), the other modes none");
        }
        if (latencyMs < 0 || latencyMs > 300_000) {
            throw new IllegalArgumentException("latencyMs: from 0 to 300000");
        }
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("errorRate: from 0 to 1");
        }
    }
}
