package id.go.tangerangkota.mpp.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryHold;
import id.go.tangerangkota.mpp.hub.resilience.QueueSettingsCheck;
import id.go.tangerangkota.mpp.hub.support.StandaloneBroker;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's queue settings on an external broker, as an operator runs it ({@link StandaloneBroker}:
 * stock settings, security on), over a real socket: applied through the management address, kept by
 * the broker across a restart, refused to a user without the {@code manage} permission, and while
 * they are missing the agency's deliveries are held.
 */
class ExternalBrokerQueuesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @TempDir
    Path folder;

    private EmbeddedActiveMQ broker;
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final DeliveryHold hold = new DeliveryHold(camel, Clock.systemUTC(), (agency, note) -> 0);

    @AfterEach
    void stop() throws Exception {
        hold.close();
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void theHubsUserAppliesTheSettingsToTheHubsAddressesOnlyAndTheBrokerKeepsThemAcrossARestart() throws Exception {
        int port = freePort();
        broker = StandaloneBroker.start(port, folder);
        Connector library = connector("pustaka", 3);
        ExternalBrokerQueues queues = queues(port, StandaloneBroker.HUB_USER, StandaloneBroker.HUB_PASSWORD);

        assertThat(queues.inPlace(library)).as("the stock broker dead-letters to DLQ").isFalse();
        queues.apply(library);
        assertThat(queues.inPlace(library)).isTrue();

        ActiveMQServer server = broker.getActiveMQServer();
        AddressSettings agency = server.getAddressSettingsRepository().getMatch("mpp.agency.pustaka");
        assertThat(agency.getDeadLetterAddress().toString()).isEqualTo("mpp.agency.pustaka.dlq");
        assertThat(agency.getMaxDeliveryAttempts()).isEqualTo(3);
        assertThat(agency.getRedeliveryDelay()).isEqualTo(100);
        assertThat(server.getAddressSettingsRepository().getMatch("mpp.agency.pustaka.dlq").getDeadLetterAddress().toString())
                .isEqualTo("mpp.dlq");
        assertThat(server.getAddressSettingsRepository().getMatch("orders.other-application").getDeadLetterAddress().toString())
                .as("another application's address keeps the broker's own settings").isEqualTo("DLQ");
        for (String queue : List.of("mpp.agency.pustaka", "mpp.agency.pustaka.dlq", "mpp.dlq")) {
            assertThat(server.locateQueue(queue)).as(queue).isNotNull();
        }

        // A changed descriptor is applied over the old settings.
        Connector changed = connector("pustaka", 5);
        assertThat(queues.inPlace(changed)).isFalse();
        queues.apply(changed);
        assertThat(queues.inPlace(changed)).isTrue();

        broker.stop();
        broker = StandaloneBroker.start(port, folder);
        assertThat(queues.inPlace(changed)).as("kept in the broker's journal").isTrue();
        assertThat(broker.getActiveMQServer().getAddressSettingsRepository().getMatch("mpp.agency.pustaka")
                .getMaxDeliveryAttempts()).isEqualTo(5);
    }

    @Test
    void aUserWithoutTheManagePermissionIsRefusedAndTheAgencysDeliveriesStartHeld() throws Exception {
        int port = freePort();
        broker = StandaloneBroker.start(port, folder);
        Connector library = connector("pustaka", 3);
        ExternalBrokerQueues queues = queues(port, StandaloneBroker.PLAIN_USER, StandaloneBroker.PLAIN_PASSWORD);

        assertThatThrownBy(() -> queues.apply(library)).isInstanceOfSatisfying(BrokerSettingsException.class,
                e -> assertThat(e.unreachable()).as(e.getMessage()).isFalse());
        assertThat(broker.getActiveMQServer().getAddressSettingsRepository().getMatch("mpp.agency.pustaka")
                .getDeadLetterAddress().toString()).isEqualTo("DLQ");

        QueueSettingsCheck check = new QueueSettingsCheck(queues, null, hold);
        assertThat(check.admit(library)).as("the delivery route is added stopped").isFalse();
        assertThat(hold.reasons("pustaka")).containsExactly(DeliveryHold.Reason.QUEUE_SETTINGS);
        check.check(library);
        assertThat(hold.reasons("pustaka")).as("still refused, still held").containsExactly(DeliveryHold.Reason.QUEUE_SETTINGS);
    }

    @Test
    void aBrokerDownAtStartHoldsTheAgencyUntilItsSettingsAreInPlaceAndALaterOutageChangesNothing() throws Exception {
        int port = freePort();
        Connector library = connector("pustaka", 3);
        ExternalBrokerQueues queues = queues(port, StandaloneBroker.HUB_USER, StandaloneBroker.HUB_PASSWORD);
        QueueSettingsCheck check = new QueueSettingsCheck(queues, null, hold);

        assertThatThrownBy(() -> queues.inPlace(library)).isInstanceOfSatisfying(BrokerSettingsException.class,
                e -> assertThat(e.unreachable()).as(e.getMessage()).isTrue());
        assertThat(check.admit(library)).as("nothing checked yet: held").isFalse();
        assertThat(hold.reasons("pustaka")).containsExactly(DeliveryHold.Reason.QUEUE_SETTINGS);

        broker = StandaloneBroker.start(port, folder);
        check.check(library);
        assertThat(hold.reasons("pustaka")).as("applied and released").isEmpty();
        assertThat(queues.inPlace(library)).isTrue();

        broker.stop();
        broker = null;
        check.check(library);
        assertThat(hold.reasons("pustaka")).as("a broker that is down delivers nothing: no hold needed").isEmpty();
    }

    private ExternalBrokerQueues queues(int port, String user, String password) {
        String url = "tcp://127.0.0.1:" + port;
        ActiveMQConnectionFactory factory = new BrokerClientLimits(Duration.ofSeconds(5), Duration.ofSeconds(2))
                .bound(new ActiveMQConnectionFactory(url, user, password));
        return new ExternalBrokerQueues(new BrokerManagement(factory, "activemq.management", Duration.ofSeconds(5)), url);
    }

    /** A library agency whose applications get {@code maxAttempts} delivery attempts. */
    private static Connector connector(String slug, int maxAttempts) throws IOException {
        ConnectorDescriptor descriptor = YAML.readValue("id: " + slug + "\nname: Dispusip\n"
                + "delivery: {maxAttempts: " + maxAttempts + ", redeliveryDelayMs: 100, maxRedeliveryDelayMs: 1000}\n",
                ConnectorDescriptor.class);
        return new Connector(slug, "connectors/" + slug + "/connector.yaml", descriptor, ConnectorState.AVAILABLE,
                List.of(), "http://127.0.0.1:1", Map.of(), Map.of(), Map.of());
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
