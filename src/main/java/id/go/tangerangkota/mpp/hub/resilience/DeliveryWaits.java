package id.go.tangerangkota.mpp.hub.resilience;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.StatefulService;

/**
 * The waits of a delivering consumer, which keeps the application it took (its message unacknowledged)
 * while it waits: while the agency's deliveries are held, and between attempts. Waiting in place,
 * instead of handing the message back to the broker with a redelivery delay, is what keeps a
 * citizen's applications in order: the broker gives the citizen's next message to no one meanwhile.
 *
 * <p>A wait ends early when the hub or the delivery route stops (a shutdown, a connector reload):
 * {@link DeliveryStopped} rolls the message back to the queue, and it is delivered later.
 */
public class DeliveryWaits {

    /** How often a waiting consumer looks again. */
    private static final long POLL_MS = 200;

    private final DeliveryHold hold;
    private final CamelContext camel;

    public DeliveryWaits(DeliveryHold hold, CamelContext camel) {
        this.hold = hold;
        this.camel = camel;
    }

    /** The delivery stopped while waiting: the message goes back to the queue. */
    public static class DeliveryStopped extends RuntimeException {
        DeliveryStopped(String slug) {
            // An expected end of a wait: no stack trace for the rollback's log line.
            super("deliveries to " + slug + " are stopping", null, false, false);
        }
    }

    /** Waits while the agency's deliveries are held. */
    public void whileHeld(String slug) {
        while (hold.isHeld(slug)) {
            pause(slug, POLL_MS);
        }
    }

    /**
     * Whether the agency as a whole is down now (its circuit is open): a delivery that failed then
     * failed with every other one, and says nothing about its own application.
     */
    public boolean agencyDown(String slug) {
        return hold.reasons(slug).contains(DeliveryHold.Reason.CIRCUIT_OPEN);
    }

    /** Waits {@code millis} before the next attempt, and longer if the agency's deliveries are held then. */
    public void backoff(String slug, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
            pause(slug, Math.min(left, POLL_MS));
        }
        whileHeld(slug);
    }

    private void pause(String slug, long millis) {
        if (stopping(slug)) {
            throw new DeliveryStopped(slug);
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryStopped(slug);
        }
    }

    /** Whether the hub stops, or the delivery route's consumer is being stopped or suspended. */
    private boolean stopping(String slug) {
        if (camel.isStopping() || camel.isStopped()) {
            return true;
        }
        Route route = camel.getRoute("deliver-" + slug);
        if (route == null) {
            return true;
        }
        Consumer consumer = route.getConsumer();
        return consumer instanceof StatefulService s
                && (s.isStopping() || s.isStopped() || s.isSuspending() || s.isSuspended());
    }
}
