package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The hub's most recent failures (failed agency calls, refused calls, applications that ended
 * FAILED), newest first, for integrators looking for what broke. Kept in memory: a restart starts
 * an empty list, and the request store keeps each request's own history for good.
 */
public class RecentFailures {

    private final int capacity;
    private final Deque<Failure> failures = new ArrayDeque<>();

    public RecentFailures(int capacity) {
        this.capacity = capacity;
    }

    /**
     * One failure.
     *
     * @param requestId the request it happened to, null when unknown
     * @param mode      inquiry, application or payment; null when unknown
     * @param kind      what failed: AGENCY_ERROR, AGENCY_FAILURE, AGENCY_REFUSED, DELIVERY_FAILED
     * @param reason    what happened, with any NIK masked
     */
    public record Failure(OffsetDateTime at, String requestId, String agency, String service, String mode,
            String kind, String reason) {
    }

    public synchronized void add(Failure failure) {
        failures.addFirst(failure);
        while (failures.size() > capacity) {
            failures.removeLast();
        }
    }

    /** Newest first, of one agency (or all when {@code agency} is null), at most {@code limit}. */
    public synchronized List<Failure> list(String agency, int limit) {
        List<Failure> out = new ArrayList<>();
        for (Iterator<Failure> it = failures.iterator(); it.hasNext() && out.size() < limit;) {
            Failure f = it.next();
            if (agency == null || agency.equals(f.agency())) {
                out.add(f);
            }
        }
        return out;
    }
}
