package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.dinsos.DinsosBackend;
import id.go.tangerangkota.mpp.hub.sandbox.taspen.TaspenBackend;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dead letters end to end: with Dinsos and Taspen down (faults injected in their sandbox back
 * ends) and two delivery attempts allowed, their applications end FAILED in the dead-letter
 * queues; integrators list them; after the fault clears an admin replays them (all, or one) and
 * each is delivered once and COMPLETED; a discarded one stays FAILED with the reason in its history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLettersIT {

    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private HubClient integrator;
    private HubClient admin;
    private SandboxServer sandbox;

    @BeforeAll
    void start() throws IOException {
        Path connectors = Files.createTempDirectory("dead-letters-it");
        FileTrees.copy(Path.of("connectors"), connectors);
        for (String slug : List.of("dinsos", "taspen")) {
            Path file = connectors.resolve(slug + "/connector.yaml");
            String yaml = Files.readString(file);
            String quick = yaml.replace("  maxAttempts: 8\n  redeliveryDelayMs: 1000\n", "  maxAttempts: 2\n  redeliveryDelayMs: 100\n");
            assertThat(quick).as(slug).isNotEqualTo(yaml);
            Files.writeString(file, quick);
        }
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "dead-letters");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors.toAbsolutePath());
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        counter = new HubClient(port, HubClient.COUNTER_MPP_KEY);
        integrator = new HubClient(port, HubClient.INTEGRATOR_KEY);
        admin = new HubClient(port, HubClient.ADMIN_KEY);
        sandbox = hub.getBean(SandboxServer.class);
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    @Test
    void deadLettersAreListedReplayedOnceEachOrDiscardedWithTheReasonKept() {
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.DOWN, 0, 0));
        sandbox.faults().set("taspen", new Fault(Fault.Mode.DOWN, 0, 0));
        List<String> dinsos = List.of(submit("dinsos", "dtks-registration"), submit("dinsos", "pbi-reactivation"));
        String taspenReplayed = submit("taspen", "pensioner-authentication");
        String taspenDiscarded = submit("taspen", "data-change");
        List<String> all = new ArrayList<>(dinsos);
        all.add(taspenReplayed);
        all.add(taspenDiscarded);
        for (String id : all) {
            JsonNode failed = awaitFinal(id);
            assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("FAILED");
            assertThat(failed.path("reason").asText()).startsWith("Not delivered after 2 attempts");
        }

        // Integrators see them; counters do not; only admins act.
        assertThat(counter.get(letters("dinsos")).status()).isEqualTo(403);
        JsonNode listed = integrator.get(letters("dinsos")).json();
        assertThat(listed.path("count").asInt()).isEqualTo(2);
        assertThat(listed.path("deadLetters").findValuesAsText("requestId")).containsExactlyInAnyOrderElementsOf(dinsos);
        assertThat(listed.path("deadLetters").get(0).path("reason").asText()).startsWith("Not delivered after 2 attempts");
        assertThat(integrator.post(letters("dinsos") + "/replay", "").status()).isEqualTo(403);

        sandbox.faults().set("dinsos", Fault.NONE);
        sandbox.faults().set("taspen", Fault.NONE);
        int dinsosReceived = sandbox.backend("dinsos", DinsosBackend.class).applications().received();

        Answer replayedAll = admin.post(letters("dinsos") + "/replay", "");
        assertThat(replayedAll.status()).as(replayedAll.body()).isEqualTo(200);
        assertThat(replayedAll.json().path("replayed").asInt()).isEqualTo(2);
        for (String id : dinsos) {
            JsonNode done = awaitFinal(id);
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.path("history").findValuesAsText("note"))
                    .anySatisfy(n -> assertThat(n).isEqualTo("Replayed from the dead-letter queue by demo-admin"));
            assertThat(sandbox.backend("dinsos", DinsosBackend.class).applications().callsFor(id)).isEqualTo(1);
        }
        assertThat(sandbox.backend("dinsos", DinsosBackend.class).applications().received() - dinsosReceived).isEqualTo(2);
        assertThat(integrator.get(letters("dinsos")).json().path("count").asInt()).isZero();

        Answer one = admin.post(letters("taspen") + "/" + taspenReplayed + "/replay", "");
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(awaitFinal(taspenReplayed).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(sandbox.backend("taspen", TaspenBackend.class).applications().callsFor(taspenReplayed)).isEqualTo(1);

        Answer tooShort = admin.post(letters("taspen") + "/" + taspenDiscarded + "/discard", "{\"reason\":\"no\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        Answer discarded = admin.post(letters("taspen") + "/" + taspenDiscarded + "/discard",
                "{\"reason\":\"Pemohon membatalkan permohonan di loket\"}");
        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        JsonNode kept = counter.get("/api/v1/requests/" + taspenDiscarded).json();
        assertThat(kept.path("status").asText()).isEqualTo("FAILED");
        assertThat(kept.path("history").findValuesAsText("note")).contains(
                "Dead letter discarded by demo-admin: Pemohon membatalkan permohonan di loket");
        assertThat(integrator.get(letters("taspen")).json().path("count").asInt()).isZero();
        assertThat(sandbox.backend("taspen", TaspenBackend.class).applications().callsFor(taspenDiscarded)).isZero();

        // Nothing left to replay or discard.
        assertThat(admin.post(letters("taspen") + "/" + taspenDiscarded + "/replay", "").status()).isEqualTo(404);
        assertThat(admin.post(letters("taspen") + "/" + taspenReplayed + "/discard",
                "{\"reason\":\"sudah selesai\"}").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/admin/connectors/no-such-agency/dead-letters").status()).isEqualTo(404);
    }

    private static String letters(String slug) {
        return "/api/v1/admin/connectors/" + slug + "/dead-letters";
    }

    private String submit(String agency, String service) {
        String path = "/api/v1/agencies/" + agency + "/services/" + service;
        Answer accepted = counter.post(path, counter.get(path).json().path("example").toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json().path("requestId").asText();
    }

    private JsonNode awaitFinal(String id) {
        return counter.await("/api/v1/requests/" + id,
                r -> r.json().path("status").asText().matches("COMPLETED|REJECTED|FAILED"), Duration.ofSeconds(40)).json();
    }

}
