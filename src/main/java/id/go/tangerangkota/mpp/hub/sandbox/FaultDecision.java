package id.go.tangerangkota.mpp.hub.sandbox;

/**
 * What an injected fault does to one request a simulated agency received: after {@code delayMs},
 * answer as usual, answer with the agency's own error, or cut the connection without an answer.
 * Decided in one place ({@link FaultInjection#decide}) and carried out by each kind of back end in
 * its own idiom: the HTTP back ends answer 503, PLN's ISO 8583 host its "other error" code.
 *
 * @param delayMs how long the back end waits before it acts; 0 for at once
 * @param action  what it does then
 */
public record FaultDecision(long delayMs, Action action) {

    /** No fault: answer as usual, at once. */
    public static final FaultDecision ANSWER_NOW = new FaultDecision(0, Action.ANSWER);

    /** What the back end does with the request. */
    public enum Action {
        /** Handles the request and answers as it always does. */
        ANSWER,
        /** Does not handle the request; answers the agency's error for a failure on its side. */
        ERROR,
        /** Does not handle the request; closes the connection without an answer. */
        CUT,
        /** Does not handle the request; answers with the fault's {@link HostileAnswer}. */
        HOSTILE
    }

    public FaultDecision {
        if (delayMs < 0 || action == null) {
            throw new IllegalArgumentException("a delay of 0 or more and an action");
        }
    }
}
