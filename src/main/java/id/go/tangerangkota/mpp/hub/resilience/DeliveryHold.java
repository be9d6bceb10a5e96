package id.go.tangerangkota.mpp.hub.resilience;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds an agency's deliveries while its circuit is open: the {@code deliver-<slug>} route stops
 * taking applications from the agency's queue, so they wait there without spending their delivery
 * attempts on calls the circuit would refuse anyway. When the circuit's wait is over the route
 * takes the next application, whose call is the circuit's trial: success closes the circuit and
 * the queue drains; failure opens it again and the route is held again.
 *
 * <p>Routes are suspended and resumed on a thread of this class, never on the delivering thread
 * that saw the circuit open: suspending a route waits for its in-flight exchanges, that one included.
 */
public class DeliveryHold implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryHold.class);

    private final CamelContext camel;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mpp-delivery-hold");
        t.setDaemon(true);
        return t;
    });

    public DeliveryHold(CamelContext camel) {
        this.camel = camel;
    }

    /** The circuit of {@code slug} opened: hold its deliveries, and let them go on after {@code waitMs}. */
    void circuitOpened(String slug, long waitMs) {
        scheduler.execute(() -> hold(slug));
        scheduler.schedule(() -> release(slug), waitMs, TimeUnit.MILLISECONDS);
    }

    /** The circuit of {@code slug} closed: deliveries go on (if this class held them). */
    void circuitClosed(String slug) {
        scheduler.execute(() -> release(slug));
    }

    /** Whether this class holds the deliveries of an agency now. */
    public boolean isHeld(String slug) {
        return held.contains(slug);
    }

    private void hold(String slug) {
        String route = "deliver-" + slug;
        if (camel.getRouteController().getRouteStatus(route) != ServiceStatus.Started) {
            return; // no delivery route, or delivery is switched off by configuration
        }
        try {
            camel.getRouteController().suspendRoute(route);
            held.add(slug);
            LOG.warn("Deliveries to {} are held while its circuit is open", slug);
        } catch (Exception e) {
            LOG.warn("Deliveries to {} could not be held: {}", slug, e.getMessage());
        }
    }

    private void release(String slug) {
        if (!held.remove(slug)) {
            return;
        }
        try {
            camel.getRouteController().resumeRoute("deliver-" + slug);
            LOG.info("Deliveries to {} go on", slug);
        } catch (Exception e) {
            LOG.warn("Deliveries to {} could not be resumed: {}", slug, e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
