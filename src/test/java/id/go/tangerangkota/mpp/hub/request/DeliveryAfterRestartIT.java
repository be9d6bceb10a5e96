package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.support.Citizens;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Applications accepted while delivery is suspended survive a restart of the application context:
 * the embedded broker's journal and the H2 file keep them, and the restarted hub delivers them.
 */
class DeliveryAfterRestartIT {

    private static ConfigurableApplicationContext start(Path dataDir, boolean delivery) {
        return new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run(
                "--server.port=0", "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.delivery.enabled=" + delivery);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void queuedApplicationsAreDeliveredAfterTheHubRestarts() {
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "restart");
        List<String> locations = new ArrayList<>();

        try (ConfigurableApplicationContext first = start(dataDir, false)) {
            HubClient counter = new HubClient(port(first), HubClient.COUNTER_MPP_KEY);
            for (int i = 0; i < 5; i++) {
                Answer a = counter.post(Citizens.BIRTH, Citizens.birthBody(Citizens.SITI, "Anak Restart " + i));
                assertThat(a.status()).as(a.body()).isEqualTo(202);
                locations.add(a.header("Location"));
            }
            for (String location : locations) {
                assertThat(counter.get(location).json().path("status").asText()).isEqualTo("QUEUED");
            }
        }

        try (ConfigurableApplicationContext second = start(dataDir, true)) {
            HubClient counter = new HubClient(port(second), HubClient.COUNTER_MPP_KEY);
            for (String location : locations) {
                Answer done = counter.await(location, r -> r.json().path("status").asText().equals("COMPLETED"),
                        Duration.ofSeconds(30));
                assertThat(done.json().path("agencyReference").asText()).startsWith("3671-LT-");
            }
        }
    }
}
