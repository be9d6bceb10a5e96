package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.support.Citizens;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Technical failures while delivering an application, with Disdukcapil's back end really gone
 * (its sandbox stopped) and back (started again on the same port): the application is redelivered
 * and reaches the agency exactly once; after the descriptor's attempts it is FAILED with the reason.
 * A copy of the connectors gives Disdukcapil 2 attempts, 3 s apart, to keep the test short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryFailuresIT {

    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private int sandboxPort;
    private SandboxServer restarted;

    @BeforeAll
    void start(@TempDir Path connectors) throws IOException {
        FileTrees.copy(Path.of("connectors"), connectors);
        Path descriptor = connectors.resolve("disdukcapil/connector.yaml");
        String yaml = Files.readString(descriptor).replaceAll("maxAttempts: 40", "maxAttempts: 2")
                .replaceAll("redeliveryDelayMs: 1000", "redeliveryDelayMs: 3000");
        assertThat(yaml).contains("maxAttempts: 2").contains("redeliveryDelayMs: 3000");
        Files.writeString(descriptor, yaml);
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "delivery-failures");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors.toAbsolutePath());
        counter = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), HubClient.COUNTER_MPP_KEY);
        sandboxPort = hub.getBean(SandboxServer.class).port();
    }

    @AfterAll
    void stop() {
        if (restarted != null) {
            restarted.close();
        }
        hub.close();
    }

    @Test
    void anAgencyDownThenBackGetsTheApplicationExactlyOnceAndOneDownTooLongEndsFailed() throws IOException {
        hub.getBean(SandboxServer.class).close();

        // One application while the agency stays down: it runs out of its attempts.
        Answer lost = counter.post(Citizens.BIRTH, Citizens.birthBody(Citizens.SITI, "Anak Gagal Kirim"));
        assertThat(lost.status()).isEqualTo(202);
        Answer failed = counter.await(lost.header("Location"),
                r -> r.json().path("status").asText().equals("FAILED"), Duration.ofSeconds(30));

        // Another whose first attempt fails, then the agency comes back before its second.
        Answer recovered = counter.post(Citizens.BIRTH, Citizens.birthBody(Citizens.SITI, "Anak Dikirim Ulang"));
        assertThat(recovered.status()).isEqualTo(202);
        counter.await(recovered.header("Location"), r -> r.body().contains("Attempt 1 failed"), Duration.ofSeconds(15));
        restarted = SandboxServer.start(SandboxSettings.demo(sandboxPort));

        assertThat(failed.json().path("reason").asText()).startsWith("Not delivered after 2 attempts")
                .contains("Disdukcapil");
        String recoveredId = recovered.json().path("requestId").asText();
        Answer done = counter.await(recovered.header("Location"),
                r -> r.json().path("status").asText().equals("COMPLETED"), Duration.ofSeconds(30));
        assertThat(done.json().path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(restarted.births().callsFor(recoveredId)).isEqualTo(1);
        assertThat(restarted.births().registration(recoveredId)).isPresent();
        assertThat(restarted.births().callsFor(lost.json().path("requestId").asText())).isZero();
    }

}
