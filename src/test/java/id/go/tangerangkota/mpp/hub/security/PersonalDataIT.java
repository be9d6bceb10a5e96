package id.go.tangerangkota.mpp.hub.security;

import static id.go.tangerangkota.mpp.hub.support.Citizens.BIRTH;
import static id.go.tangerangkota.mpp.hub.support.Citizens.BUDI;
import static id.go.tangerangkota.mpp.hub.support.Citizens.DEWI;
import static id.go.tangerangkota.mpp.hub.support.Citizens.LOOKUP;
import static id.go.tangerangkota.mpp.hub.support.Citizens.SITI;
import static id.go.tangerangkota.mpp.hub.support.Citizens.birthBody;
import static id.go.tangerangkota.mpp.hub.support.Citizens.lookupBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import id.go.tangerangkota.mpp.hub.support.TestDataKeys;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Personal data end to end, through the real hub, broker and sandbox agencies: nothing in the
 * database (or the broker's journal) holds a NIK or a name in the clear; every access to a
 * citizen's data is in the citizen's access log with who and why; the NIK in the access log's path
 * reaches no log line, span or Tomcat access log whole; and a key rotation moves old rows to the
 * new key, which still read back through the API.
 */
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability(tracing = true, metrics = false)
@Import(PersonalDataIT.CapturedSpans.class)
class PersonalDataIT extends HubIntegrationTest {

    private static final Path DATA_DIR = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"),
            "privacy").toAbsolutePath();
    private static final Path ACCESS_LOGS = DATA_DIR.resolve("tomcat-access-logs");
    private static final ConcurrentLinkedQueue<SpanData> SPANS = new ConcurrentLinkedQueue<>();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void privacySettings(DynamicPropertyRegistry registry) {
        registry.add("mpp.data-dir", DATA_DIR::toString);
        // A second key, current: the sandbox's demo key stays configured as the "old" one.
        registry.add("mpp.security.data-keys.r2", () -> TestDataKeys.keyOf("r2"));
        registry.add("mpp.security.data-key-current", () -> "r2");
        registry.add("server.tomcat.accesslog.enabled", () -> "true");
        registry.add("server.tomcat.accesslog.directory", ACCESS_LOGS::toString);
        registry.add("server.tomcat.accesslog.buffered", () -> "false");
    }

    /** Every span the hub exports, as an OTLP collector would get it. */
    @TestConfiguration
    static class CapturedSpans {
        @Bean
        SpanExporter capturingExporter() {
            return new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    SPANS.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            };
        }
    }

    @Test
    void noTableNorTheBrokersJournalHoldsANikOrANameInTheClear() throws IOException {
        String child = "Kirana Rahasia " + UUID.randomUUID().toString().substring(0, 6);
        Answer done = counter.awaitFinal(counter.post(BIRTH, birthBody(SITI, child)));
        assertThat(done.json().path("status").asText()).isEqualTo("COMPLETED");
        Answer lookup = counter.post(LOOKUP, lookupBody(BUDI), "application/json", "privacy-" + UUID.randomUUID());
        assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
        assertThat(lookup.body()).contains("BUDI SANTOSO");

        String requestId = done.json().path("requestId").asText();
        assertThat(jdbc.queryForObject("SELECT payload FROM service_request WHERE id = ?", String.class, requestId))
                .startsWith("enc:v1:r2:");
        List<String> forbidden = List.of(SITI, BUDI, child.toUpperCase(), child, "BUDI SANTOSO");
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) <> 'flyway_schema_history'", String.class)) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                for (Object value : row.values()) {
                    String text = Objects.toString(value, "");
                    for (String word : forbidden) {
                        assertThat(text).as(table + " holds personal data in the clear").doesNotContain(word);
                    }
                }
            }
        }
        // The queue messages carry only the request id: the broker's files hold no NIK in any encoding.
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("artemis"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    assertThat(new String(bytes, charset)).as(file.toString()).doesNotContain(SITI);
                }
            }
        }
    }

    @Test
    void theCitizensAccessLogShowsWhoAccessedTheDataWhyAndItsOwnReadingNewestFirst() {
        Answer accepted = counter.post(BIRTH, birthBody(SITI, "Anak Log Akses"));
        Answer done = counter.awaitFinal(accepted);
        String requestId = done.json().path("requestId").asText();

        Answer log = counter.get("/api/v1/citizens/" + SITI + "/access-log?size=100");

        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.body()).doesNotContain(SITI);
        assertThat(log.json().path("citizen").path("nikMasked").asText()).isEqualTo("3671********0002");
        List<JsonNode> items = new ArrayList<>();
        log.json().path("items").forEach(items::add);
        assertThat(items.get(0).path("purpose").asText()).isEqualTo("Access log printed at the citizen's request");
        assertThat(items.get(0).path("clientId").asText()).isEqualTo("demo-counter-mpp");
        assertThat(items).anySatisfy(e -> {
            assertThat(e.path("requestId").asText()).isEqualTo(requestId);
            assertThat(e.path("purpose").asText()).isEqualTo("Pencatatan kelahiran di loket MPP");
            assertThat(e.path("agency").asText()).isEqualTo("disdukcapil");
            assertThat(e.path("service").asText()).isEqualTo("birth-certificate");
            assertThat(e.path("site").asText()).isEqualTo("mpp-tangerang");
        });
        assertThat(items).as("reading the completed request with its result").anySatisfy(e ->
                assertThat(e.path("purpose").asText()).isEqualTo("Follow-up of request " + requestId));
        for (int i = 1; i < items.size(); i++) {
            assertThat(OffsetDateTime.parse(items.get(i - 1).path("at").asText()))
                    .isAfterOrEqualTo(OffsetDateTime.parse(items.get(i).path("at").asText()));
        }
        Answer second = counter.get("/api/v1/citizens/" + SITI + "/access-log?size=1&page=1");
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("total").asLong()).isGreaterThan(log.json().path("total").asLong());

        // An inquiry is recorded too, with the purpose the counter gave, even when the agency has no record.
        Answer inquiry = counter.post(LOOKUP, lookupBody(DEWI));
        Answer dewi = counter.get("/api/v1/citizens/" + DEWI + "/access-log");
        assertThat(dewi.json().path("items").get(1).path("purpose").asText()).isEqualTo("Pelayanan di loket MPP");
        assertThat(dewi.json().path("items").get(1).path("requestId").asText())
                .isEqualTo(inquiry.header("X-Request-Id"));
    }

    @Test
    void theAccessLogRefusesBadNiksAndOtherRolesWithoutEchoingTheNik() {
        String impossible = "3671011213850001";
        Answer bad = counter.get("/api/v1/citizens/" + impossible + "/access-log");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("nik");
        assertThat(bad.body()).doesNotContain(impossible);
        assertThat(bad.json().path("instance").asText()).isEqualTo("/api/v1/citizens/3671********0001/access-log");
        assertThat(counter.get("/api/v1/citizens/12345/access-log").json().path("errors").get(0).path("field")
                .asText()).isEqualTo("nik");
        assertThat(counter.get("/api/v1/citizens/" + BUDI + "/access-log?page=-1").json().path("errors").get(0)
                .path("field").asText()).isEqualTo("page");

        Answer integrator = new HubClient(port, HubClient.INTEGRATOR_KEY).get("/api/v1/citizens/" + BUDI + "/access-log");
        assertThat(integrator.status()).isEqualTo(403);
        assertThat(integrator.body()).doesNotContain(BUDI);
        assertThat(anonymous.get("/api/v1/citizens/" + BUDI + "/access-log").status()).isEqualTo(401);
        assertThat(new HubClient(port, HubClient.ADMIN_KEY).get("/api/v1/citizens/" + BUDI + "/access-log").status())
                .isEqualTo(200);
    }

    @Test
    void theNikInTheAccessLogsPathReachesNoLogLineSpanOrTomcatAccessLogWhole(CapturedOutput output) throws IOException {
        int from = output.getAll().length();

        Answer log = counter.get("/api/v1/citizens/" + BUDI + "/access-log");

        assertThat(log.status()).isEqualTo(200);
        String masked = "/api/v1/citizens/3671********0001/access-log";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(SPANS).anySatisfy(span ->
                assertThat(attributeText(span)).contains(masked)));
        for (SpanData span : SPANS) {
            assertThat(span.getName()).doesNotContain(BUDI);
            assertThat(attributeText(span)).as(span.getName()).doesNotContain(BUDI);
        }
        assertThat(output.getAll().substring(from)).doesNotContain(BUDI);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(accessLogs()).contains(masked));
        assertThat(accessLogs()).doesNotContain(BUDI);
    }

    @Test
    void aRotationMovesOldRowsToTheCurrentKeyAndTheyStillReadThroughTheApi() {
        Answer done = counter.awaitFinal(counter.post(BIRTH, birthBody(SITI, "Anak Rotasi Kunci")));
        String id = done.json().path("requestId").asText();
        String documentNumber = done.json().path("result").path("documentNumber").asText();
        assertThat(documentNumber).isNotEmpty();
        // As if written before r2 became current: re-encrypted under the sandbox's key, still configured.
        DataCipher old = new DataCipher(new DataKeys(Map.of("sandbox",
                environment.getProperty("mpp.security.data-keys.sandbox"), "r2", TestDataKeys.keyOf("r2")), "sandbox"));
        for (String column : List.of("payload", "result")) {
            String place = "service_request/" + id + "/" + column;
            String raw = jdbc.queryForObject("SELECT " + column + " FROM service_request WHERE id = ?", String.class, id);
            jdbc.update("UPDATE service_request SET " + column + " = ? WHERE id = ?",
                    old.encrypt(old.decrypt(raw, place), place), id);
        }
        assertThat(raw(id, "payload")).startsWith("enc:v1:sandbox:");
        assertThat(counter.get("/api/v1/requests/" + id).json().path("result").path("documentNumber").asText())
                .as("old rows read while their key is configured").isEqualTo(documentNumber);

        assertThat(counter.post("/api/v1/admin/data-keys/rotate", "").status()).isEqualTo(403);
        Answer rotated = new HubClient(port, HubClient.ADMIN_KEY).post("/api/v1/admin/data-keys/rotate", "");

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.json().path("currentKey").asText()).isEqualTo("r2");
        assertThat(rotated.json().path("serviceRequests").path("rewritten").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(rotated.json().path("remaining").asLong()).isZero();
        assertThat(raw(id, "payload")).startsWith("enc:v1:r2:");
        assertThat(raw(id, "result")).startsWith("enc:v1:r2:");
        Answer read = counter.get("/api/v1/requests/" + id);
        assertThat(read.json().path("result").path("documentNumber").asText()).isEqualTo(documentNumber);
        assertThat(new HubClient(port, HubClient.ADMIN_KEY).post("/api/v1/admin/data-keys/rotate", "").json()
                .path("serviceRequests").path("rewritten").asLong()).as("a second run has nothing to do").isZero();

        // A value under a key the hub no longer has: a clear problem naming the key, never the data.
        String current = raw(id, "result");
        String place = "service_request/" + id + "/result";
        jdbc.update("UPDATE service_request SET result = ? WHERE id = ?",
                TestDataKeys.cipher("gone").encrypt("{\"documentNumber\":\"" + documentNumber + "\"}", place), id);
        try {
            Answer missing = counter.get("/api/v1/requests/" + id);
            assertThat(missing.status()).isEqualTo(500);
            assertThat(missing.json().path("type").asText()).endsWith("/data-key-missing");
            assertThat(missing.json().path("detail").asText()).contains("'gone'");
            assertThat(missing.body()).doesNotContain(documentNumber).doesNotContain(SITI);
            Answer partial = new HubClient(port, HubClient.ADMIN_KEY).post("/api/v1/admin/data-keys/rotate", "");
            assertThat(partial.json().path("missingKeys").toString()).isEqualTo("[\"gone\"]");
            assertThat(partial.json().path("remaining").asLong()).isEqualTo(1);
        } finally {
            jdbc.update("UPDATE service_request SET result = ? WHERE id = ?", current, id);
        }
    }

    private String raw(String id, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM service_request WHERE id = ?", String.class, id);
    }

    /** Every attribute value of a span, as text. */
    private static String attributeText(SpanData span) {
        StringBuilder text = new StringBuilder();
        span.getAttributes().forEach((key, value) -> text.append(key.getKey()).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static String accessLogs() throws IOException {
        if (!Files.isDirectory(ACCESS_LOGS)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(ACCESS_LOGS)) {
            for (Path file : files.toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
