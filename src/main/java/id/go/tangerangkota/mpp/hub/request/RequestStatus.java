package id.go.tangerangkota.mpp.hub.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a tracked request, and which moves are allowed. The store refuses any other move, so
 * a late or duplicate message can never drag a finished request back.
 */
public enum RequestStatus {
    RECEIVED,
    QUEUED,
    HELD,
    DISPATCHED,
    COMPLETED,
    REJECTED,
    FAILED;

    /** States a request never leaves (replay of a FAILED one is an explicit admin move). */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == FAILED;
    }

    /** Whether a request in this state may move to {@code next}. */
    public boolean canMoveTo(RequestStatus next) {
        return allowedNext().contains(next);
    }

    private Set<RequestStatus> allowedNext() {
        return switch (this) {
            // Payments skip the queue (DISPATCHED at once) and a bill found paid is REJECTED at once.
            case RECEIVED -> EnumSet.of(QUEUED, DISPATCHED, REJECTED, FAILED);
            case QUEUED -> EnumSet.of(HELD, DISPATCHED, FAILED);
            case HELD -> EnumSet.of(QUEUED, DISPATCHED, FAILED);
            case DISPATCHED -> EnumSet.of(HELD, COMPLETED, REJECTED, FAILED);
            case FAILED -> EnumSet.of(QUEUED);
            case COMPLETED, REJECTED -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
