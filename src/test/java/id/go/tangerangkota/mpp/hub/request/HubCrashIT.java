package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.LibraryBackend;
import id.go.tangerangkota.mpp.hub.support.LibraryConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hub killed with SIGKILL while applications stream in, then started again on the same data
 * folder: every application answered 202 reaches its agency and ends COMPLETED, and none is
 * registered twice. The hub is the packaged jar in its own process; the three agencies (library
 * back ends of the connector kit's fictitious agency) live in this JVM, so what they received
 * survives the hub's death, and deduplicate on the hub's request id as real agencies do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubCrashIT {

    private static final List<String> AGENCIES = List.of("pustaka-a", "pustaka-b", "pustaka-c");
    private static final int BEFORE_CRASH = 1000;
    private static final int AFTER_RESTART = 1000;
    /** The showcase citizens: each one's applications are delivered in order, different ones in parallel. */
    private static final List<String> CITIZENS = List.of("3671011203850001", "3671055208920002", "3671071506780003",
            "3671134101000004", "3671092709650005", "3671116304880006");

    private final Map<String, LibraryBackend> backends = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path root;
    private int port;
    private Process hub;

    @BeforeAll
    void prepare() throws IOException {
        root = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "hub-crash").toAbsolutePath();
        Path connectors = root.resolve("connectors");
        Path mappings = root.resolve("mappings");
        FileTrees.copy(Path.of("connectors"), connectors);
        FileTrees.copy(Path.of("mappings"), mappings);
        for (String slug : AGENCIES) {
            backends.put(slug, new LibraryBackend());
            String descriptor = LibraryConnector.descriptor(connectors, slug)
                    .replace("  maxAttempts: 8\n  redeliveryDelayMs: 1000\n", "  maxAttempts: 30\n  redeliveryDelayMs: 200\n")
                    .replace("  concurrency: 2\n", "  concurrency: 4\n");
            assertThat(descriptor).contains("maxAttempts: 30").contains("concurrency: 4");
            LibraryConnector.install(connectors, mappings, slug, descriptor);
        }
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @AfterAll
    void stop() {
        if (hub != null) {
            hub.destroyForcibly();
        }
        backends.values().forEach(LibraryBackend::close);
    }

    private Process startHub(String log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", Path.of("target/mpp-hub.jar").toAbsolutePath().toString(),
                "--spring.profiles.active=sandbox", "--server.port=" + port, "--mpp.sandbox.port=0",
                "--mpp.data-dir=" + root.resolve("data"),
                "--mpp.locations.connectors=file:" + root.resolve("connectors"),
                "--mpp.locations.mappings=file:" + root.resolve("mappings")));
        for (String slug : AGENCIES) {
            command.add("--mpp.agency." + slug + ".url=" + backends.get(slug).url());
            command.add("--mpp.agency." + slug + ".api-key=" + LibraryBackend.KEY);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve(log).toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("hub process died at start; see " + root.resolve(log)).isTrue();
            try {
                HttpResponse<String> agencies = http.send(request("/api/v1/agencies").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (agencies.statusCode() == 200 && agencies.body().contains("\"pustaka-c\"")) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("hub did not start within 180 s; see " + root.resolve(log));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", HubClient.COUNTER_MPP_KEY);
    }

    /**
     * Sends {@code count} applications, 32 at a time, round-robin over the agencies; calls
     * {@code midway} once when half of them are accepted. Returns the ids answered 202.
     */
    private Set<String> submit(int count, Runnable midway) throws InterruptedException {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Semaphore inFlight = new Semaphore(32);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger fired = new AtomicInteger();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            String slug = AGENCIES.get(i % AGENCIES.size());
            String body = "{\"citizen\":{\"nik\":\"" + CITIZENS.get(i % CITIZENS.size())
                    + "\"},\"data\":{\"category\":\"umum\",\"phone\":\"081312345678\"}}";
            calls.add(http.sendAsync(request("/api/v1/agencies/" + slug + "/services/membership")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((answer, failure) -> {
                        inFlight.release();
                        if (failure == null && answer.statusCode() == 202) {
                            accepted.add(HubClient.parse(answer.body()).path("requestId").asText());
                        }
                        if (done.incrementAndGet() >= count / 2 && fired.getAndIncrement() == 0) {
                            midway.run();
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return accepted;
    }

    @Test
    void everyApplicationAnswered202BeforeAndAfterASigkillIsDeliveredOnceAndCompleted() throws Exception {
        hub = startHub("hub-1.log");
        Process first = hub;
        // Killed with SIGKILL while about half of the first stream is still coming in.
        Set<String> beforeCrash = submit(BEFORE_CRASH, first::destroyForcibly);
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed, not stopped").isNotZero();
        assertThat(beforeCrash).as("accepted before the kill").hasSizeGreaterThan(BEFORE_CRASH / 3);

        hub = startHub("hub-2.log");
        Set<String> afterRestart = submit(AFTER_RESTART, () -> { });
        assertThat(afterRestart).as("all accepted after the restart").hasSize(AFTER_RESTART);

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        accepted.addAll(beforeCrash);
        accepted.addAll(afterRestart);
        assertThat(accepted.size()).isGreaterThanOrEqualTo(BEFORE_CRASH / 3 + AFTER_RESTART);
        awaitCompleted(accepted.size(), Duration.ofSeconds(240));

        int delivered = 0;
        for (String id : accepted) {
            JsonNode request = HubClient.parse(http.send(request("/api/v1/requests/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(request.path("status").asText()).as(id).isEqualTo("COMPLETED");
            LibraryBackend agency = backends.get(request.path("agency").asText());
            assertThat(agency.registered(id)).as(id + " reached its agency").isTrue();
            delivered++;
        }
        int registrations = backends.values().stream().mapToInt(LibraryBackend::registrations).sum();
        assertThat(delivered).isEqualTo(accepted.size());
        // Registrations are counted per hub request id: an application delivered again after the crash
        // is answered with its first registration, so no agency holds one application twice, and every
        // registration belongs to a request the hub knows (some accepted just before the kill without
        // the 202 reaching the counter are delivered too).
        assertThat(registrations).isGreaterThanOrEqualTo(accepted.size());
    }

    /** Waits until the hub reports this many COMPLETED applications over the three agencies. */
    private void awaitCompleted(int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int completed = 0;
        while (System.nanoTime() < deadline) {
            completed = 0;
            for (String slug : AGENCIES) {
                completed += HubClient.parse(http.send(request("/api/v1/requests?agency=" + slug
                        + "&status=COMPLETED&size=1").GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                        .path("total").asInt();
            }
            if (completed >= expected) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("only " + completed + " of " + expected + " applications COMPLETED within " + timeout);
    }
}
