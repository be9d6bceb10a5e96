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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.LibraryBackend;
import id.go.tangerangkota.mpp.hub.support.LibraryConnector;
import id.go.tangerangkota.mpp.hub.support.StandaloneBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hub against an external Artemis broker ({@code spring.artemis.mode=native}) that is killed
 * with SIGKILL while applications stream in and deliveries are under way, then started again on the
 * same journal while the hub keeps running: every application answered 202 reaches its agency once
 * and ends COMPLETED, an application sent while the broker is down is refused at once with a 503
 * problem (never a hang, never a 202), and the hub recovers without a restart.
 *
 * <p>The broker ({@link StandaloneBroker}: stock settings, security on) and the packaged hub each run
 * as their own process; the library agencies live in this JVM, so what they received outlives
 * both. A fourth agency whose back end always fails and which allows two attempts shows the hub's
 * dead-letter settings reached the external broker: its applications end in
 * {@code mpp.agency.pustaka-dlq.dlq}, where the broker's own settings would have put them in
 * {@code DLQ}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerRestartIT {

    private static final List<String> AGENCIES = List.of("pustaka-a", "pustaka-b", "pustaka-c");
    private static final String DEAD_LETTER_AGENCY = "pustaka-dlq";
    private static final int BEFORE_KILL = 150;
    private static final int AFTER_RESTART = 150;
    private static final int REFUSED_AT_LEAST = 20;
    private static final List<String> CITIZENS = List.of("3671011203850001", "3671055208920002", "3671071506780003",
            "3671134101000004", "3671092709650005", "3671116304880006");

    private final Map<String, LibraryBackend> backends = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path root;
    private int hubPort;
    private int brokerPort;
    private Process hub;
    private Process broker;

    /** One counter call and what came back. */
    private record Answer(long sentAt, long tookMs, int status, String contentType, String body, Throwable failure) {
    }

    @BeforeAll
    void prepare() throws IOException {
        root = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "broker-restart").toAbsolutePath();
        Path connectors = root.resolve("connectors");
        Path mappings = root.resolve("mappings");
        FileTrees.copy(Path.of("connectors"), connectors);
        FileTrees.copy(Path.of("mappings"), mappings);
        for (String slug : AGENCIES) {
            LibraryBackend backend = new LibraryBackend();
            // Each registration takes a while: the agencies take fewer applications a second than arrive,
            // so deliveries are under way and more are queued when the broker dies.
            backend.latency(150);
            backends.put(slug, backend);
            String descriptor = LibraryConnector.descriptor(connectors, slug)
                    .replace("  maxAttempts: 8\n  redeliveryDelayMs: 1000\n", "  maxAttempts: 30\n  redeliveryDelayMs: 200\n")
                    .replace("  concurrency: 2\n", "  concurrency: 4\n");
            assertThat(descriptor).contains("maxAttempts: 30").contains("concurrency: 4");
            LibraryConnector.install(connectors, mappings, slug, descriptor);
        }
        LibraryBackend failing = new LibraryBackend();
        failing.failing(true);
        backends.put(DEAD_LETTER_AGENCY, failing);
        String descriptor = LibraryConnector.descriptor(connectors, DEAD_LETTER_AGENCY)
                .replace("  maxAttempts: 8\n  redeliveryDelayMs: 1000\n", "  maxAttempts: 2\n  redeliveryDelayMs: 100\n");
        assertThat(descriptor).contains("maxAttempts: 2\n");
        LibraryConnector.install(connectors, mappings, DEAD_LETTER_AGENCY, descriptor);
        hubPort = freePort();
        brokerPort = freePort();
    }

    @AfterAll
    void stop() {
        if (hub != null) {
            hub.destroyForcibly();
        }
        if (broker != null) {
            broker.destroyForcibly();
        }
        backends.values().forEach(LibraryBackend::close);
    }

    @Test
    void brokerKilledAndRestartedUnderARunningHubLosesNoAcceptedApplication() throws Exception {
        broker = startBroker("broker-1.log");
        hub = startHub("hub.log");

        Stream stream = new Stream();
        Thread sender = new Thread(stream, "broker-restart-stream");
        sender.start();
        awaitTrue(() -> stream.accepted.size() >= BEFORE_KILL, Duration.ofSeconds(60), "applications accepted");

        // SIGKILL while deliveries are under way: some accepted applications are still only in the broker.
        int acceptedAtKill = stream.accepted.size();
        int registeredAtKill = registrations(AGENCIES);
        long killedAt = System.nanoTime();
        broker.destroyForcibly();
        assertThat(broker.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long deadAt = System.nanoTime();
        assertThat(broker.exitValue()).as("killed, not stopped").isNotZero();
        assertThat(registeredAtKill).as("applications waiting for delivery when the broker died")
                .isLessThan(acceptedAtKill);

        // The counters keep calling while the broker is down: refused, quickly.
        awaitTrue(() -> stream.refused.size() >= REFUSED_AT_LEAST, Duration.ofSeconds(30), "applications refused");
        // The broker's own start takes seconds, during which the counters keep calling.
        long restartingAt = System.nanoTime();
        broker = startBroker("broker-2.log");
        long restartedAt = System.nanoTime();
        int acceptedBeforeRestart = stream.accepted.size();

        awaitTrue(() -> stream.accepted.size() >= acceptedBeforeRestart + AFTER_RESTART, Duration.ofSeconds(60),
                "applications accepted after the restart");
        stream.stop();
        sender.join(60_000);
        assertThat(sender.isAlive()).as("the stream ended").isFalse();

        assertThat(stream.unexpected).as("answers other than 202 and the broker's 503 problem").isEmpty();
        assertThat(stream.refused).hasSizeGreaterThanOrEqualTo(REFUSED_AT_LEAST);
        for (Answer refused : stream.refused) {
            assertThat(refused.sentAt() + TimeUnit.MILLISECONDS.toNanos(refused.tookMs()))
                    .as("refused only once the broker was down").isGreaterThanOrEqualTo(killedAt);
            assertThat(refused.sentAt()).as("refused only until the broker was back")
                    .isLessThan(restartedAt + TimeUnit.SECONDS.toNanos(15));
            assertThat(refused.tookMs()).as("a refusal is quick, not a hang").isLessThan(5000);
        }
        // A 202 follows the broker's confirmation: none for a call made while no broker process existed.
        assertThat(stream.acceptedSentAt).as("accepted while the broker was down")
                .noneMatch(sentAt -> sentAt > deadAt && sentAt < restartingAt);

        Set<String> accepted = Set.copyOf(stream.accepted);
        awaitTrue(() -> completed(AGENCIES) >= accepted.size(), Duration.ofSeconds(120), "applications completed");
        for (String id : accepted) {
            JsonNode request = get("/api/v1/requests/" + id, HubClient.COUNTER_MPP_KEY);
            assertThat(request.path("status").asText()).as(id).isEqualTo("COMPLETED");
            LibraryBackend agency = backends.get(request.path("agency").asText());
            assertThat(agency.registrationOf(id)).as(id + " registered at its agency, as the hub recorded it")
                    .isNotNull().isEqualTo(request.path("agencyReference").asText());
        }
        // No agency holds an application the hub does not count as completed (a refused one delivered anyway).
        Set<String> unaccepted = new HashSet<>();
        AGENCIES.forEach(slug -> unaccepted.addAll(backends.get(slug).registeredRefs()));
        unaccepted.removeAll(accepted);
        for (String id : unaccepted) {
            assertThat(get("/api/v1/requests/" + id, HubClient.COUNTER_MPP_KEY).path("status").asText())
                    .as("registered but not accepted: " + id).isEqualTo("COMPLETED");
        }

        assertDeadLettersReachTheAgencysQueue();
        assertThat(hub.isAlive()).as("the hub stayed up through the broker's death").isTrue();
        System.out.printf("BrokerRestartIT: %d accepted (%d before the kill, %d delivered then), %d refused with 503"
                        + " (slowest %d ms), broker down %d ms%n", accepted.size(), acceptedAtKill, registeredAtKill,
                stream.refused.size(), stream.refused.stream().mapToLong(Answer::tookMs).max().orElse(0),
                TimeUnit.NANOSECONDS.toMillis(restartedAt - killedAt));
    }

    /** Two attempts, then the agency's own dead-letter queue on the external broker. */
    private void assertDeadLettersReachTheAgencysQueue() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = submit(DEAD_LETTER_AGENCY, CITIZENS.get(i));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            ids.add(HubClient.parse(answer.body()).path("requestId").asText());
        }
        awaitTrue(() -> ids.stream().allMatch(id -> "FAILED".equals(
                get("/api/v1/requests/" + id, HubClient.COUNTER_MPP_KEY).path("status").asText())),
                Duration.ofSeconds(30), "applications to the failing agency FAILED");
        Set<String> letters = new HashSet<>();
        awaitTrue(() -> {
            letters.clear();
            get("/api/v1/admin/connectors/" + DEAD_LETTER_AGENCY + "/dead-letters", HubClient.INTEGRATOR_KEY)
                    .path("deadLetters").forEach(letter -> letters.add(letter.path("requestId").asText()));
            return letters.containsAll(ids);
        }, Duration.ofSeconds(15), "dead letters in mpp.agency." + DEAD_LETTER_AGENCY + ".dlq");
        assertThat(letters).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(backends.get(DEAD_LETTER_AGENCY).registrations()).isZero();
    }

    /** Streams applications, about 100 a second and at most 16 at once, until stopped. */
    private final class Stream implements Runnable {

        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<Long> acceptedSentAt = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Answer> refused = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Answer> unexpected = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Semaphore inFlight = new Semaphore(16);

        void stop() {
            running.set(false);
        }

        @Override
        public void run() {
            int i = 0;
            try {
                while (running.get()) {
                    inFlight.acquire();
                    String slug = AGENCIES.get(i % AGENCIES.size());
                    // Every agency gets every citizen: deliveries run in as many groups as its consumers.
                    String nik = CITIZENS.get(i / AGENCIES.size() % CITIZENS.size());
                    long sentAt = System.nanoTime();
                    http.sendAsync(application(slug, nik), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((answer, failure) -> {
                                inFlight.release();
                                record(sentAt, answer, failure);
                            });
                    i++;
                    Thread.sleep(10);
                }
                // Every call answered before the stream counts as ended.
                inFlight.acquire(16);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void record(long sentAt, HttpResponse<String> answer, Throwable failure) {
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
            if (failure != null) {
                unexpected.add(new Answer(sentAt, took, 0, null, null, failure));
                return;
            }
            String type = answer.headers().firstValue("Content-Type").orElse("");
            Answer a = new Answer(sentAt, took, answer.statusCode(), type, answer.body(), null);
            if (answer.statusCode() == 202) {
                accepted.add(HubClient.parse(answer.body()).path("requestId").asText());
                acceptedSentAt.add(sentAt);
            } else if (answer.statusCode() == 503 && type.startsWith("application/problem+json")
                    && HubClient.parse(answer.body()).path("type").asText().endsWith("/storage-unavailable")) {
                refused.add(a);
            } else {
                unexpected.add(a);
            }
        }
    }

    private Process startBroker(String log) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java(), "-Xmx256m", "-cp", classpath,
                StandaloneBroker.class.getName(), String.valueOf(brokerPort), root.resolve("broker").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve(log).toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("broker died at start; see " + root.resolve(log)).isTrue();
            if (Files.readString(root.resolve(log)).contains(StandaloneBroker.READY)) {
                return process;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("broker did not start within 60 s; see " + root.resolve(log));
    }

    private Process startHub(String log) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-jar",
                Path.of("target/mpp-hub.jar").toAbsolutePath().toString(),
                "--spring.profiles.active=sandbox", "--server.port=" + hubPort, "--mpp.sandbox.port=0",
                "--mpp.data-dir=" + root.resolve("data"),
                "--mpp.locations.connectors=file:" + root.resolve("connectors"),
                "--mpp.locations.mappings=file:" + root.resolve("mappings"),
                "--spring.artemis.mode=native",
                "--spring.artemis.broker-url=tcp://127.0.0.1:" + brokerPort,
                "--spring.artemis.user=" + StandaloneBroker.HUB_USER));
        for (String slug : backends.keySet()) {
            command.add("--mpp.agency." + slug + ".url=" + backends.get(slug).url());
            command.add("--mpp.agency." + slug + ".api-key=" + LibraryBackend.KEY);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve(log).toFile());
        // The broker password comes from the environment, as in production.
        builder.environment().put("SPRING_ARTEMIS_PASSWORD", StandaloneBroker.HUB_PASSWORD);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("hub process died at start; see " + root.resolve(log)).isTrue();
            try {
                HttpResponse<String> agencies = http.send(request("/api/v1/agencies", HubClient.COUNTER_MPP_KEY)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                // Serving, and done starting: every delivery route is in place.
                if (agencies.statusCode() == 200 && agencies.body().contains("\"" + DEAD_LETTER_AGENCY + "\"")
                        && Files.readString(root.resolve(log)).contains("Started HubApplication")) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("hub did not start within 180 s; see " + root.resolve(log));
    }

    private HttpRequest application(String slug, String nik) {
        String body = "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"category\":\"umum\",\"phone\":\"081312345678\"}}";
        return request("/api/v1/agencies/" + slug + "/services/membership", HubClient.COUNTER_MPP_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> submit(String slug, String nik) throws Exception {
        return http.send(application(slug, nik), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path, String key) {
        try {
            return HubClient.parse(http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String key) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hubPort + path)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", key);
    }

    private int completed(List<String> agencies) {
        int completed = 0;
        for (String slug : agencies) {
            completed += get("/api/v1/requests?agency=" + slug + "&status=COMPLETED&size=1", HubClient.COUNTER_MPP_KEY)
                    .path("total").asInt();
        }
        return completed;
    }

    private int registrations(List<String> agencies) {
        return agencies.stream().mapToInt(slug -> backends.get(slug).registrations()).sum();
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not reached within " + timeout + ": " + what);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
