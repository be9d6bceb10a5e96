package id.go.tangerangkota.mpp.hub.tracing;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import id.go.tangerangkota.mpp.hub.support.LibraryBackend;
import id.go.tangerangkota.mpp.hub.support.LibraryConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tracing end to end, through the hub's real filters, routes, broker and HTTP clients: the trace id
 * a counter gets (a problem's {@code traceId}, the {@code X-Trace-Id} header) finds the log lines of
 * its call and only those, an application's delivery on a broker thread continues the accepting
 * call's trace, an agency's back end receives a {@code traceparent} of that trace, and a NIK never
 * reaches the log whole. The library agency ({@link LibraryBackend}) records the headers it gets.
 */
@ExtendWith(OutputCaptureExtension.class)
// Spring Boot's tests switch tracing off (no propagation at all) unless asked for it.
@AutoConfigureObservability(tracing = true, metrics = false)
class TracingIT extends HubIntegrationTest {

    private static final String NIK = "3671011203850001";
    private static final String MASKED = "3671********0001";
    private static final String MEMBER_STATUS = "/api/v1/agencies/pustaka/services/member-status";
    private static final String MEMBERSHIP = "/api/v1/agencies/pustaka/services/membership";
    private static final String DTKS = "/api/v1/agencies/dinsos/services/dtks-check";
    /** The level part of a text log line: {@code INFO [requestId] [traceId,spanId]}. */
    private static final Pattern IDS = Pattern.compile("\\[([0-9a-f-]*)\\] \\[([0-9a-f]*),([0-9a-f]*)\\]");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    private static LibraryBackend library;

    @Autowired
    SandboxServer sandbox;
    @Autowired
    AgencyGuards guards;

    @DynamicPropertySource
    static void libraryAgency(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("tracing-it");
        Path connectors = root.resolve("connectors");
        Path mappings = root.resolve("mappings");
        FileTrees.copy(Path.of("connectors"), connectors);
        FileTrees.copy(Path.of("mappings"), mappings);
        LibraryConnector.install(connectors, mappings, "pustaka", LibraryConnector.descriptor(connectors, "pustaka"));
        library = new LibraryBackend();
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "tracing");
        registry.add("mpp.data-dir", () -> dataDir.toAbsolutePath().toString());
        registry.add("mpp.locations.connectors", () -> "file:" + connectors);
        registry.add("mpp.locations.mappings", () -> "file:" + mappings);
        registry.add("mpp.agency.pustaka.url", library::url);
        registry.add("mpp.agency.pustaka.api-key", () -> LibraryBackend.KEY);
    }

    @AfterAll
    static void closeLibrary() {
        library.close();
    }

    @AfterEach
    void dinsosHealthy() throws Exception {
        sandboxFault("DELETE", "dinsos", null);
        guards.of("dinsos").circuit().reset();
    }

    @Test
    void anInvalidFieldsProblemCarriesTheTraceIdOfItsLogLines(CapturedOutput output) {
        Answer a = counter.post(MEMBER_STATUS, "{\"citizen\":{\"nik\":\"12345\"},\"data\":{\"purpose\":\"Cek\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        String traceId = problemTraceId(a);
        List<String> lines = linesOf(output, traceId);
        assertThat(lines).as("log lines of the refused call").isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("Answering").contains("400"));
        assertOnlyThisCall(output, traceId, a.json().path("requestId").asText());
    }

    @Test
    void problemsWrittenByFiltersAndTheErrorPageCarryTheTraceIdToo(CapturedOutput output) {
        Answer unauthenticated = anonymous.post(MEMBER_STATUS, "{}");
        Answer unknownPath = counter.get("/no-such-page");

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unknownPath.status()).isEqualTo(404);
        String first = problemTraceId(unauthenticated);
        String second = problemTraceId(unknownPath);
        assertThat(first).isNotEqualTo(second);
        assertThat(linesOf(output, first)).anySatisfy(line -> assertThat(line).contains("401"));
        assertThat(linesOf(output, second)).anySatisfy(line -> assertThat(line).contains("404"));
        assertOnlyThisCall(output, first, unauthenticated.json().path("requestId").asText());
        assertOnlyThisCall(output, second, unknownPath.json().path("requestId").asText());
    }

    @Test
    void anAgencyThatIsDownIsAProblemWhoseTraceIdFindsTheFailedCall(CapturedOutput output) throws Exception {
        assertThat(sandboxFault("PUT", "dinsos", "{\"mode\":\"down\"}").statusCode()).isEqualTo(200);
        Answer other = counter.post(MEMBER_STATUS, memberStatus(NIK));

        Answer a = counter.post(DTKS, "{\"citizen\":{\"nik\":\"3671116304880006\"},"
                + "\"data\":{\"purpose\":\"Pengecekan status bansos\"}}");

        assertThat(other.status()).as(other.body()).isEqualTo(200);
        assertThat(a.status()).as(a.body()).isEqualTo(503);
        String traceId = problemTraceId(a);
        assertThat(traceId).isNotEqualTo(other.header(TraceIds.RESPONSE_HEADER));
        List<String> lines = linesOf(output, traceId);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Call dinsos/dtks-check"))
                .anySatisfy(line -> assertThat(line).contains("Answering").contains("503"));
        assertOnlyThisCall(output, traceId, a.json().path("requestId").asText());
        assertOnlyThisCall(output, other.header(TraceIds.RESPONSE_HEADER), other.json().path("requestId").asText());
    }

    @Test
    void anAgencyBackEndReceivesTheCallsTraceInItsTraceparent() {
        int before = library.traceparents().size();

        Answer a = counter.post(MEMBER_STATUS, memberStatus(NIK));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        String traceId = a.header(TraceIds.RESPONSE_HEADER);
        assertThat(traceId).matches(TRACE_ID);
        List<String> received = library.traceparents().subList(before, library.traceparents().size());
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
    }

    @Test
    void anApplicationsDeliveryContinuesTheTraceOfTheCallThatAcceptedIt(CapturedOutput output) {
        int before = library.traceparents().size();

        Answer accepted = counter.post(MEMBERSHIP, "{\"citizen\":{\"nik\":\"" + NIK
                + "\"},\"data\":{\"category\":\"umum\",\"phone\":\"081312345678\"}}");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String traceId = accepted.header(TraceIds.RESPONSE_HEADER);
        String requestId = accepted.json().path("requestId").asText();
        assertThat(traceId).matches(TRACE_ID);
        Answer done = counter.awaitFinal(accepted);
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        assertThat(library.traceparents().subList(before, library.traceparents().size()))
                .as("the agency call of the delivery, on a broker thread, later")
                .singleElement().asString().startsWith("00-" + traceId + "-");
        String delivered = "Application " + requestId + " to pustaka is COMPLETED";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(linesOf(output, traceId))
                .as("the delivery route's line, on a broker thread")
                .anySatisfy(line -> assertThat(line).contains(delivered)));
        assertOnlyThisCall(output, traceId, requestId);
    }

    @Test
    void aNikIsLoggedMaskedInMessagesArgumentsAndStackTraces(CapturedOutput output) {
        Logger log = LoggerFactory.getLogger(TracingIT.class);

        log.info("Citizen " + NIK + " in the message, and {} as an argument", NIK);
        log.warn("An agency failed", new IllegalStateException("agency refused NIK " + NIK,
                new IllegalArgumentException("nik=" + NIK)));

        assertThat(output.getAll()).doesNotContain(NIK)
                .contains("Citizen " + MASKED + " in the message, and " + MASKED + " as an argument")
                .contains("IllegalStateException: agency refused NIK " + MASKED)
                .contains("IllegalArgumentException: nik=" + MASKED);
    }

    /** The trace id of a problem answer: 32 hex digits, the same as its X-Trace-Id header. */
    private static String problemTraceId(Answer a) {
        assertThat(a.contentType()).startsWith("application/problem+json");
        String traceId = a.json().path("traceId").asText();
        assertThat(traceId).as(a.body()).matches(TRACE_ID);
        assertThat(a.header(TraceIds.RESPONSE_HEADER)).isEqualTo(traceId);
        return traceId;
    }

    /** The text log lines whose trace id is this one. */
    private static List<String> linesOf(CapturedOutput output, String traceId) {
        return output.getAll().lines().filter(line -> {
            Matcher m = IDS.matcher(line);
            return m.find() && m.group(2).equals(traceId);
        }).toList();
    }

    /**
     * The lines of this trace are this call's (its request id or none: filters and the broker's
     * threads may log before a request id is known), and this call's lines carry no other trace.
     */
    private static void assertOnlyThisCall(CapturedOutput output, String traceId, String requestId) {
        assertThat(requestId).isNotBlank();
        assertThat(linesOf(output, traceId)).allSatisfy(line -> {
            Matcher m = IDS.matcher(line);
            assertThat(m.find()).isTrue();
            assertThat(m.group(1)).as(line).isIn(requestId, "");
        }).anySatisfy(line -> assertThat(line).contains("[" + requestId + "]"));
        output.getAll().lines().filter(line -> line.contains("[" + requestId + "]")).forEach(line -> {
            Matcher m = IDS.matcher(line);
            assertThat(m.find()).isTrue();
            assertThat(m.group(2)).as(line).isEqualTo(traceId);
        });
    }

    private static String memberStatus(String nik) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"purpose\":\"Cek keanggotaan perpustakaan\"}}";
    }

    private HttpResponse<String> sandboxFault(String method, String agency, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/sandbox/faults/" + agency))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
