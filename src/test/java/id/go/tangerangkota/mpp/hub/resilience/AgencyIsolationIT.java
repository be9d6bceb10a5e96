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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.LibraryBackend;
import id.go.tangerangkota.mpp.hub.support.LibraryConnector;
import id.go.tangerangkota.mpp.hub.support.SteadyLoad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One agency's trouble stays its own, under a steady load of counter calls: while one agency is
 * down, or answers only after 5 s, the other agencies' inquiries keep succeeding with a latency
 * within 20 % of what it was before the trouble. The down agency's applications wait HELD behind its
 * open circuit and, once it is back, all reach it, each once and in order per citizen, those whose
 * delivery failed before the circuit opened included.
 *
 * <p>The down agency is a library agency of the connector kit whose back end lives in this test
 * (it records what it registered, in arrival order); the others are sandbox agencies, the slow one
 * slowed by fault injection. Latency is the whole round trip through the hub, median and 90th
 * percentile of the same calls in each window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyIsolationIT {

    private static final List<String> CITIZENS = List.of("3671011203850001", "3671055208920002", "3671071506780003",
            "3671134101000004", "3671092709650005", "3671116304880006");
    private static final String TASPEN = "/api/v1/agencies/taspen/services/pension-status";
    private static final String DINSOS = "/api/v1/agencies/dinsos/services/dtks-check";
    private static final String LIBRARY_STATUS = "/api/v1/agencies/pustaka/services/member-status";
    private static final String LIBRARY_MEMBERSHIP = "/api/v1/agencies/pustaka/services/membership";
    /** The latency bound of the issue: within 20 % of the baseline. */
    private static final double BOUND = 1.20;
    /**
     * The least a bound allows, in ms. Since the sandbox answers without Nagle's 40 ms delay, the
     * baselines are 6-20 ms on two shared cores, where 20 % is 1.2-4 ms: within what one scheduling
     * delay of the test's own threads adds to a percentile. In the clean-clone CI runs the 20 % bound
     * held, but with margins down to 0.5 ms on the 90th percentile.
     */
    private static final double FLOOR_MS = 3.0;
    private static final long WINDOW_MS = 12_000;

    private LibraryBackend library;
    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private SandboxServer sandbox;
    private AgencyGuards guards;

    @BeforeAll
    void start() throws IOException {
        Path root = Files.createTempDirectory("agency-isolation-it");
        Path connectors = root.resolve("connectors");
        Path mappings = root.resolve("mappings");
        FileTrees.copy(Path.of("connectors"), connectors);
        FileTrees.copy(Path.of("mappings"), mappings);
        // Trial calls 5 s apart: an outage of a few seconds spends few of an application's attempts.
        String descriptor = LibraryConnector.descriptor(connectors, "pustaka")
                .replace("circuitBreaker: {waitInOpenMs: 2000}", "circuitBreaker: {waitInOpenMs: 5000}");
        assertThat(descriptor).contains("waitInOpenMs: 5000");
        LibraryConnector.install(connectors, mappings, "pustaka", descriptor);
        library = new LibraryBackend();
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "agency-isolation");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors, "--mpp.locations.mappings=file:" + mappings,
                "--mpp.agency.pustaka.url=" + library.url(), "--mpp.agency.pustaka.api-key=" + LibraryBackend.KEY);
        counter = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), HubClient.COUNTER_MPP_KEY);
        sandbox = hub.getBean(SandboxServer.class);
        guards = hub.getBean(AgencyGuards.class);
    }

    @AfterAll
    void stop() {
        hub.close();
        library.close();
    }

    @Test
    @Order(1)
    void anAgencyDownForAWhileHoldsItsApplicationsAndLeavesTheOthersAsFastThenDrainsInOrder() throws Exception {
        Map<String, List<String>> accepted = new ConcurrentHashMap<>();
        List<String> heldAnswers = new ArrayList<>();
        AtomicInteger turn = new AtomicInteger();
        IntSupplier application = () -> {
            String nik = CITIZENS.get(Math.floorMod(turn.getAndIncrement(), CITIZENS.size()));
            Answer a = counter.post(LIBRARY_MEMBERSHIP, HubClient.citizenBody(nik,
                    "{\"category\":\"umum\",\"phone\":\"081312345678\"}"));
            if (a.status() == 202) {
                accepted.computeIfAbsent(nik, n -> new ArrayList<>()).add(a.json().path("requestId").asText());
                if (a.json().path("status").asText().equals("HELD")) {
                    synchronized (heldAnswers) {
                        heldAnswers.add(a.json().path("heldReason").asText());
                    }
                }
            }
            return a.status();
        };
        SteadyLoad.Latency baseline;
        SteadyLoad.Latency outage;
        int registeredBeforeOutage;
        try (SteadyLoad others = new SteadyLoad(List.of(inquiry(TASPEN), inquiry(DINSOS)), 3, 20);
                SteadyLoad applications = new SteadyLoad(List.of(application), 1, 150)) {
            others.measure(8_000); // warm-up, not counted
            baseline = others.measure(WINDOW_MS);

            library.failing(true);
            await().atMost(Duration.ofSeconds(20)).until(() -> guards.of("pustaka").circuitState().name().equals("OPEN"));
            registeredBeforeOutage = library.registrations();
            outage = others.measure(WINDOW_MS);
            assertThat(library.registrations()).as("nothing reaches the agency while it is down")
                    .isEqualTo(registeredBeforeOutage);
            assertThat(heldAnswers).as("applications accepted behind the open circuit are HELD").contains("CIRCUIT_OPEN");
        }
        library.failing(false);

        System.out.printf("Other agencies' inquiries: baseline %s; one agency down %s%n", baseline, outage);
        assertThat(baseline.errors()).isZero();
        assertThat(outage.errors()).as("the other agencies keep answering").isZero();
        assertThat(outage.p50Ms()).as("median latency within 20 %% (at least %s ms) of the baseline %s", FLOOR_MS,
                baseline).isLessThanOrEqualTo(bound(baseline.p50Ms()));
        assertThat(outage.p90Ms()).as("90th percentile within 20 %% (at least %s ms) of the baseline %s", FLOOR_MS,
                baseline).isLessThanOrEqualTo(bound(baseline.p90Ms()));

        int total = accepted.values().stream().mapToInt(List::size).sum();
        await().atMost(Duration.ofSeconds(90)).until(() -> library.registrations() == total);
        Set<String> retried = new HashSet<>();
        for (List<String> ids : accepted.values()) {
            for (String id : ids) {
                Answer done = counter.await("/api/v1/requests/" + id,
                        r -> r.json().path("status").asText().equals("COMPLETED"), Duration.ofSeconds(30));
                assertThat(done.json().path("history").findValuesAsText("status")).doesNotContain("FAILED");
                assertThat(library.registered(id)).isTrue();
                if (done.json().path("attempts").asInt() > 1) {
                    retried.add(id);
                }
            }
        }
        assertThat(library.registrations()).as("each accepted application registered once").isEqualTo(total);
        System.out.printf("%d applications, %d of them delivered again after a failed attempt%n", total, retried.size());
        for (String nik : CITIZENS) {
            assertThat(library.arrivalsOf(nik)).as("arrival order of one citizen (%d retried overall)", retried.size())
                    .containsExactlyElementsOf(accepted.get(nik));
        }
    }

    @Test
    @Order(2)
    void anAgencyAnsweringInFiveSecondsLeavesTheOthersAsFast() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String taspenBody = example(TASPEN).toString();
        HttpRequest slowCall = HttpRequest.newBuilder(URI.create(counter.baseUrl() + TASPEN))
                .header("X-API-Key", HubClient.COUNTER_MPP_KEY).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(taspenBody)).build();
        Map<Integer, AtomicInteger> taspenAnswers = new LinkedHashMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        SteadyLoad.Latency baseline;
        SteadyLoad.Latency slow;
        try (SteadyLoad others = new SteadyLoad(List.of(inquiry(DINSOS), inquiry(LIBRARY_STATUS)), 3, 20)) {
            others.measure(5_000); // warm-up, not counted
            baseline = others.measure(WINDOW_MS);

            sandbox.faults().set("taspen", new Fault(Fault.Mode.SLOW, 5_000, 0));
            // 40 calls a second to the slow agency: without a bulkhead they would hold every worker thread.
            long end = System.nanoTime() + Duration.ofMillis(WINDOW_MS + 3_000).toNanos();
            Thread slowLoad = new Thread(() -> {
                while (System.nanoTime() < end) {
                    pending.add(client.sendAsync(slowCall, HttpResponse.BodyHandlers.discarding())
                            .thenAccept(r -> {
                                synchronized (taspenAnswers) {
                                    taspenAnswers.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                                }
                            }));
                    try {
                        Thread.sleep(25);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            slowLoad.start();
            others.measure(3_000); // the slow calls pile up first
            slow = others.measure(WINDOW_MS);
            slowLoad.join();
        } finally {
            sandbox.faults().set("taspen", Fault.NONE);
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get();
        guards.of("taspen").circuit().reset();

        System.out.printf("Other agencies' inquiries: baseline %s; one agency slow %s; the slow agency answered %s%n",
                baseline, slow, taspenAnswers);
        assertThat(slow.errors()).as("the other agencies keep answering").isZero();
        assertThat(slow.p50Ms()).as("median latency within 20 %% (at least %s ms) of the baseline %s", FLOOR_MS,
                baseline).isLessThanOrEqualTo(bound(baseline.p50Ms()));
        assertThat(slow.p90Ms()).as("90th percentile within 20 %% (at least %s ms) of the baseline %s", FLOOR_MS,
                baseline).isLessThanOrEqualTo(bound(baseline.p90Ms()));
        assertThat(taspenAnswers).as("the slow agency still answered some calls, and the rest were refused at once")
                .containsKeys(200, 503);
    }

    private static double bound(double baselineMs) {
        return Math.max(baselineMs * BOUND, baselineMs + FLOOR_MS);
    }

    private IntSupplier inquiry(String path) {
        String body = example(path).toString();
        return () -> {
            Answer a = counter.post(path, body);
            return a.status();
        };
    }

    private JsonNode example(String path) {
        return counter.get(path).json().path("example");
    }
}
