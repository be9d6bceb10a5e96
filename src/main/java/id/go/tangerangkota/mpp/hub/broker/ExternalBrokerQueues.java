package id.go.tangerangkota.mpp.hub.broker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.DeliveryQueues;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The hub's queue settings on an external Artemis broker, through its management operations
 * ({@code addAddressSettings}, {@code createQueue}, {@code getAddressSettingsAsJSON}): the broker
 * keeps them in its journal, so they outlive its restarts. Only the hub's own addresses
 * ({@code mpp.#}) are touched: the broker may serve other applications, whose settings are theirs.
 *
 * <p>The hub's broker user needs the {@code manage} permission on the management address (and the
 * usual send, consume and create permissions on {@code mpp.#}); without it the settings are refused
 * and the hub holds the agency's deliveries (see {@code resilience.QueueSettingsCheck}).
 */
public class ExternalBrokerQueues implements BrokerQueues {

    private final BrokerManagement management;
    private final String where;

    /**
     * @param brokerUrl the broker's URL, for log lines only (its query part, which may carry
     *                  credentials, is left out)
     */
    public ExternalBrokerQueues(BrokerManagement management, String brokerUrl) {
        this.management = management;
        this.where = "the broker at " + withoutQuery(brokerUrl);
    }

    /** A broker URL without its query part, which may carry credentials: fit for a log line. */
    static String withoutQuery(String brokerUrl) {
        return brokerUrl.replaceFirst("\\?.*$", "");
    }

    @Override
    public void apply(Connector connector) {
        try (BrokerManagement.Calls calls = management.open()) {
            calls.invoke("addAddressSettings", DeliveryQueues.HUB_ADDRESSES, DeliveryQueues.defaults().toJSON());
            calls.invoke("addAddressSettings", DeliveryQueues.queueOf(connector.slug()),
                    DeliveryQueues.settingsOf(connector).toJSON());
            calls.invoke("createQueue", DeliveryQueues.defaultDeadLetterQueue().toJSON(), true);
            for (QueueConfiguration queue : DeliveryQueues.queuesOf(connector)) {
                calls.invoke("createQueue", queue.toJSON(), true);
            }
        }
    }

    @Override
    public boolean inPlace(Connector connector) {
        try (BrokerManagement.Calls calls = management.open()) {
            return DeliveryQueues.inPlace(connector, settingsOf(calls, DeliveryQueues.queueOf(connector.slug())),
                    settingsOf(calls, DeliveryQueues.dlqOf(connector.slug())))
                    && calls.hasQueue(DeliveryQueues.DEFAULT_DLQ)
                    && DeliveryQueues.queuesOf(connector).stream().allMatch(q -> calls.hasQueue(q.getName().toString()));
        }
    }

    @Override
    public Map<String, Long> messageCounts(Collection<String> queues) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (BrokerManagement.Calls calls = management.open()) {
            for (String name : queues) {
                counts.put(name, calls.messageCount(name));
            }
        }
        return counts;
    }

    @Override
    public String describe() {
        return where;
    }

    /** The settings the broker applies to an address, merged from every match. */
    private static AddressSettings settingsOf(BrokerManagement.Calls calls, String address) {
        return AddressSettings.fromJSON(String.valueOf(calls.invoke("getAddressSettingsAsJSON", address)));
    }
}
