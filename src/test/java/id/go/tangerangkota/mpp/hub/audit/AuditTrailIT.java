package id.go.tangerangkota.mpp.hub.audit;

import static id.go.tangerangkota.mpp.hub.support.Citizens.BUDI;
import static id.go.tangerangkota.mpp.hub.support.Citizens.LOOKUP;
import static id.go.tangerangkota.mpp.hub.support.Citizens.lookupBody;
import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit trail end to end: counter calls (an inquiry, an application that is delivered, a refused
 * key) and the agency calls they cause are in the chain with the digests of the bytes exchanged;
 * 200 calls at once give a gap-free valid chain; an entry changed or removed directly in the
 * database is named by the verify endpoint. Its own data folder, emptied first: the test tampers
 * with its database, which no other test may inherit.
 */
@TestPropertySource(properties = {
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/audit",
        // 200 calls at once from one counter: the chain under load is tested here, the rate limit in RateLimitIT.
        "mpp.security.rate-limits.roles.COUNTER=100000"
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIT extends HubIntegrationTest {

    private static final String VERIFY = "/api/v1/admin/audit/verify";

    @Autowired
    JdbcTemplate sql;

    private HubClient integrator() {
        return new HubClient(port, HubClient.INTEGRATOR_KEY);
    }

    @BeforeAll
    static void freshFolder() throws IOException {
        Path folder = Path.of("./target/it-data/" + System.getProperty("mpp.test.run", "local") + "/audit");
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void counterAndAgencyCallsAreInTheChainWithTheDigestsOfTheirBytes() {
        // An inquiry: the counter's call and the hub's call to Disdukcapil.
        String inquiryBody = lookupBody(BUDI);
        Answer inquiry = counter.post(LOOKUP, inquiryBody);
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(200);
        Map<String, Object> counterCall = entry("COUNTER_CALL", inquiry.header("X-Request-Id"));
        assertThat(counterCall).containsEntry("client_id", "demo-counter-mpp").containsEntry("role", "COUNTER")
                .containsEntry("operation", "submitServiceRequest").containsEntry("method", "POST")
                .containsEntry("path", "/api/v1/agencies/{agency}/services/{service}")
                .containsEntry("agency", "disdukcapil").containsEntry("service", "nik-lookup")
                .containsEntry("status", 200)
                .containsEntry("request_digest", sha256(inquiryBody))
                .containsEntry("response_digest", sha256(inquiry.body()))
                .containsEntry("trace_id", inquiry.header("X-Trace-Id"));
        Map<String, Object> agencyCall = entry("AGENCY_CALL", inquiry.header("X-Request-Id"));
        assertThat(agencyCall).containsEntry("agency", "disdukcapil").containsEntry("service", "nik-lookup")
                .containsEntry("operation", "call-disdukcapil-nik-lookup").containsEntry("status", 200)
                .containsEntry("outcome", "OK").containsEntry("client_id", "demo-counter-mpp");
        assertThat((String) agencyCall.get("request_digest")).matches("[0-9a-f]{64}");
        assertThat((String) agencyCall.get("response_digest")).matches("[0-9a-f]{64}");
        // Agency calls are durable before the counter's answer: they come before it in the chain.
        assertThat((Long) agencyCall.get("seq")).isLessThan((Long) counterCall.get("seq"));

        // An application, delivered to BNN later by the queue: the agency call carries its request id.
        String applicationBody = citizenBody("3671055208920002", """
                {"organisation":"Karang Taruna Cibodas","audience":"community","expectedParticipants":30,
                 "preferredDate":"2026-12-17","venue":"Aula Kelurahan Cibodas","phone":"081211223344"}""");
        Answer accepted = counter.post("/api/v1/agencies/bnn/services/outreach-request", applicationBody);
        Answer done = counter.awaitFinal(accepted);
        assertThat(done.json().path("status").asText()).as(done.body()).isIn("COMPLETED", "REJECTED");
        String applicationId = accepted.json().path("requestId").asText();
        assertThat(entry("COUNTER_CALL", accepted.header("X-Request-Id")))
                .containsEntry("status", 202).containsEntry("request_digest", sha256(applicationBody))
                .containsEntry("response_digest", sha256(accepted.body()));
        Map<String, Object> delivery = entry("AGENCY_CALL", applicationId);
        assertThat(delivery).containsEntry("agency", "bnn").containsEntry("service", "outreach-request");
        assertThat((String) delivery.get("request_digest")).matches("[0-9a-f]{64}");

        // A refused key is audited too, without a client; the public tracking call without one as well.
        Answer refused = new HubClient(port, "not-a-key").get("/api/v1/agencies");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(entry("COUNTER_CALL", refused.header("X-Request-Id"))).containsEntry("status", 401)
                .containsEntry("client_id", null).containsEntry("operation", "listAgencies")
                .containsEntry("response_digest", sha256(refused.body()));
        // A path that carries a NIK is kept as its template or masked, never whole.
        Answer probe = counter.get("/api/v1/citizens/" + BUDI + "/nothing-here");
        assertThat(probe.status()).isEqualTo(404);
        assertThat((String) entry("COUNTER_CALL", probe.header("X-Request-Id")).get("path"))
                .doesNotContain(BUDI).contains("3671********0001");
        // A client cannot pose as another in the trail by sending the hub's identity headers itself.
        Answer spoofed = anonymous.send("GET", "/api/v1/track/NOSUCHCODE0000", null,
                Map.of("X-Mpp-Client-Id", "admin", "X-Mpp-Client-Role", "ADMIN"));
        assertThat(entry("COUNTER_CALL", spoofed.header("X-Request-Id")))
                .containsEntry("client_id", null).containsEntry("role", null).containsEntry("operation", "trackApplication");

        Answer verify = integrator().get(VERIFY);
        assertThat(verify.status()).as(verify.body()).isEqualTo(200);
        assertThat(verify.json().path("valid").asBoolean()).as(verify.body()).isTrue();
        assertThat(verify.json().path("firstBroken").isNull()).isTrue();
        assertThat(verify.json().path("entries").asLong()).isEqualTo(verify.json().path("lastSeq").asLong())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    @Order(2)
    void twoHundredConcurrentCallsGiveAGapFreeValidChain() throws Exception {
        long before = integrator().get(VERIFY).json().path("lastSeq").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(pool.submit(() -> counter.get("/api/v1/agencies")));
        }
        List<String> requestIds = new ArrayList<>();
        for (Future<Answer> call : calls) {
            Answer a = call.get();
            assertThat(a.status()).isEqualTo(200);
            requestIds.add(a.header("X-Request-Id"));
        }
        pool.shutdown();

        for (String id : requestIds) {
            assertThat(sql.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'COUNTER_CALL' AND request_id = ?",
                    Integer.class, id)).isEqualTo(1);
        }
        JsonNode verify = integrator().get(VERIFY).json();
        assertThat(verify.path("valid").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.path("lastSeq").asLong()).isGreaterThanOrEqualTo(before + 200);
        assertThat(verify.path("entries").asLong()).isEqualTo(verify.path("lastSeq").asLong());
    }

    @Test
    @Order(3)
    void theListPagesAndOnlyIntegratorsAndAdminsMayRead() {
        Answer page = integrator().get("/api/v1/admin/audit?from=2&limit=3");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().path("entries")).hasSize(3);
        assertThat(page.json().path("entries").path(0).path("seq").asLong()).isEqualTo(2);
        assertThat(page.json().path("entries").path(1).path("prevHash").asText())
                .isEqualTo(page.json().path("entries").path(0).path("hash").asText());
        assertThat(page.json().path("next").asLong()).isEqualTo(5);

        Answer bad = integrator().get("/api/v1/admin/audit?limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().path("errors").path(0).path("field").asText()).isEqualTo("limit");

        assertThat(counter.get(VERIFY).status()).isEqualTo(403);
        assertThat(counter.get("/api/v1/admin/audit").status()).isEqualTo(403);
        assertThat(anonymous.get(VERIFY).status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void verifyNamesAnEntryChangedInTheDatabaseAndOneRemoved() {
        Answer inquiry = counter.post(LOOKUP, lookupBody(BUDI));
        long seq = (Long) entry("COUNTER_CALL", inquiry.header("X-Request-Id")).get("seq");

        sql.update("UPDATE audit_entry SET status = 299 WHERE seq = ?", seq);
        JsonNode changed = integrator().get(VERIFY).json();
        assertThat(changed.path("valid").asBoolean()).isFalse();
        assertThat(changed.path("firstBroken").path("seq").asLong()).as(changed.toString()).isEqualTo(seq);
        assertThat(changed.path("firstBroken").path("reason").asText()).isEqualTo("hash mismatch");

        sql.update("UPDATE audit_entry SET status = 200 WHERE seq = ?", seq);
        assertThat(integrator().get(VERIFY).json().path("valid").asBoolean()).isTrue();

        long middle = seq / 2;
        sql.update("DELETE FROM audit_entry WHERE seq = ?", middle);
        JsonNode removed = integrator().get(VERIFY).json();
        assertThat(removed.path("valid").asBoolean()).isFalse();
        assertThat(removed.path("firstBroken").path("seq").asLong()).as(removed.toString()).isEqualTo(middle);
        assertThat(removed.path("firstBroken").path("reason").asText()).isEqualTo("missing entry");
    }

    /** The one entry of this kind for this request id (awaited: a delivery is audited when it happens). */
    private Map<String, Object> entry(String kind, String requestId) {
        assertThat(requestId).isNotNull();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sql.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE kind = ? AND request_id = ?", Integer.class, kind, requestId) > 0);
        List<Map<String, Object>> rows = sql.queryForList(
                "SELECT * FROM audit_entry WHERE kind = ? AND request_id = ? ORDER BY seq", kind, requestId);
        Map<String, Object> row = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.putAll(rows.get(rows.size() - 1));
        return row;
    }

    private static String sha256(String body) {
        return Digests.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
    }
}
