package id.go.tangerangkota.mpp.hub.resilience;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
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
 * Holds an agency's deliveries while there is a reason not to deliver: its circuit is open, its
 * back office is closed, the broker lacks the agency's dead-letter settings, or an administrator
 * suspended them. While held, the
 * agency's delivery consumers do not call it: each waits with the application it took, holding its
 * message, and the queue keeps the rest ({@link DeliveryWaits}); nothing spends an attempt. Holding
 * the message, rather than suspending the route and handing it back, keeps every citizen's
 * applications in their order: the broker gives a citizen's next message to no one while one is
 * held. A route added while its agency is held (at start-up, or by a connector reload) is added
 * stopped ({@link #admit}) and started on release. After a circuit's wait the next call is the
 * circuit's trial: success closes the circuit and the queue drains, failure holds it again.
 *
 * <p>Whenever deliveries become held, the agency's QUEUED applications become HELD with a history
 * line saying why and until when, so a clerk following one sees it wait and why.
 */
public class DeliveryHold implements AutoCloseable {

    /** Why deliveries to an agency wait. */
    public enum Reason {
        /** The agency failed repeatedly; its circuit is open. */
        CIRCUIT_OPEN,
        /** Outside the back office's opening hours. */
        OFFICE_CLOSED,
        /**
         * The broker has not (yet) got the agency's redelivery and dead-letter settings: it would
         * drop an application after its last attempt instead of dead-lettering it.
         */
        QUEUE_SETTINGS,
        /** An administrator suspended the agency's deliveries (admin API), e.g. at its IT team's request. */
        SUSPENDED
    }

    /**
     * Marks an agency's QUEUED applications HELD, each with a history line.
     */
    @FunctionalInterface
    public interface QueuedApplications {
        /** @return how many applications were marked */
        int hold(String agency, String note);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryHold.class);
    private static final String ROUTE_PREFIX = "deliver-";
    /** Circuit times are told in the MPP's own time (WIB). */
    private static final ZoneId MPP_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CamelContext camel;
    private final Clock clock;
    private final QueuedApplications queued;
    private final Map<String, Set<Reason>> reasons = new ConcurrentHashMap<>();
    private final Map<String, Instant> circuitRetryAt = new ConcurrentHashMap<>();
    /** Delivery routes added stopped because their agency was held then. */
    private final Set<String> notStarted = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mpp-delivery-hold");
        t.setDaemon(true);
        return t;
    });

    public DeliveryHold(CamelContext camel, Clock clock, QueuedApplications queued) {
        this.camel = camel;
        this.clock = clock;
        this.queued = queued;
    }

    /**
     * The circuit of {@code slug} opened: hold its deliveries, and release them after {@code waitMs},
     * when the circuit lets a trial call through.
     */
    void circuitOpened(String slug, String agencyName, long waitMs) {
        Instant retryAt = clock.instant().plusMillis(waitMs);
        circuitRetryAt.put(slug, retryAt);
        hold(slug, Reason.CIRCUIT_OPEN, circuitNote(agencyName, retryAt));
        scheduler.schedule(() -> release(slug, Reason.CIRCUIT_OPEN), waitMs, TimeUnit.MILLISECONDS);
    }

    /** The circuit of {@code slug} closed. */
    void circuitClosed(String slug) {
        release(slug, Reason.CIRCUIT_OPEN);
    }

    /** When the hub next tries an agency whose deliveries wait behind its open circuit. */
    public Optional<ZonedDateTime> circuitRetryAt(String slug) {
        Instant at = reasons(slug).contains(Reason.CIRCUIT_OPEN) ? circuitRetryAt.get(slug) : null;
        return Optional.ofNullable(at).map(i -> i.atZone(MPP_ZONE));
    }

    /** The history line of an application waiting behind an agency's open circuit. */
    public static String circuitNote(String agencyName, Instant retryAt) {
        return "Held: " + agencyName + " is not answering (circuit open); the hub tries it again from "
                + retryAt.atZone(MPP_ZONE).format(TIME) + " WIB";
    }

    /** The history line of an application held while an administrator suspended the agency's deliveries. */
    public static String suspendedNote(String agencyName) {
        return "Held: deliveries to " + agencyName + " are suspended by the hub's administrators";
    }

    /**
     * Holds the deliveries of an agency for this reason (no effect on the route if already held),
     * and marks its QUEUED applications HELD with {@code note} (none marked when it is null).
     */
    public void hold(String slug, Reason reason, String note) {
        reasons.computeIfAbsent(slug, s -> ConcurrentHashMap.newKeySet()).add(reason);
        scheduler.execute(() -> {
            apply(slug);
            if (note != null) {
                try {
                    int held = queued.hold(slug, note);
                    if (held > 0) {
                        LOG.info("{} application(s) to {} held: {}", held, slug, reason);
                    }
                } catch (RuntimeException e) {
                    // The route is held all the same; only the status shown to clerks lags behind.
                    LOG.warn("Queued applications to {} could not be marked HELD: {}", slug, e.getMessage());
                }
            }
        });
    }

    /** This reason is gone; deliveries go on when no other reason remains. */
    public void release(String slug, Reason reason) {
        Set<Reason> current = reasons.get(slug);
        if (current != null && current.remove(reason)) {
            scheduler.execute(() -> apply(slug));
        }
    }

    /**
     * The delivery route of {@code slug} is about to be added.
     *
     * @return whether it may start at once; false: add it stopped, it starts when released
     */
    public boolean admit(String slug) {
        if (isHeld(slug)) {
            notStarted.add(slug);
            return false;
        }
        notStarted.remove(slug);
        return true;
    }

    /** The delivery route of {@code slug} was added: brings it in line with a hold or release that came meanwhile. */
    public void added(String slug) {
        scheduler.execute(() -> apply(slug));
    }

    /** Whether deliveries to an agency are held now, and why. */
    public Set<Reason> reasons(String slug) {
        Set<Reason> current = reasons.get(slug);
        return current == null || current.isEmpty() ? Set.of() : EnumSet.copyOf(current);
    }

    public boolean isHeld(String slug) {
        return !reasons(slug).isEmpty();
    }

    /** Starts a delivery route that was added stopped once its agency is no longer held; scheduler thread only. */
    private void apply(String slug) {
        String route = ROUTE_PREFIX + slug;
        ServiceStatus status = camel.getRouteController().getRouteStatus(route);
        try {
            if (!isHeld(slug) && status == ServiceStatus.Stopped && notStarted.remove(slug)) {
                camel.getRouteController().startRoute(route);
                LOG.info("Deliveries to {} start", slug);
            } else if (isHeld(slug)) {
                LOG.warn("Deliveries to {} are held: {}", slug, reasons(slug));
            }
        } catch (Exception e) {
            LOG.warn("Deliveries to {} could not be started: {}", slug, e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
