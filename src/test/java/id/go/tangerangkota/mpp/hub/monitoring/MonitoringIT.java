package id.go.tangerangkota.mpp.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
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
 * What integrators see when an agency goes down and comes back, through the admin API, the health
 * endpoint and the Prometheus metrics of a whole hub: Dinsos (with a short circuit wait, in a copy
 * of the connectors) is stopped by fault injection in its sandbox back end; its circuit opens, its
 * state turns DOWN and its queue grows with the applications accepted meanwhile; after recovery it is
 * UP again and its queue drained. Every metric value is compared with the calls this test made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringIT {

    private static final String DTKS = "/api/v1/agencies/dinsos/services/dtks-check";
    private static final String NIK = "3671116304880006";
    private static final String BODY = "{\"citizen\":{\"nik\":\"" + NIK + "\"},\"data\":{\"purpose\":\"Pengecekan status bansos\"}}";
    private static final String REGISTRATION = "/api/v1/agencies/dinsos/services/dtks-registration";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private HubClient integrator;
    private SandboxServer sandbox;

    @BeforeAll
    void start() throws IOException {
        Path connectors = Files.createTempDirectory("monitoring-it");
        FileTrees.copy(Path.of("connectors"), connectors);
        Path dinsos = connectors.resolve("dinsos/connector.yaml");
        String tuned = Files.readString(dinsos).replace("minimumCalls: 10", "minimumCalls: 4")
                .replace("waitInOpenMs: 30000", "waitInOpenMs: 10000");
        assertThat(tuned).contains("minimumCalls: 4").contains("waitInOpenMs: 10000");
        Files.writeString(dinsos, tuned);
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "monitoring");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.monitoring.sample-interval=PT1S",
                "--mpp.locations.connectors=file:" + connectors.toAbsolutePath());
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        counter = new HubClient(port, HubClient.COUNTER_MPP_KEY);
        integrator = new HubClient(port, HubClient.INTEGRATOR_KEY);
        sandbox = hub.getBean(SandboxServer.class);
    }

    @AfterAll
    void stop() {
        sandbox.faults().set("dinsos", Fault.NONE);
        hub.close();
    }

    @Test
    void anAgencyThatGoesDownShowsDownWithAGrowingQueueThenUpAndDrainedWithMetricsMatchingTheCalls() {
        Metrics before = scrape();
        JsonNode up = dinsos();
        assertThat(up.path("state").asText()).isEqualTo("UP");
        assertThat(up.path("circuit").asText()).isEqualTo("CLOSED");
        assertThat(up.path("name").asText()).isEqualTo("Dinas Sosial Kota Tangerang");
        assertThat(up.path("shortName").asText()).isEqualTo("Dinsos");

        // Three answered inquiries and one refused body.
        for (int i = 0; i < 3; i++) {
            assertThat(counter.post(DTKS, BODY).status()).isEqualTo(200);
        }
        Answer invalid = counter.post(DTKS, "{\"citizen\":{\"nik\":\"12\"},\"data\":{}}");
        assertThat(invalid.status()).isEqualTo(400);

        // Dinsos goes down: two inquiries of two attempts each open its circuit.
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.DOWN, 0, 0));
        long reachedBefore = sandbox.faults().requests("dinsos");
        List<String> failedRequestIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Answer down = counter.post(DTKS, BODY);
            assertThat(down.status()).as(down.body()).isEqualTo(503);
            failedRequestIds.add(down.header("X-Request-Id"));
        }
        // Each inquiry tries twice; the attempt after the circuit opened never reached Dinsos.
        long failedCalls = sandbox.faults().requests("dinsos") - reachedBefore;
        assertThat(failedCalls).isBetween(2L, 4L);
        JsonNode open = dinsos();
        assertThat(open.path("state").asText()).isEqualTo("DOWN");
        assertThat(open.path("circuit").asText()).isEqualTo("OPEN");
        assertThat(open.path("lastError").path("reason").asText()).isNotBlank().doesNotContain(NIK);
        assertThat(open.path("latencyMs").path("failures").asLong()).as("failed and refused calls").isEqualTo(4);
        assertThat(counter.get("/actuator/health/connectors/dinsos").json().path("status").asText())
                .isEqualTo("DOWN");
        assertThat(counter.get("/actuator/health/connectors/taspen").json().path("status").asText())
                .isEqualTo("UP");

        // Applications accepted meanwhile wait HELD; the queue grows by one with each.
        String example = counter.get("/api/v1/agencies/dinsos/services/dtks-registration").json()
                .path("example").toString();
        List<String> locations = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Answer accepted = counter.post(REGISTRATION, example);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.json().path("status").asText()).isEqualTo("HELD");
            locations.add(accepted.header("Location"));
            int expected = i;
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(dinsos().path("queueDepth").asLong()).as("queue depth").isEqualTo(expected));
        }
        JsonNode grown = dinsos();
        assertThat(grown.path("state").asText()).isIn("DOWN", "DEGRADED");
        assertThat(grown.path("deliveries").path("reasons").toString()).contains("CIRCUIT_OPEN");
        // Held as the store says: all five, unless the circuit's wait ended and a delivery's trial took one.
        await().atMost(PATIENCE).untilAsserted(() -> {
            long held = locations.stream().filter(l -> counter.get(l).json().path("status").asText().equals("HELD"))
                    .count();
            assertThat(held).isGreaterThanOrEqualTo(4);
            Metrics m = scrape();
            assertThat(dinsos().path("held").asLong()).isEqualTo(held);
            assertThat(m.value("mpp_agency_held", "agency=\"dinsos\"")).isEqualTo(held);
            assertThat(m.value("mpp_agency_queue_depth", "agency=\"dinsos\"")).isEqualTo(5);
        });

        // The failures are listed with their request ids.
        JsonNode failures = integrator.get("/api/v1/admin/failures?agency=dinsos").json().path("failures");
        assertThat(failures.findValuesAsText("requestId")).containsAll(failedRequestIds);
        assertThat(failures.findValuesAsText("kind")).contains("AGENCY_FAILURE");
        assertThat(failures.toString()).doesNotContain(NIK);

        // Dinsos comes back. Once the circuit's wait is over a held delivery makes the trial call, which
        // succeeds and closes the circuit; the held applications go out and the queue drains.
        sandbox.faults().set("dinsos", Fault.NONE);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode back = dinsos();
            assertThat(back.path("state").asText()).isEqualTo("UP");
            assertThat(back.path("circuit").asText()).isEqualTo("CLOSED");
            assertThat(back.path("queueDepth").asLong()).isZero();
            assertThat(back.path("held").asLong()).isZero();
        });
        // All five reached Dinsos and were decided (it registers a family's first proposal and rejects
        // the next ones while that one is being verified: the five come from one citizen).
        Map<String, Integer> decided = new HashMap<>();
        for (String location : locations) {
            Answer done = counter.await(location, r -> r.json().path("status").asText().matches("COMPLETED|REJECTED"),
                    PATIENCE);
            decided.merge(done.json().path("status").asText(), 1, Integer::sum);
        }
        assertThat(decided.getOrDefault("COMPLETED", 0)).isGreaterThanOrEqualTo(1);
        assertThat(counter.get("/actuator/health/connectors/dinsos").json().path("status").asText()).isEqualTo("UP");
        assertThat(dinsos().path("lastSuccessAt").isNull()).isFalse();

        // The metrics count exactly what this test did.
        Metrics after = scrape();
        String inquiry = "agency=\"dinsos\",mode=\"inquiry\",outcome=\"%s\",service=\"dtks-check\"";
        String series = "before:\n" + before.lines("mpp_requests_total") + "after:\n" + after.lines("mpp_requests_total");
        assertThat(after.delta(before, "mpp_requests_total", inquiry.formatted("answered"))).as(series)
                .isEqualTo(3);
        assertThat(after.delta(before, "mpp_requests_total", inquiry.formatted("invalid"))).isEqualTo(1);
        assertThat(after.delta(before, "mpp_requests_total", inquiry.formatted("unavailable"))).isEqualTo(2);
        assertThat(after.delta(before, "mpp_requests_total",
                "agency=\"dinsos\",mode=\"application\",outcome=\"held\",service=\"dtks-registration\"")).isEqualTo(5);
        assertThat(after.delta(before, "mpp_agency_call_seconds_count",
                "agency=\"dinsos\",outcome=\"success\",service=\"dtks-check\"")).isEqualTo(3);
        assertThat(after.delta(before, "mpp_agency_call_seconds_count",
                "agency=\"dinsos\",outcome=\"failure\",service=\"dtks-check\"")).isEqualTo(failedCalls);
        for (String status : List.of("COMPLETED", "REJECTED")) {
            assertThat(after.delta(before, "mpp_applications_finished_total",
                    "agency=\"dinsos\",service=\"dtks-registration\",status=\"" + status + "\""))
                    .as(status).isEqualTo((double) decided.getOrDefault(status, 0));
        }
        assertThat(after.value("mpp_agency_circuit_state", "agency=\"dinsos\",state=\"closed\"")).isEqualTo(1);
        assertThat(after.value("mpp_agency_circuit_state", "agency=\"dinsos\",state=\"open\"")).isZero();
        assertThat(after.value("mpp_agency_state", "agency=\"dinsos\",state=\"up\"")).isEqualTo(1);
        assertThat(after.text()).as("Camel route metrics").contains("camel_exchanges_total{");
        assertThat(after.text()).as("no NIK in any metric").doesNotContain(NIK);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(scrape().value("mpp_agency_queue_depth", "agency=\"dinsos\"")).isZero());
    }

    @Test
    void theAdminApiListsEveryAgencyAndEveryRouteAndRefusesCountersAndBadInput() {
        JsonNode overview = integrator.get("/api/v1/admin/connectors").json();
        assertThat(overview.path("agencies").size()).isEqualTo(17);
        assertThat(overview.path("you").path("role").asText()).isEqualTo("INTEGRATOR");
        assertThat(overview.path("agencies").findValuesAsText("agency")).contains("dinsos", "pln", "taspen");

        JsonNode routes = integrator.get("/api/v1/admin/routes").json().path("routes");
        JsonNode delivery = null;
        for (JsonNode route : routes) {
            if (route.path("id").asText().equals("deliver-dinsos")) {
                delivery = route;
            }
        }
        assertThat(delivery).as("deliver-dinsos listed").isNotNull();
        assertThat(delivery.path("agency").asText()).isEqualTo("dinsos");
        assertThat(delivery.path("status").asText()).isEqualTo("Started");

        assertThat(counter.get("/api/v1/admin/connectors").status()).isEqualTo(403);
        Answer unknown = integrator.get("/api/v1/admin/connectors/nowhere");
        assertThat(unknown.status()).isEqualTo(404);
        Answer badLimit = integrator.get("/api/v1/admin/failures?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
    }

    private JsonNode dinsos() {
        Answer answer = integrator.get("/api/v1/admin/connectors/dinsos");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Metrics scrape() {
        Answer answer = counter.get("/actuator/prometheus");
        assertThat(answer.status()).isEqualTo(200);
        return new Metrics(answer.body());
    }

    /** A Prometheus text scrape. */
    private record Metrics(String text) {

        /** The value of the series with exactly these labels (Prometheus sorts them by name), 0 when absent. */
        double value(String name, String labels) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + ",}") + " (\\S+)$|^"
                    + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$").matcher(text);
            if (!m.find()) {
                return 0;
            }
            return Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
        }

        String lines(String name) {
            StringBuilder out = new StringBuilder();
            text.lines().filter(l -> l.startsWith(name + "{")).forEach(l -> out.append(l).append('\n'));
            return out.toString();
        }

        double delta(Metrics before, String name, String labels) {
            return value(name, labels) - before.value(name, labels);
        }
    }
}
