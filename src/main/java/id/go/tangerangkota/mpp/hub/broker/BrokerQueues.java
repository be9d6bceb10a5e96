package id.go.tangerangkota.mpp.hub.broker;

import java.util.Collection;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.connector.Connector;

/**
 * Puts the queue settings {@link id.go.tangerangkota.mpp.hub.connector.DeliveryQueues} describes on
 * the broker the hub uses: one implementation per kind of broker (embedded, external).
 */
public interface BrokerQueues {

    /**
     * Creates an agency's queue and dead-letter queue and sets their redelivery and dead-letter
     * settings, with the hub's catch-all settings. Applying again changes nothing; messages already
     * queued stay where they are.
     *
     * @throws BrokerSettingsException when the broker cannot be reached or refuses a setting
     */
    void apply(Connector connector);

    /**
     * Whether the broker applies the agency's settings now, as it reports them (merged from every
     * match).
     *
     * @throws BrokerSettingsException when the broker cannot be reached or refuses to tell
     */
    boolean inPlace(Connector connector);

    /**
     * How many messages wait in each of these queues now (a queue the broker does not have counts
     * -1), for monitoring.
     *
     * @throws BrokerSettingsException when the broker cannot be reached or refuses to tell
     */
    Map<String, Long> messageCounts(Collection<String> queues);

    /** Where the settings go, for log lines: "the embedded broker", "the broker at tcp://...". */
    String describe();
}
