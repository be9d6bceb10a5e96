package id.go.tangerangkota.mpp.hub.connector;

import java.util.List;
import java.util.Objects;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * What the broker must know about the hub's queues, whichever broker it is: each agency queue
 * {@code mpp.agency.<slug>} redelivers with exponential backoff and, after the descriptor's
 * attempts, moves the message to {@code mpp.agency.<slug>.dlq}; every other address of the hub
 * dead-letters to {@code mpp.dlq}. Without a dead-letter address Artemis drops a message after its
 * last attempt, and an accepted application must never be dropped.
 *
 * <p>This class only describes the settings; {@code broker.EmbeddedBrokerQueues} and
 * {@code broker.ExternalBrokerQueues} put them on the embedded or an external broker.
 */
public final class DeliveryQueues {

    /** Catch-all dead-letter queue. */
    public static final String DEFAULT_DLQ = "mpp.dlq";
    /** Every address of the hub: the part of an external broker the hub may configure. */
    public static final String HUB_ADDRESSES = "mpp.#";

    private DeliveryQueues() {
    }

    public static String queueOf(String slug) {
        return "mpp.agency." + slug;
    }

    public static String dlqOf(String slug) {
        return queueOf(slug) + ".dlq";
    }

    /**
     * The settings of every hub address that has none of its own (the agencies' dead-letter queues,
     * the events topic): dead letters go to {@link #DEFAULT_DLQ} instead of being dropped.
     */
    public static AddressSettings defaults() {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEFAULT_DLQ))
                .setMaxDeliveryAttempts(10)
                .setRedeliveryDelay(1000L)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(300_000L)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true);
    }

    /** The settings of one agency's queue, from its descriptor's {@code delivery} block. */
    public static AddressSettings settingsOf(Connector connector) {
        ConnectorDescriptor.Delivery delivery = deliveryOf(connector);
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(dlqOf(connector.slug())))
                .setMaxDeliveryAttempts(delivery.maxAttempts())
                .setRedeliveryDelay(delivery.redeliveryDelayMs())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(delivery.maxRedeliveryDelayMs())
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true);
    }

    /** The catch-all dead-letter queue, which must exist before anything is dead-lettered to it. */
    public static QueueConfiguration defaultDeadLetterQueue() {
        return anycast(DEFAULT_DLQ);
    }

    /** An agency's queue and its dead-letter queue: durable, one consumer group per queue. */
    public static List<QueueConfiguration> queuesOf(Connector connector) {
        return List.of(anycast(queueOf(connector.slug())), anycast(dlqOf(connector.slug())));
    }

    /**
     * Whether settings a broker reports for an agency's queue and for its dead-letter queue (each
     * merged from every match, as the broker applies them) are the ones this class asks for: where
     * dead letters go and after how many attempts, and how redeliveries are spaced.
     */
    public static boolean inPlace(Connector connector, AddressSettings queue, AddressSettings deadLetters) {
        AddressSettings wanted = settingsOf(connector);
        return sameDelivery(wanted, queue) && sameDeadLetterAddress(defaults(), deadLetters);
    }

    private static boolean sameDelivery(AddressSettings wanted, AddressSettings actual) {
        return sameDeadLetterAddress(wanted, actual)
                && wanted.getMaxDeliveryAttempts() == actual.getMaxDeliveryAttempts()
                && wanted.getRedeliveryDelay() == actual.getRedeliveryDelay()
                && wanted.getRedeliveryMultiplier() == actual.getRedeliveryMultiplier()
                && wanted.getMaxRedeliveryDelay() == actual.getMaxRedeliveryDelay();
    }

    private static boolean sameDeadLetterAddress(AddressSettings wanted, AddressSettings actual) {
        return Objects.equals(wanted.getDeadLetterAddress(), actual.getDeadLetterAddress());
    }

    private static ConnectorDescriptor.Delivery deliveryOf(Connector connector) {
        return connector.descriptor().delivery() == null
                ? ConnectorDescriptor.Delivery.DEFAULTS
                : connector.descriptor().delivery().withDefaults();
    }

    private static QueueConfiguration anycast(String name) {
        return QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }
}
