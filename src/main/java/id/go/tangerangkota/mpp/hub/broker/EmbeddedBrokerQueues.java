package id.go.tangerangkota.mpp.hub.broker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.DeliveryQueues;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;

/**
 * The hub's queue settings on the embedded broker: written into its configuration before it starts
 * (every connector known then), and into the running broker for a connector loaded or reloaded
 * later. Nothing can refuse them here, but the same checks run as for an external broker.
 */
public class EmbeddedBrokerQueues implements BrokerQueues, ArtemisConfigurationCustomizer {

    private final ConnectorRegistry registry;
    private final ObjectProvider<EmbeddedActiveMQ> broker;

    public EmbeddedBrokerQueues(ConnectorRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker) {
        this.registry = registry;
        this.broker = broker;
    }

    @Override
    public void customize(Configuration configuration) {
        configuration.addQueueConfiguration(DeliveryQueues.defaultDeadLetterQueue());
        configuration.addAddressSetting(DeliveryQueues.HUB_ADDRESSES, DeliveryQueues.defaults());
        for (Connector connector : registry.all()) {
            if (connector.descriptor() == null) {
                continue;
            }
            DeliveryQueues.queuesOf(connector).forEach(configuration::addQueueConfiguration);
            configuration.addAddressSetting(DeliveryQueues.queueOf(connector.slug()), DeliveryQueues.settingsOf(connector));
        }
    }

    @Override
    public void apply(Connector connector) {
        ActiveMQServer server = server();
        try {
            server.getAddressSettingsRepository().addMatch(DeliveryQueues.HUB_ADDRESSES, DeliveryQueues.defaults());
            server.getAddressSettingsRepository().addMatch(DeliveryQueues.queueOf(connector.slug()),
                    DeliveryQueues.settingsOf(connector));
            server.createQueue(DeliveryQueues.defaultDeadLetterQueue(), true);
            for (QueueConfiguration queue : DeliveryQueues.queuesOf(connector)) {
                server.createQueue(queue, true);
            }
        } catch (Exception e) {
            throw new BrokerSettingsException("the embedded broker refused the queues of " + connector.slug()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean inPlace(Connector connector) {
        ActiveMQServer server = server();
        return DeliveryQueues.inPlace(connector,
                server.getAddressSettingsRepository().getMatch(DeliveryQueues.queueOf(connector.slug())),
                server.getAddressSettingsRepository().getMatch(DeliveryQueues.dlqOf(connector.slug())))
                && server.locateQueue(DeliveryQueues.DEFAULT_DLQ) != null
                && DeliveryQueues.queuesOf(connector).stream().allMatch(q -> server.locateQueue(q.getName()) != null);
    }

    @Override
    public Map<String, Long> messageCounts(Collection<String> queues) {
        ActiveMQServer server = server();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : queues) {
            org.apache.activemq.artemis.core.server.Queue queue = server.locateQueue(name);
            counts.put(name, queue == null ? -1L : queue.getMessageCount());
        }
        return counts;
    }

    @Override
    public String describe() {
        return "the embedded broker";
    }

    private ActiveMQServer server() {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        if (embedded == null || embedded.getActiveMQServer() == null || !embedded.getActiveMQServer().isStarted()) {
            throw new BrokerSettingsException("the embedded broker is not running");
        }
        return embedded.getActiveMQServer();
    }
}
