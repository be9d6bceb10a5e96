package id.go.tangerangkota.mpp.hub.connector;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;

/**
 * Configures the embedded broker's queues from the connectors: each agency queue
 * {@code mpp.agency.<slug>} redelivers with exponential backoff and, after the descriptor's
 * attempts, moves the message to {@code mpp.agency.<slug>.dlq}. Every other address dead-letters to
 * {@code mpp.dlq}: without a dead-letter address Artemis drops a message after its last attempt,
 * and an accepted application must never be dropped.
 */
public class DeliveryQueues implements ArtemisConfigurationCustomizer {

    /** Catch-all dead-letter queue. */
    public static final String DEFAULT_DLQ = "mpp.dlq";

    private final ConnectorRegistry registry;

    public DeliveryQueues(ConnectorRegistry registry) {
        this.registry = registry;
    }

    public static String queueOf(String slug) {
        return "mpp.agency." + slug;
    }

    public static String dlqOf(String slug) {
        return queueOf(slug) + ".dlq";
    }

    @Override
    public void customize(Configuration configuration) {
        configuration.addQueueConfiguration(anycast(DEFAULT_DLQ));
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEFAULT_DLQ))
                .setMaxDeliveryAttempts(10)
                .setRedeliveryDelay(1000)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(300_000)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        for (Connector connector : registry.all()) {
            if (connector.descriptor() == null) {
                continue;
            }
            String queue = queueOf(connector.slug());
            configuration.addQueueConfiguration(anycast(queue));
            configuration.addQueueConfiguration(anycast(dlqOf(connector.slug())));
            configuration.addAddressSetting(queue, settingsOf(connector));
        }
    }

    /**
     * Applies one connector's delivery settings to the running embedded broker, after a reload: a
     * new agency gets its queue and dead-letter queue, a changed one its new backoff and attempts.
     * Messages already queued stay where they are.
     */
    public void apply(ActiveMQServer broker, Connector connector) throws Exception {
        if (connector.descriptor() == null) {
            return;
        }
        String queue = queueOf(connector.slug());
        broker.getAddressSettingsRepository().addMatch(queue, settingsOf(connector));
        broker.createQueue(anycast(queue), true);
        broker.createQueue(anycast(dlqOf(connector.slug())), true);
    }

    private static AddressSettings settingsOf(Connector connector) {
        ConnectorDescriptor.Delivery delivery = connector.descriptor().delivery() == null
                ? ConnectorDescriptor.Delivery.DEFAULTS
                : connector.descriptor().delivery().withDefaults();
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(dlqOf(connector.slug())))
                .setMaxDeliveryAttempts(delivery.maxAttempts())
                .setRedeliveryDelay(delivery.redeliveryDelayMs())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(delivery.maxRedeliveryDelayMs())
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true);
    }

    private static QueueConfiguration anycast(String name) {
        return QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }
}
