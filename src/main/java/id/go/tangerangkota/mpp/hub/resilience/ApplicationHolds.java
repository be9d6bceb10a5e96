package id.go.tangerangkota.mpp.hub.resilience;

import java.time.ZonedDateTime;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.connector.Connector;

/**
 * Whether an application accepted now must wait HELD, and why: its agency's back office is closed,
 * its deliveries wait behind the agency's open circuit, or an administrator suspended them. The
 * counter is told so in the 202, with when the wait should end if that is known, instead of a QUEUED
 * that would suggest it is on its way.
 */
public class ApplicationHolds {

    /**
     * Why a new application waits.
     *
     * @param reason what it waits for
     * @param until  when the office opens, or when the hub next tries the agency; null when nobody
     *               knows (suspended by an administrator)
     * @param note   the history line saying so
     */
    public record Held(DeliveryHold.Reason reason, ZonedDateTime until, String note) {
    }

    private final OfficeHours officeHours;
    private final DeliveryHold deliveryHold;

    public ApplicationHolds(OfficeHours officeHours, DeliveryHold deliveryHold) {
        this.officeHours = officeHours;
        this.deliveryHold = deliveryHold;
    }

    /** Why an application to this agency accepted now waits, if it does; a closed office first. */
    public Optional<Held> now(Connector connector) {
        Optional<ZonedDateTime> opens = officeHours.closedUntil(connector);
        if (opens.isPresent()) {
            return Optional.of(new Held(DeliveryHold.Reason.OFFICE_CLOSED, opens.get(),
                    OfficeHours.heldNote(connector, opens.get())));
        }
        Optional<Held> circuit = deliveryHold.circuitRetryAt(connector.slug()).map(retry -> new Held(
                DeliveryHold.Reason.CIRCUIT_OPEN, retry, DeliveryHold.circuitNote(connector.displayName(),
                        retry.toInstant())));
        boolean suspended = deliveryHold.reasons(connector.slug()).contains(DeliveryHold.Reason.SUSPENDED);
        if (circuit.isPresent() || !suspended) {
            return circuit;
        }
        return Optional.of(new Held(DeliveryHold.Reason.SUSPENDED, null,
                DeliveryHold.suspendedNote(connector.displayName())));
    }

    /**
     * Makes sure the agency's deliveries are held while its office is closed (an application just
     * arrived, perhaps before the hours were last checked). The other reasons are already in force
     * when {@link #now} names them, each with what ends it; holding again for an open circuit could
     * outlive its scheduled release, which may have run meanwhile, and hold the deliveries for good.
     */
    public void holdDeliveries(Connector connector, Held held) {
        if (held.reason() == DeliveryHold.Reason.OFFICE_CLOSED) {
            deliveryHold.hold(connector.slug(), held.reason(), null);
        }
    }
}
