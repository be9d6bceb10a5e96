package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ServiceMode;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.support.RouteCalls;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exactly-once effect at every agency: each application service of the catalogue, delivered twice
 * with the same hub request id (as after a crash between the agency's answer and the hub's commit),
 * is registered once: the agency recognises the request id in its own idiom (a header, a body field,
 * a SOAP element) and answers the second delivery with the first registration's reference. The
 * sandbox agencies deduplicate the way the real ones do (agency-protocols.md); a connector whose
 * mapping dropped the request id would get a second registration with a new reference, as another
 * request id with the same data does.
 *
 * <p>Its own hub and sandbox: it registers every catalogue example, which would make the shared
 * sandbox refuse them as duplicates in the tests that submit the same examples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceIT {

    private ConfigurableApplicationContext hub;
    private ConnectorRegistry registry;
    private RouteCalls agencyRoutes;

    @BeforeAll
    void start() {
        String dataDir = "target/it-data/" + System.getProperty("mpp.test.run", "local") + "/exactly-once";
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + Path.of(dataDir).toAbsolutePath());
        registry = hub.getBean(ConnectorRegistry.class);
        agencyRoutes = new RouteCalls(hub.getBean(ProducerTemplate.class), registry, hub.getBean(EnvelopeFactory.class));
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    @Test
    void everyApplicationServiceDeliveredTwiceWithTheSameRequestIdIsRegisteredOnce() {
        List<String> checked = new ArrayList<>();
        List<String> sameForAnotherId = new ArrayList<>();
        for (Connector connector : registry.available()) {
            for (ConnectorDescriptor.Service service : connector.descriptor().services()) {
                if (service.serviceMode() != ServiceMode.APPLICATION) {
                    continue;
                }
                String label = connector.slug() + "/" + service.id();
                String requestId = UUID.randomUUID().toString();
                ObjectNode envelope = agencyRoutes.envelope(connector.slug(), requestId,
                        service.example().path("citizen").path("nik").asText(), service.example().path("data").toString());
                String route = "direct:call-" + connector.slug() + "-" + service.id();

                AgencyOutcome first = agencyRoutes.outcome(route, envelope);
                AgencyOutcome again = agencyRoutes.outcome(route, envelope);

                assertThat(first.kind()).as(label + ": " + first.reason()).isEqualTo(AgencyOutcome.Kind.OK);
                assertThat(first.agencyReference()).as(label + " gives a reference").isNotBlank();
                assertThat(again.kind()).as(label + " again: " + again.reason()).isEqualTo(AgencyOutcome.Kind.OK);
                assertThat(again.agencyReference()).as(label + ": the second delivery is the same registration")
                        .isEqualTo(first.agencyReference());
                // The reference is the registration's, not a digest of the data: another request id with the
                // same data is another registration, or refused by the agency as a duplicate of the citizen's.
                ObjectNode other = agencyRoutes.envelope(connector.slug(), UUID.randomUUID().toString(),
                        service.example().path("citizen").path("nik").asText(), service.example().path("data").toString());
                AgencyOutcome another = agencyRoutes.outcome(route, other);
                if (another.kind() == AgencyOutcome.Kind.OK && another.agencyReference().equals(first.agencyReference())) {
                    sameForAnotherId.add(label);
                }
                checked.add(label);
            }
        }
        assertThat(checked).as("application services checked").hasSizeGreaterThanOrEqualTo(30);
        // Samsat endorses one paid notice (NTPD) once, whichever application asks: its own business key.
        assertThat(sameForAnotherId).as("same reference for another request id").containsExactly("samsat/annual-renewal");
        System.out.println("Exactly once at the agency: " + checked);
    }
}
