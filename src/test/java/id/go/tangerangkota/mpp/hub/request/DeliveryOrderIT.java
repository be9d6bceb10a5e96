package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.LibraryBackend;
import id.go.tangerangkota.mpp.hub.support.LibraryConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Order per citizen: an agency's delivery route runs several consumers, yet one citizen's
 * applications reach the agency one after the other, in the order they were accepted (the broker
 * groups a citizen's messages by the keyed NIK hash), while different citizens are delivered at the
 * same time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryOrderIT {

    private static final List<String> CITIZENS = List.of("3671011203850001", "3671055208920002", "3671071506780003");

    private LibraryBackend library;
    private ConfigurableApplicationContext hub;
    private HubClient counter;

    @BeforeAll
    void start() throws IOException {
        Path root = Files.createTempDirectory("delivery-order-it");
        Path connectors = root.resolve("connectors");
        Path mappings = root.resolve("mappings");
        FileTrees.copy(Path.of("connectors"), connectors);
        FileTrees.copy(Path.of("mappings"), mappings);
        String descriptor = LibraryConnector.descriptor(connectors, "pustaka").replace("  concurrency: 2\n", "  concurrency: 4\n");
        assertThat(descriptor).contains("concurrency: 4");
        LibraryConnector.install(connectors, mappings, "pustaka", descriptor);
        library = new LibraryBackend();
        library.latency(150);
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "delivery-order");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors, "--mpp.locations.mappings=file:" + mappings,
                "--mpp.agency.pustaka.url=" + library.url(), "--mpp.agency.pustaka.api-key=" + LibraryBackend.KEY);
        counter = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), HubClient.COUNTER_MPP_KEY);
    }

    @AfterAll
    void stop() {
        hub.close();
        library.close();
    }

    @Test
    void aCitizensApplicationsReachTheAgencyOneAfterTheOtherInTheirOrder() {
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        List<String> locations = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String nik : CITIZENS) {
                Answer a = counter.post("/api/v1/agencies/pustaka/services/membership", "{\"citizen\":{\"nik\":\"" + nik
                        + "\"},\"data\":{\"category\":\"umum\",\"phone\":\"081312345678\"}}");
                assertThat(a.status()).as(a.body()).isEqualTo(202);
                submitted.computeIfAbsent(nik, n -> new ArrayList<>()).add(a.json().path("requestId").asText());
                locations.add(a.header("Location"));
            }
        }
        for (String location : locations) {
            Answer done = counter.await(location, r -> r.json().path("status").asText().equals("COMPLETED"),
                    Duration.ofSeconds(60));
            assertThat(done.json().path("status").asText()).isEqualTo("COMPLETED");
        }

        for (String nik : CITIZENS) {
            assertThat(library.arrivalsOf(nik)).as("arrival order of one citizen").containsExactlyElementsOf(submitted.get(nik));
        }
        assertThat(library.sameCitizenOverlaps()).as("a citizen's next application waits for the previous one").isZero();
        assertThat(library.mostInFlight()).as("different citizens are still delivered at the same time").isGreaterThan(1);
    }
}
