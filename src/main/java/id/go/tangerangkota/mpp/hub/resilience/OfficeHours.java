package id.go.tangerangkota.mpp.hub.resilience;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.OpeningHours;
import id.go.tangerangkota.mpp.hub.connector.ServiceMode;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps deliveries within each agency's back-office hours ({@code hours} in its descriptor): while
 * the office is closed its queued applications are HELD (with a history line saying when it opens)
 * and its delivery route is held; when it opens, the route takes them in queue order. Time comes from
 * the hub's one clock, so tests move it. Under the sandbox profile hours are not enforced unless
 * {@code mpp.hours.enforced} is switched on, so a demo in the evening still completes.
 */
public class OfficeHours {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeHours.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", new Locale("id"));

    private final ConnectorRegistry registry;
    private final RequestStore requests;
    private final DeliveryHold hold;
    private final Clock clock;
    private final boolean enforced;

    public OfficeHours(ConnectorRegistry registry, RequestStore requests, DeliveryHold hold, Clock clock,
            boolean enforced) {
        this.registry = registry;
        this.requests = requests;
        this.hold = hold;
        this.clock = clock;
        this.enforced = enforced;
    }

    /** When the agency's back office opens again, if it is closed now (and hours are enforced). */
    public Optional<ZonedDateTime> closedUntil(Connector connector) {
        if (!enforced || connector.descriptor() == null) {
            return Optional.empty();
        }
        OpeningHours hours = OpeningHours.of(connector.descriptor().hours());
        if (hours.isOpen(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(hours.nextOpening(clock.instant()).orElse(ZonedDateTime.now(clock).plusYears(1)));
    }

    /** Holds the agency's deliveries now (an application just arrived while its office is closed). */
    public void holdDeliveries(Connector connector) {
        hold.hold(connector.slug(), DeliveryHold.Reason.OFFICE_CLOSED);
    }

    /** The history line of an application held while the office is closed. */
    public static String heldNote(Connector connector, ZonedDateTime opens) {
        return "Held: the back office of " + connector.displayName() + " is closed; it opens "
                + opens.format(WHEN) + " " + opens.getZone().getId();
    }

    /** Holds or releases each agency's deliveries by its hours; runs every 30 s, and on demand. */
    @Scheduled(fixedDelayString = "${mpp.hours.check-interval:PT30S}", initialDelayString = "PT1S")
    public void check() {
        for (Connector connector : registry.available()) {
            boolean takesApplications = connector.descriptor().services().stream()
                    .anyMatch(s -> s.serviceMode() == ServiceMode.APPLICATION);
            if (!takesApplications) {
                continue;
            }
            Optional<ZonedDateTime> closed = closedUntil(connector);
            if (closed.isPresent()) {
                hold.hold(connector.slug(), DeliveryHold.Reason.OFFICE_CLOSED);
                int held = requests.holdQueued(connector.slug(), heldNote(connector, closed.get()));
                if (held > 0) {
                    LOG.info("{} application(s) to {} held until {}", held, connector.slug(), closed.get());
                }
            } else {
                hold.release(connector.slug(), DeliveryHold.Reason.OFFICE_CLOSED);
            }
        }
    }
}
