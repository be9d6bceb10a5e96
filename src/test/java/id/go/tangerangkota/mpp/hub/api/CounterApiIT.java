package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import static id.go.tangerangkota.mpp.hub.support.Citizens.*;

import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The counter API end to end: real HTTP into the hub, the real broker, the real database, and the
 * Disdukcapil sandbox over its own socket.
 */
class CounterApiIT extends HubIntegrationTest {

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    SandboxServer sandbox;

    @Test
    void agencyListShowsAllSeventeenWithStateAndServiceCount() {
        Answer a = counter.get("/api/v1/agencies");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("count").asInt()).isEqualTo(17);
        List<String> available = new ArrayList<>();
        for (JsonNode agency : a.json().path("agencies")) {
            assertThat(agency.path("serviceCount").asInt()).as(agency.path("id").asText()).isPositive();
            if (agency.path("state").asText().equals("available")) {
                available.add(agency.path("id").asText());
            } else {
                assertThat(agency.path("state").asText()).isEqualTo("not-enabled");
            }
        }
        assertThat(available).contains("disdukcapil");
    }

    @Test
    void serviceCatalogueGivesModeRequirementsFeeSchemaAndExample() {
        Answer a = counter.get("/api/v1/agencies/disdukcapil/services");

        assertThat(a.status()).isEqualTo(200);
        JsonNode birth = null;
        for (JsonNode s : a.json().path("services")) {
            if (s.path("id").asText().equals("birth-certificate")) {
                birth = s;
            }
        }
        assertThat(birth).isNotNull();
        assertThat(birth.path("mode").asText()).isEqualTo("application");
        assertThat(birth.path("requirements").size()).isGreaterThanOrEqualTo(3);
        assertThat(birth.path("fee").path("amount").asInt()).isZero();
        assertThat(birth.path("input").path("required").toString()).contains("child");
        assertThat(birth.path("example").path("citizen").path("nik").asText()).hasSize(16);
    }

    @Test
    void nikLookupReturnsTheSandboxCitizenInTheCanonicalModel() {
        Answer a = counter.post(LOOKUP, lookupBody(BUDI));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode result = a.json().path("result");
        assertThat(a.json().path("agency").asText()).isEqualTo("disdukcapil");
        assertThat(result.path("nik").asText()).isEqualTo(BUDI);
        assertThat(result.path("fullName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(result.path("sex").asText()).isEqualTo("M");
        assertThat(result.path("birthDate").asText()).isEqualTo("1985-03-12");
        assertThat(result.path("familyCardNumber").asText()).isEqualTo("3671050101150001");
        assertThat(result.path("address").path("kecamatan").asText()).isEqualTo("CIPONDOH");
        assertThat(result.path("address").path("city").asText()).isEqualTo("KOTA TANGERANG");
        Canonical.assertValid("citizen.schema.json", result);
    }

    @Test
    void unknownNikIsA404ProblemFromDukcapilsDataTidakDitemukan() {
        Answer a = counter.post(LOOKUP, lookupBody(UNKNOWN));

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("type").asText()).endsWith("/agency-data-not-found");
        assertThat(a.json().path("detail").asText()).contains("Data Tidak Ditemukan").doesNotContain(UNKNOWN);
        assertThat(a.json().path("agency").asText()).isEqualTo("disdukcapil");
    }

    @Test
    void verificationAnswersPerElementWithScoresAndNeverTheRecord() {
        String body = """
                {"citizen":{"nik":"%s"},"data":{"purpose":"Verifikasi pemohon","threshold":80,
                 "elements":{"fullName":"Siti Nurhaliza Rahmawati","birthDate":"1992-08-12","birthPlace":"Jakarta"}}}"""
                .formatted(SITI);

        Answer a = counter.post(VERIFY, body);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode result = a.json().path("result");
        assertThat(result.path("nikFound").asBoolean()).isTrue();
        assertThat(result.path("elements").path("fullName").path("match").asBoolean()).isTrue();
        assertThat(result.path("elements").path("fullName").path("score").asDouble()).isGreaterThanOrEqualTo(80);
        assertThat(result.path("elements").path("birthDate").path("match").asBoolean()).isTrue();
        assertThat(result.path("elements").path("birthPlace").path("match").asBoolean()).isFalse();
        assertThat(result.path("matched").asBoolean()).isFalse();
        Canonical.assertValid("verification.schema.json", result);
        assertThat(a.body()).doesNotContain("SRI WAHYUNI").doesNotContain("familyCardNumber\":\"3671");
    }

    @Test
    void birthCertificateIsAcceptedQueuedAndCompletedWithHistoryAndAnEvent() throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                JMSConsumer events = jms.createConsumer(jms.createTopic("mpp.events"))) {
            Answer accepted = counter.post(BIRTH, birthBody(SITI, "Aisyah Putri Santoso"));

            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            String id = accepted.json().path("requestId").asText();
            assertThat(accepted.json().path("status").asText()).isEqualTo("QUEUED");
            assertThat(accepted.json().path("trackingCode").asText()).matches("MPP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(accepted.header("Location")).isEqualTo("/api/v1/requests/" + id);

            Answer done = counter.await(accepted.header("Location"),
                    r -> r.json().path("status").asText().equals("COMPLETED"), Duration.ofSeconds(20));
            assertThat(done.json().path("agencyReference").asText()).startsWith("3671-LT-");
            assertThat(done.json().path("result").path("documentType").asText()).isEqualTo("AKTA_KELAHIRAN");
            Canonical.assertValid("application-result.schema.json", done.json().path("result"));
            assertThat(done.json().path("citizen").path("nikMasked").asText()).isEqualTo("3671********0002");
            List<String> states = new ArrayList<>();
            done.json().path("history").forEach(h -> states.add(h.path("status").asText()));
            assertThat(states).containsExactly("RECEIVED", "QUEUED", "DISPATCHED", "COMPLETED");

            List<String> published = new ArrayList<>();
            long end = System.currentTimeMillis() + 5000;
            while (!published.contains("COMPLETED") && System.currentTimeMillis() < end) {
                TextMessage m = (TextMessage) events.receive(500);
                if (m != null && m.getText().contains(id)) {
                    assertThat(m.getText()).doesNotContain(SITI);
                    published.add(HubClient.parse(m.getText()).path("status").asText());
                }
            }
            assertThat(published).as("status events on mpp.events").containsSubsequence("QUEUED", "DISPATCHED",
                    "COMPLETED");
        }
    }

    @Test
    void agencyRejectionEndsRejectedWithTheAgencysReason() {
        Answer accepted = counter.post(BIRTH, birthBody(DEWI, "Bayi Salah KK"));
        assertThat(accepted.status()).isEqualTo(202);

        Answer done = counter.await(accepted.header("Location"),
                r -> r.json().path("status").asText().equals("REJECTED"), Duration.ofSeconds(20));

        assertThat(done.json().path("reason").asText()).isEqualTo("Ibu Bukan Anggota KK");
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheFirstAnswerAndCreatesNothingNew() {
        String key = "counter-1-" + System.nanoTime();
        String body = birthBody(SITI, "Anak Idempoten");
        long before = countRequestsOf(SITI);

        Answer first = counter.post(BIRTH, body, "application/json", key);
        Answer again = counter.post(BIRTH, body.replace("\n", " "), "application/json", key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("requestId").asText()).isEqualTo(first.json().path("requestId").asText());
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(countRequestsOf(SITI)).isEqualTo(before + 1);

        Answer other = counter.post(BIRTH, birthBody(SITI, "Anak Lain"), "application/json", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(countRequestsOf(SITI)).isEqualTo(before + 1);
    }

    @Test
    void theSameBodyWithItsKeysInAnotherOrderIsTheSameRequest() {
        String key = "reordered-" + System.nanoTime();
        String first = "{\"citizen\":{\"nik\":\"" + BUDI + "\"},\"data\":{\"purpose\":\"Pelayanan di loket MPP\"}}";
        String reordered = "{\"data\":{\"purpose\":\"Pelayanan di loket MPP\"},\"citizen\":{\"nik\":\"" + BUDI + "\"}}";

        Answer a = counter.post(LOOKUP, first, "application/json", key);
        Answer b = counter.post(LOOKUP, reordered, "application/json", key);

        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.header("Idempotency-Replayed")).isEqualTo("true");
    }

    @Test
    void aReplayedInquiryDoesNotCallTheAgencyAgain() {
        String key = "replay-" + System.nanoTime();
        Answer first = counter.post(LOOKUP, lookupBody(BUDI), "application/json", key);
        long calls = sandbox.dukcapilCalls().calls("CALL_NIK");

        Answer again = counter.post(LOOKUP, lookupBody(BUDI), "application/json", key);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(sandbox.dukcapilCalls().calls("CALL_NIK")).isEqualTo(calls);
    }

    @Test
    void aClientCannotPoseAsAnotherClientOrSiteThroughQueryParameters() {
        long before = counter.get("/api/v1/requests?agency=disdukcapil&size=1").json().path("total").asLong();

        Answer forged = counter.post(BIRTH + "?X-Mpp-Client-Id=demo-counter-karawaci&X-Mpp-Client-Site=kec-karawaci",
                birthBody(SITI, "Anak Palsu"));
        Answer forgedId = counter.get("/api/v1/agencies?X-Request-Id=chosen-by-client");

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forgedId.status()).isEqualTo(400);
        assertThat(forgedId.header("X-Request-Id")).isNotEqualTo("chosen-by-client");
        assertThat(counter.get("/api/v1/requests?agency=disdukcapil&size=1").json().path("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void nikFieldsInsideDataFollowTheNikRules() {
        String body = birthBody(SITI, "Anak Ayah Salah").replace("\"fatherNik\":\"3671011203850001\"",
                "\"fatherNik\":\"3671003209920000\"");

        Answer a = counter.post(BIRTH, body);

        assertThat(a.status()).isEqualTo(400);
        assertThat(fields(a)).containsExactly("data.fatherNik");
        assertThat(a.body()).doesNotContain("3671003209920000");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void noWholeNikReachesTheLog(CapturedOutput log) {
        counter.post(LOOKUP, lookupBody(BUDI));
        counter.post(LOOKUP, lookupBody(UNKNOWN));
        Answer accepted = counter.post(BIRTH, birthBody(SITI, "Anak Log"));
        counter.await(accepted.header("Location"), r -> r.json().path("status").asText().equals("COMPLETED"),
                Duration.ofSeconds(20));

        assertThat(log.getAll()).contains("3671********0001").doesNotContain(BUDI).doesNotContain(UNKNOWN)
                .doesNotContain(SITI);
    }

    @Test
    void idempotencyKeysBelongToOneClient() {
        String key = "shared-" + System.nanoTime();
        HubClient karawaci = new HubClient(port, HubClient.COUNTER_KARAWACI_KEY);

        Answer mpp = counter.post(LOOKUP, lookupBody(BUDI), "application/json", key);
        Answer other = karawaci.post(LOOKUP, lookupBody(SITI), "application/json", key);

        assertThat(mpp.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().path("result").path("nik").asText()).isEqualTo(SITI);
    }

    private long countRequestsOf(String nik) {
        return counter.get("/api/v1/requests?nik=" + nik + "&agency=disdukcapil").json().path("total").asLong();
    }

    @Test
    void searchFiltersByNikAgencyAndStatusAndPages() {
        counter.post(BIRTH, birthBody(SITI, "Anak Cari"));
        Answer page = counter.get("/api/v1/requests?nik=" + SITI + "&agency=disdukcapil&size=1&page=0");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(page.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.json().path("items").get(0).path("citizen").path("nikMasked").asText())
                .isEqualTo("3671********0002");
        assertThat(page.body()).doesNotContain(SITI);

        Answer second = counter.get("/api/v1/requests?nik=" + SITI + "&agency=disdukcapil&size=1&page=1");
        assertThat(second.json().path("items").get(0).path("requestId").asText())
                .isNotEqualTo(page.json().path("items").get(0).path("requestId").asText());
        Answer rejected = counter.get("/api/v1/requests?agency=disdukcapil&status=REJECTED&size=100");
        assertThat(rejected.json().path("items")).allSatisfy(r ->
                assertThat(r.path("status").asText()).isEqualTo("REJECTED"));

        Answer bad = counter.get("/api/v1/requests?nik=123&status=LOST&size=500");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).contains("nik", "status", "size");
    }

    @Test
    void impossibleNikIsA400NamingTheFieldBeforeAnyAgencyIsCalled() {
        Answer a = counter.post(LOOKUP, lookupBody("3671011213850001"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("type").asText()).endsWith("/validation");
        assertThat(fields(a)).containsExactly("citizen.nik");
        assertThat(a.body()).doesNotContain("3671011213850001");
    }

    @Test
    void inputSchemaViolationsNameEachField() {
        String body = """
                {"citizen":{"nik":"%s"},"data":{"familyCardNumber":"123","motherNik":"%s",
                 "child":{"fullName":"X Y","sex":"X","birthDate":"2026-13-01","birthOrder":1}},"extra":1}"""
                .formatted(SITI, SITI);

        Answer a = counter.post(BIRTH, body);

        assertThat(a.status()).isEqualTo(400);
        assertThat(fields(a)).contains("extra", "data.familyCardNumber", "data.child.sex", "data.child.birthPlace",
                "data.child.birthDate");
    }

    @Test
    void malformedJsonMissingPartsAndWrongTypesAre400() {
        assertThat(counter.post(LOOKUP, "{\"citizen\": ").json().path("type").asText()).endsWith("/malformed-json");
        assertThat(fields(counter.post(LOOKUP, "{\"citizen\":{\"nik\":\"" + BUDI + "\"}}"))).containsExactly("data");
        assertThat(fields(counter.post(LOOKUP, "{\"citizen\":{\"nik\":3671011203850001},\"data\":{\"purpose\":\"x12345\"}}")))
                .contains("citizen.nik");
        assertThat(counter.post(LOOKUP, "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void unknownAgencyOrServiceIs404() {
        Answer agency = counter.post("/api/v1/agencies/kua/services/nikah", lookupBody(BUDI));
        Answer service = counter.post("/api/v1/agencies/disdukcapil/services/ktp-baru", lookupBody(BUDI));
        Answer catalogue = counter.get("/api/v1/agencies/kua/services");

        assertThat(agency.status()).isEqualTo(404);
        assertThat(agency.json().path("type").asText()).endsWith("/unknown-agency");
        assertThat(service.status()).isEqualTo(404);
        assertThat(service.json().path("type").asText()).endsWith("/unknown-service");
        assertThat(catalogue.status()).isEqualTo(404);
    }

    @Test
    void wrongContentTypeIs415AndOversizedBodyIs413() {
        Answer text = counter.post(LOOKUP, lookupBody(BUDI), "text/plain", null);
        Answer huge = counter.post(LOOKUP, "{\"citizen\":{\"nik\":\"" + "1".repeat(300_000) + "\"}}");

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().path("type").asText()).endsWith("/payload-too-large");
    }

    @Test
    void anyoneWithTheReceiptsCodeSeesOnlyStatusAgencyAndDates() {
        Answer accepted = counter.post(BIRTH, birthBody(SITI, "Putri Lestari Santoso"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String code = accepted.json().path("trackingCode").asText();

        Answer tracked = anonymous.get("/api/v1/track/" + code.toLowerCase());

        assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.json().path("trackingCode").asText()).isEqualTo(code);
        assertThat(tracked.json().path("status").asText()).isIn("QUEUED", "DISPATCHED", "COMPLETED");
        assertThat(tracked.json().path("agency").asText()).isEqualTo("disdukcapil");
        assertThat(tracked.json().path("submittedAt").asText()).isNotBlank();
        assertThat(tracked.json().fieldNames()).toIterable().containsExactlyInAnyOrder("trackingCode", "status",
                "agency", "agencyName", "submittedAt", "updatedAt", "dueBy");
        assertThat(tracked.body()).doesNotContain(SITI).doesNotContain("Putri").doesNotContain("birth");

        Answer unknown = anonymous.get("/api/v1/track/MPP-0000-0000-0000");
        assertThat(unknown.status()).isEqualTo(404);
        Answer malformed = anonymous.get("/api/v1/track/MPP-IIII-0000-0000");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("trackingCode");
        assertThat(anonymous.get("/api/v1/requests/" + accepted.json().path("requestId").asText()).status())
                .as("the full request still needs a key").isEqualTo(401);
        for (String sneaky : List.of("/api/v1/track/../agencies", "/api/v1/track/%2e%2e/agencies",
                "/api/v1/track/..%2Fagencies")) {
            assertThat(anonymous.get(sneaky).status()).as(sneaky).isIn(400, 401, 404);
        }
    }

    @Test
    void clientsThatAcceptJsonGetTheirAnswersAndProblems() {
        java.util.Map<String, String> json = java.util.Map.of("Accept", "application/json");
        HubClient admin = new HubClient(port, HubClient.ADMIN_KEY);

        Answer catalogue = counter.send("GET", "/api/v1/agencies", null, json);
        assertThat(catalogue.status()).as(catalogue.body()).isEqualTo(200);
        Answer inquiry = counter.send("POST", LOOKUP, lookupBody(BUDI), json);
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(200);
        Answer resume = admin.send("POST", "/api/v1/admin/connectors/dinsos/deliveries/resume", null, json);
        assertThat(resume.status()).as(resume.body()).isEqualTo(200);
        Answer problem = counter.send("POST", LOOKUP, lookupBody("12"), json);
        assertThat(problem.status()).as(problem.body()).isEqualTo(400);
        assertThat(problem.json().path("errors").toString()).contains("nik");
    }

    @Test
    void withoutAValidKeyEveryOperationIs401() {
        HubClient wrong = new HubClient(port, "not-a-key");
        for (Answer a : List.of(anonymous.get("/api/v1/agencies"), wrong.get("/api/v1/agencies"),
                anonymous.post(LOOKUP, lookupBody(BUDI)), anonymous.get("/api/v1/requests"),
                wrong.get("/api/v1/requests/00000000-0000-7000-8000-000000000000"))) {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.json().path("type").asText()).endsWith("/unauthenticated");
            assertThat(a.header("WWW-Authenticate")).contains("X-API-Key");
        }
        assertThat(anonymous.get("/api/v1/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsAndNothingLeaksBack() {
        Answer path = counter.get("/api/v1/nothing-here");
        Answer method = counter.send("DELETE", "/api/v1/agencies", null);
        Answer root = counter.get("/no-such-page");

        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).startsWith("application/problem+json");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
        assertThat(root.status()).isEqualTo(404);
        assertThat(root.contentType()).startsWith("application/problem+json");
        for (Answer a : List.of(path, method, root, counter.post(LOOKUP, lookupBody(BUDI)))) {
            assertThat(a.header("X-API-Key")).isNull();
            assertThat(a.body()).doesNotContain("Exception").doesNotContain("at id.go").doesNotContain("sandbox-key");
            assertThat(a.header("X-Request-Id")).isNotBlank();
        }
    }

    @Test
    void openApiDocumentListsEveryOperation() {
        JsonNode doc = anonymous.get("/api/v1/openapi.json").json();

        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> operations = new ArrayList<>();
        doc.path("paths").forEach(p -> p.forEach(op -> operations.add(op.path("operationId").asText())));
        assertThat(operations).contains("listAgencies", "listAgencyServices", "getAgencyService",
                "submitServiceRequest", "getRequest", "searchRequests");
    }

    @Test
    void unknownRequestIdIs404() {
        assertThat(counter.get("/api/v1/requests/00000000-0000-7000-8000-000000000000").status()).isEqualTo(404);
        assertThat(counter.get("/api/v1/requests/not-an-id").status()).isEqualTo(404);
    }

    static List<String> fields(Answer a) {
        List<String> fields = new ArrayList<>();
        a.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
