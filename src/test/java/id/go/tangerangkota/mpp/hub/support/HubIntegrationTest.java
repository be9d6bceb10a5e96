package id.go.tangerangkota.mpp.hub.support;

import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of end-to-end tests: the whole hub on a random port, with its real embedded broker, a real
 * H2 file database in a folder of its own, and the sandbox agencies on a free port of their own.
 * Subclasses that need another configuration must also give it another {@code mpp.data-dir}: two
 * live brokers cannot share a journal.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@TestPropertySource(properties = {
        "mpp.sandbox.port=0",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/shared"
})
public abstract class HubIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private ProducerTemplate routeProducer;
    @Autowired
    private ConnectorRegistry routeRegistry;
    @Autowired
    private EnvelopeFactory routeEnvelopes;

    protected HubClient counter;
    protected HubClient anonymous;
    /** Route-level calls to the agencies' {@code direct:call-*} routes. */
    protected RouteCalls agencyRoutes;

    @BeforeEach
    void clients() {
        counter = new HubClient(port, HubClient.COUNTER_MPP_KEY);
        anonymous = new HubClient(port, null);
        agencyRoutes = new RouteCalls(routeProducer, routeRegistry, routeEnvelopes);
    }
}
