package id.go.tangerangkota.mpp.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The circuit breaker, bulkhead and inquiry retry of one agency, as its descriptor sets them (here
 * Dinsos with a short open wait, in a copy of the connectors), against faults injected in its
 * sandbox back end: the circuit opens after repeated failures, then refuses at once without
 * calling the agency, lets one trial through after the wait and closes when it succeeds; a single
 * failed attempt of an inquiry is retried; and the other agencies are not affected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CircuitBreakerIT {

    private static final String DTKS = "/api/v1/agencies/dinsos/services/dtks-check";
    private static final String BODY = "{\"citizen\":{\"nik\":\"3671116304880006\"},\"data\":{\"purpose\":\"Pengecekan status bansos\"}}";
    private static final String TASPEN = "/api/v1/agencies/taspen/services/pension-status";
    private static final String TASPEN_BODY = "{\"citizen\":{\"nik\":\"3671092709650005\"},\"data\":{\"lookupBy\":\"nik\"}}";

    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private HubClient admin;
    private SandboxServer sandbox;
    private AgencyGuards guards;

    @BeforeAll
    void start() throws IOException {
        Path connectors = Files.createTempDirectory("circuit-it");
        FileTrees.copy(Path.of("connectors"), connectors);
        Path dinsos = connectors.resolve("dinsos/connector.yaml");
        String yaml = Files.readString(dinsos);
        String tuned = yaml.replace("minimumCalls: 10", "minimumCalls: 4").replace("waitInOpenMs: 30000", "waitInOpenMs: 3000")
                .replace("delivery:\n  maxAttempts: 8", "delivery:\n  maxAttempts: 2");
        assertThat(tuned).contains("minimumCalls: 4").contains("waitInOpenMs: 3000").contains("maxAttempts: 2");
        Files.writeString(dinsos, tuned);
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "circuit-breaker");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors.toAbsolutePath());
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        counter = new HubClient(port, HubClient.COUNTER_MPP_KEY);
        admin = new HubClient(port, HubClient.ADMIN_KEY);
        sandbox = hub.getBean(SandboxServer.class);
        guards = hub.getBean(AgencyGuards.class);
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    /** Each test starts from a healthy agency with a fresh failure history. */
    @AfterEach
    void recover() {
        sandbox.faults().set("dinsos", Fault.NONE);
        guards.of("dinsos").circuit().reset();
    }

    private long dinsosCalls() {
        return sandbox.faults().requests("dinsos");
    }

    @Test
    void repeatedFailuresOpenTheCircuitWhichRefusesAtOnceAndClosesAfterASuccessfulTrial() throws Exception {
        openTheCircuit();

        long before = dinsosCalls();
        long start = System.nanoTime();
        Answer refused = counter.post(DTKS, BODY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.json().path("type").asText()).endsWith("/agency-unavailable");
        assertThat(refused.json().path("agency").asText()).isEqualTo("dinsos");
        assertThat(refused.json().path("circuitState").asText()).isEqualTo("OPEN");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(took).as("refused at once, not after the time limit").isLessThan(Duration.ofSeconds(1));
        assertThat(dinsosCalls()).as("the agency is not called while the circuit is open").isEqualTo(before);
        assertThat(counter.post(TASPEN, TASPEN_BODY).status()).as("other agencies serve on").isEqualTo(200);
        JsonNode health = counter.get("/actuator/health").json().at("/components/connectors/components");
        assertThat(health.path("dinsos").path("status").asText()).as("its health component").isEqualTo("DOWN");
        assertThat(health.path("taspen").path("status").asText()).isEqualTo("UP");
        Answer ready = counter.get("/actuator/health/readiness");
        assertThat(ready.status()).as("the hub stays ready whatever an agency's state: " + ready.body()).isEqualTo(200);
        assertThat(ready.json().path("components").has("connectors")).isFalse();

        sandbox.faults().set("dinsos", Fault.NONE);
        Thread.sleep(3100);
        Answer trial = counter.post(DTKS, BODY);

        assertThat(trial.status()).as(trial.body()).isEqualTo(200);
        assertThat(guards.of("dinsos").circuitState().name()).isEqualTo("CLOSED");
        assertThat(counter.get("/actuator/health/connectors/dinsos").json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void whileTheCircuitIsOpenApplicationsWaitHeldWithoutSpendingAttemptsThenGoOut() throws Exception {
        openTheCircuit();
        String example = exampleOf("dtks-registration");

        Answer accepted = counter.post("/api/v1/agencies/dinsos/services/dtks-registration", example);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("status").asText()).isEqualTo("HELD");
        assertThat(accepted.json().path("heldReason").asText()).isEqualTo("CIRCUIT_OPEN");
        assertThat(accepted.json().path("heldUntil").asText()).as("when the hub tries Dinsos again").isNotEmpty();
        Thread.sleep(800);
        Answer waiting = counter.get(accepted.header("Location"));

        assertThat(hub.getBean(DeliveryHold.class).isHeld("dinsos")).isTrue();
        assertThat(waiting.json().path("status").asText()).isEqualTo("HELD");
        assertThat(waiting.json().path("history").findValuesAsText("note")).anyMatch(note ->
                note.startsWith("Held: Dinsos is not answering (circuit open); the hub tries it again from "));
        assertThat(waiting.json().path("attempts").asInt()).as("no attempt spent on a refused call").isZero();

        sandbox.faults().set("dinsos", Fault.NONE);
        Answer done = counter.await(accepted.header("Location"),
                r -> r.json().path("status").asText().equals("COMPLETED"), Duration.ofSeconds(20));
        assertThat(done.json().path("attempts").asInt()).isEqualTo(1);
        assertThat(done.json().path("history").findValuesAsText("status")).containsSubsequence("HELD", "DISPATCHED",
                "COMPLETED");
        assertThat(guards.of("dinsos").circuitState().name()).isEqualTo("CLOSED");
    }

    @Test
    void aReloadWhileDeliveriesAreHeldHoldsTheNewRouteToo() throws Exception {
        // Held by hand, so the hold lasts as long as the test needs (a circuit's wait could end mid-test).
        DeliveryHold hold = hub.getBean(DeliveryHold.class);
        CamelContext camel = hub.getBean(CamelContext.class);
        hold.hold("dinsos", DeliveryHold.Reason.OFFICE_CLOSED, null);
        try {
            long before = dinsosCalls();
            Answer accepted = counter.post("/api/v1/agencies/dinsos/services/dtks-registration",
                    exampleOf("dtks-registration"));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            Thread.sleep(1000);
            assertThat(dinsosCalls()).as("held: a consumer took it and waits").isEqualTo(before);

            Answer reloaded = admin.post("/api/v1/admin/connectors/dinsos/reload", "");
            assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
            Thread.sleep(1000);

            assertThat(camel.getRouteController().getRouteStatus("deliver-dinsos"))
                    .as("the new delivery route is added held (stopped)").isEqualTo(ServiceStatus.Stopped);
            Answer waiting = counter.get(accepted.header("Location"));
            assertThat(waiting.json().path("status").asText()).isEqualTo("QUEUED");
            assertThat(waiting.json().path("attempts").asInt()).as("not taken by the new route").isZero();
            assertThat(dinsosCalls()).isEqualTo(before);

            hold.release("dinsos", DeliveryHold.Reason.OFFICE_CLOSED);
            // Decided by Dinsos once released (another test of this class may have registered the same household).
            Answer done = counter.await(accepted.header("Location"), r -> r.json().path("status").asText()
                    .matches("COMPLETED|REJECTED"), Duration.ofSeconds(20));
            assertThat(done.json().path("attempts").asInt()).isEqualTo(1);
            assertThat(dinsosCalls()).isEqualTo(before + 1);
        } finally {
            hold.release("dinsos", DeliveryHold.Reason.OFFICE_CLOSED);
        }
    }

    @Test
    void anAdministratorSuspendsAnAgencysDeliveriesAndResumesThem() throws Exception {
        String suspend = "/api/v1/admin/connectors/dinsos/deliveries/suspend";
        String resume = "/api/v1/admin/connectors/dinsos/deliveries/resume";
        assertThat(counter.post(suspend, "").status()).as("counters may not").isEqualTo(403);
        assertThat(admin.post("/api/v1/admin/connectors/no-such-agency/deliveries/suspend", "").status()).isEqualTo(404);
        try {
            Answer suspended = admin.post(suspend, "");
            assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
            assertThat(suspended.json().path("held").asBoolean()).isTrue();
            assertThat(suspended.json().path("reasons").toString()).contains("SUSPENDED");
            long before = dinsosCalls();

            Answer accepted = counter.post("/api/v1/agencies/dinsos/services/dtks-registration",
                    exampleOf("dtks-registration"));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.json().path("status").asText()).isEqualTo("HELD");
            assertThat(accepted.json().path("heldReason").asText()).isEqualTo("SUSPENDED");
            assertThat(accepted.json().has("heldUntil")).as("nobody knows until when").isFalse();
            Thread.sleep(1000);
            assertThat(dinsosCalls()).as("nothing goes to Dinsos while suspended").isEqualTo(before);
            assertThat(counter.get(accepted.header("Location")).json().path("history").findValuesAsText("note"))
                    .contains("Held: deliveries to Dinsos are suspended by the hub's administrators");

            Answer resumed = admin.post(resume, "");
            assertThat(resumed.json().path("held").asBoolean()).as(resumed.body()).isFalse();
            // Decided by Dinsos once resumed (another test of this class may have registered the same household).
            Answer done = counter.await(accepted.header("Location"), r -> r.json().path("status").asText()
                    .matches("COMPLETED|REJECTED"), Duration.ofSeconds(20));
            assertThat(done.json().path("attempts").asInt()).isEqualTo(1);
            assertThat(dinsosCalls()).isEqualTo(before + 1);
        } finally {
            admin.post(resume, "");
        }
    }

    @Test
    void anOutageLongerThanTheDeliveryAttemptsAllowLeavesApplicationsWaitingNotDeadLettered() {
        openTheCircuit();
        // Budi's household (the catalogue example is Dewi's, which another test registers).
        String budi = exampleOf("dtks-registration").replace("3671134101000004", "3671011203850001")
                .replace("3671130303180004", "3671050101150001");
        assertThat(budi).contains("3671011203850001").contains("3671050101150001");
        Answer accepted = counter.post("/api/v1/agencies/dinsos/services/dtks-registration", budi);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");

        // Every 3 s the circuit lets a delivery try Dinsos, which is still down: more failed trials than
        // the two attempts this copy of the descriptor allows.
        long before = dinsosCalls();
        await().atMost(Duration.ofSeconds(40)).until(() -> dinsosCalls() >= before + 3);
        Answer waiting = counter.get(location);
        assertThat(waiting.json().path("status").asText()).as(waiting.body()).isIn("HELD", "DISPATCHED");
        assertThat(waiting.json().path("history").findValuesAsText("note"))
                .anyMatch(note -> note.contains("not counted, Dinsos is down (circuit open)"));

        sandbox.faults().set("dinsos", Fault.NONE);
        Answer done = counter.await(location, r -> r.json().path("status").asText().equals("COMPLETED"),
                Duration.ofSeconds(30));
        assertThat(done.json().path("attempts").asInt()).as("the outage spent no attempt").isLessThanOrEqualTo(2);
        assertThat(done.json().path("history").findValuesAsText("status")).doesNotContain("FAILED");
    }

    /** Dinsos down, and two inquiries of two attempts each: four failures, the descriptor's minimum. */
    private void openTheCircuit() {
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.DOWN, 0, 0));
        for (int i = 0; i < 2; i++) {
            assertThat(counter.post(DTKS, BODY).status()).isEqualTo(503);
        }
        assertThat(guards.of("dinsos").circuitState().name()).isEqualTo("OPEN");
    }

    private String exampleOf(String service) {
        return counter.get("/api/v1/agencies/dinsos/services/" + service).json().path("example").toString();
    }

    @Test
    void anInquiryWhoseFirstAttemptFailsIsRetriedOnce() throws Exception {
        // Every second call to Dinsos fails: one direct call first, so the hub's first attempt is the failing one.
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.FAILING, 0, 0.5));
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/dinsos/api/v1/dtks/cek")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isNotEqualTo(503);
        long before = dinsosCalls();

        Answer a = counter.post(DTKS, BODY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(dinsosCalls() - before).as("a failed attempt and its retry").isEqualTo(2);
    }

    @Test
    void anAgencyAnsweringServerErrorsIsA502AtOnceEvenWithARetryAfter() {
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.FAILING, 0, 1.0));

        long start = System.nanoTime();
        Answer a = counter.post(DTKS, BODY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("agency").asText()).isEqualTo("dinsos");
        // The sandbox's 503 carries Retry-After: 30; the hub must not sit out that wait on a worker thread.
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

}
