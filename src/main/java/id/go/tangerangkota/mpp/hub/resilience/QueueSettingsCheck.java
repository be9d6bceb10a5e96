package id.go.tangerangkota.mpp.hub.resilience;

import id.go.tangerangkota.mpp.hub.broker.BrokerQueues;
import id.go.tangerangkota.mpp.hub.broker.BrokerSettingsException;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.DeliveryGate;
import id.go.tangerangkota.mpp.hub.connector.DeliveryQueues;
import id.go.tangerangkota.mpp.hub.connector.ServiceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Lets an agency's deliveries run only while the broker applies the agency's redelivery and
 * dead-letter settings: a broker without them (an external broker the hub may not manage, one set
 * up again from an empty journal) would drop an application after its last attempt instead of
 * moving it to {@code mpp.agency.<slug>.dlq}, and an accepted application must never be dropped.
 *
 * <p>Before a delivery route is added (at start-up and on a reload) the settings are checked and,
 * if missing, applied; when they cannot be, the hub logs an error naming the agency and the cause,
 * and the route is added held ({@link DeliveryHold.Reason#QUEUE_SETTINGS}): applications are still
 * accepted and wait in the queue, spending no attempts. Every {@code mpp.broker.settings-check-interval}
 * each agency is checked again: settings found missing are applied (or the agency held), and a held
 * agency whose settings are now in place is released. A broker that cannot be reached at all
 * changes nothing then: it delivers nothing either, and what it stored stays as it was.
 */
public class QueueSettingsCheck implements DeliveryGate {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSettingsCheck.class);

    private final BrokerQueues broker;
    private final ConnectorRegistry registry;
    private final DeliveryHold hold;

    public QueueSettingsCheck(BrokerQueues broker, ConnectorRegistry registry, DeliveryHold hold) {
        this.broker = broker;
        this.registry = registry;
        this.hold = hold;
    }

    @Override
    public boolean admit(Connector connector) {
        ensure(connector, true);
        return hold.admit(connector.slug());
    }

    @Override
    public void added(Connector connector) {
        hold.added(connector.slug());
    }

    /** Checks every agency that takes applications; see the class comment. */
    @Scheduled(fixedDelayString = "${mpp.broker.settings-check-interval:PT30S}",
            initialDelayString = "${mpp.broker.settings-check-interval:PT30S}")
    public void check() {
        for (Connector connector : registry.available()) {
            if (connector.descriptor().services().stream().anyMatch(s -> s.serviceMode() == ServiceMode.APPLICATION)) {
                check(connector);
            }
        }
    }

    /** Checks one agency whose delivery route exists; see the class comment. */
    public void check(Connector connector) {
        ensure(connector, false);
    }

    /**
     * Makes sure the broker applies the agency's settings, and holds or releases its deliveries.
     *
     * @param holdIfUnreachable whether a broker that cannot be reached holds the agency: yes before
     *                          its route exists (nothing was checked yet), no afterwards
     */
    private void ensure(Connector connector, boolean holdIfUnreachable) {
        String slug = connector.slug();
        try {
            if (!broker.inPlace(connector)) {
                broker.apply(connector);
                if (!broker.inPlace(connector)) {
                    throw new BrokerSettingsException("it reports other settings than the hub gave it"
                            + " (a broker setting overrides them?)");
                }
                LOG.info("Queue settings of {} applied to {}", slug, broker.describe());
            }
            if (hold.reasons(slug).contains(DeliveryHold.Reason.QUEUE_SETTINGS)) {
                LOG.warn("Queue settings of {} are now in place on {}: its deliveries go on", slug, broker.describe());
            }
            hold.release(slug, DeliveryHold.Reason.QUEUE_SETTINGS);
        } catch (BrokerSettingsException e) {
            if (e.unreachable() && !holdIfUnreachable) {
                LOG.warn("Queue settings of {} not checked: {}", slug, e.getMessage());
                return;
            }
            LOG.error("DELIVERIES TO {} ARE HELD: {} does not apply its redelivery and dead-letter settings ({}),"
                    + " so an application could be dropped after its last attempt. Applications are still accepted"
                    + " and wait in {}. Give the hub's broker user the 'manage' permission on the broker's"
                    + " management address, or configure the settings on the broker; the hub checks again every"
                    + " mpp.broker.settings-check-interval.", slug, broker.describe(), e.getMessage(),
                    DeliveryQueues.queueOf(slug));
            hold.hold(slug, DeliveryHold.Reason.QUEUE_SETTINGS, null);
        }
    }
}
