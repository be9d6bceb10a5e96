package id.go.tangerangkota.mpp.hub.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.OpeningHours;
import id.go.tangerangkota.mpp.hub.connector.ServiceMode;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps deliveries within each agency's back-office hours ({@code hours} in its descriptor): while
 * the office is closed its queued applications are HELD (with a history line saying when it opens)
 * and its delivery route is held; when it opens, the route takes them in queue order. Time comes from
 * the hub's one clock, so tests move it. Under the sandbox profile hours are not enforced unless
 * {@code mpp.hours.enforced} is switched on, so a demo in the evening still completes.
 *
 * <p>The hours are checked at a steady interval, which also catches a moved clock or a reloaded
 * descriptor, and besides at the exact instant the next office opens or closes: an application
 * must not go out a few seconds after closing because the last check came just before it.
 */
public class OfficeHours implements AutoCloseable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", new Locale("id"));

    private final ConnectorRegistry registry;
    private final DeliveryHold hold;
    private final Clock clock;
    private final boolean enforced;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mpp-office-hours");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> atNextChange;

    public OfficeHours(ConnectorRegistry registry, DeliveryHold hold, Clock clock, boolean enforced,
            Duration interval) {
        this.registry = registry;
        this.hold = hold;
        this.clock = clock;
        this.enforced = enforced;
        this.interval = interval;
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
        hold.hold(connector.slug(), DeliveryHold.Reason.OFFICE_CLOSED, null);
    }

    /** The history line of an application held while the office is closed. */
    public static String heldNote(Connector connector, ZonedDateTime opens) {
        return "Held: the back office of " + connector.displayName() + " is closed; it opens "
                + opens.format(WHEN) + " " + opens.getZone().getId();
    }

    /**
     * Holds or releases each agency's deliveries by its hours; runs every {@code mpp.hours.check-interval}
     * (30 s by default), at the next opening or closing, and on demand.
     */
    @Scheduled(fixedDelayString = "${mpp.hours.check-interval:PT30S}", initialDelayString = "PT1S")
    public synchronized void check() {
        if (!enforced) {
            return;
        }
        Instant now = clock.instant();
        Instant nextChange = null;
        for (Connector connector : registry.available()) {
            boolean takesApplications = connector.descriptor().services().stream()
                    .anyMatch(s -> s.serviceMode() == ServiceMode.APPLICATION);
            if (!takesApplications) {
                continue;
            }
            OpeningHours hours = OpeningHours.of(connector.descriptor().hours());
            Optional<ZonedDateTime> change;
            if (hours.isOpen(now)) {
                hold.release(connector.slug(), DeliveryHold.Reason.OFFICE_CLOSED);
                change = hours.nextClosing(now);
            } else {
                ZonedDateTime opens = hours.nextOpening(now).orElse(ZonedDateTime.now(clock).plusYears(1));
                hold.hold(connector.slug(), DeliveryHold.Reason.OFFICE_CLOSED, heldNote(connector, opens));
                change = Optional.of(opens);
            }
            Instant at = change.map(ZonedDateTime::toInstant).orElse(null);
            if (at != null && (nextChange == null || at.isBefore(nextChange))) {
                nextChange = at;
            }
        }
        checkAgainAt(now, nextChange);
    }

    /** Schedules one more check right at the next change, when it comes before the next regular check. */
    private void checkAgainAt(Instant now, Instant nextChange) {
        if (atNextChange != null) {
            atNextChange.cancel(false);
            atNextChange = null;
        }
        if (nextChange == null) {
            return;
        }
        Duration until = Duration.between(now, nextChange);
        if (!until.isNegative() && until.compareTo(interval) < 0) {
            atNextChange = timer.schedule(this::check, until.toMillis() + 1, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
