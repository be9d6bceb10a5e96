package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.samsat.SamsatBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Samsat end to end: the counter API, the soap kamelet over Camel CXF with a WS-Security digest
 * token, the XSLT mappings, and the simulated Samsat host over its own socket. The payment
 * primitive pkb-pay is driven at route level (direct:call-samsat-pkb-pay), as the payment flow
 * will drive it.
 */
class SamsatIT extends HubIntegrationTest {

    private static final String INQUIRY = "/api/v1/agencies/samsat/services/pkb-inquiry";
    private static final String RENEWAL = "/api/v1/agencies/samsat/services/annual-renewal";
    private static final String PAYMENT = "/api/v1/agencies/samsat/services/pkb-payment";
    private static final String BUDI = "3671011203850001";
    private static final String RINA = "3671116304880006";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    EnvelopeFactory envelopes;

    private SamsatBackend samsat;

    @BeforeEach
    void samsat() {
        samsat = sandbox.backend("samsat", SamsatBackend.class);
    }

    private static String inquiry(String nik, String plate) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"plateNumber\":\"" + plate + "\"}}";
    }

    private static String renewal(String nik, String plate, String chassis, String ntpd) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"plateNumber\":\"" + plate
                + "\",\"chassisNumber\":\"" + chassis + "\",\"ntpd\":\"" + ntpd + "\",\"ownerIsApplicant\":true}}";
    }

    @Test
    void pkbInquiryAnswersBudisNoticeInTheCanonicalModel() {
        Answer a = counter.post(INQUIRY, inquiry(BUDI, "B 1234 CVA"), "application/json", "samsat-it-inquiry-1");

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode result = a.json().path("result");
        Canonical.assertValid("vehicle-tax.schema.json", result);
        assertThat(a.json().path("agency").asText()).isEqualTo("samsat");
        assertThat(result.path("plateNumber").asText()).isEqualTo("B 1234 CVA");
        assertThat(result.path("status").asText()).isEqualTo("UNPAID");
        assertThat(result.path("billingCode").asText()).isEqualTo("3671261122004512");
        assertThat(result.path("ownerName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(result.path("vehicle").path("chassisNumberSuffix").asText()).isEqualTo("04512");
        assertThat(result.path("pkbDueDate").asText())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(12).toString());
        assertThat(result.path("totalAmount").asLong()).isEqualTo(2_882_000);
        long sum = 0;
        for (JsonNode component : result.path("components")) {
            sum += component.asLong();
        }
        assertThat(sum).isEqualTo(2_882_000);
        assertThat(result.path("components").path("pkb").asLong()).isEqualTo(1_650_000);
        assertThat(result.path("components").path("opsenPkb").asLong()).isEqualTo(1_089_000);
        assertThat(result.path("components").path("swdkllj").asLong()).isEqualTo(143_000);
        // Nothing of the counter's call (its API key, idempotency key, request id) reached Samsat.
        assertThat(samsat.lastRequestHeaderNames()).contains("soapaction", "content-type")
                .doesNotContain("x-api-key", "idempotency-key", "x-request-id", "operationname", "requestcontext");
    }

    @Test
    void aPaidNoticeCarriesItsNtpdAndTheOwnersNameOnlyForTheOwner() {
        Answer owner = counter.post(INQUIRY, inquiry(RINA, "B 4721 VKL"));
        Answer someoneElse = counter.post(INQUIRY, inquiry(BUDI, "B 4721 VKL"));

        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        Canonical.assertValid("vehicle-tax.schema.json", owner.json().path("result"));
        assertThat(owner.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(owner.json().path("result").path("paymentReference").asText()).isEqualTo("B5D2C8A91F3E0746");
        assertThat(owner.json().path("result").path("ownerName").asText()).isEqualTo("RINA MARLINA");
        assertThat(someoneElse.json().path("result").path("ownerName").asText()).isEqualTo("R*** M******");
    }

    @Test
    void arrearsShowTheFines() {
        Answer a = counter.post(INQUIRY, inquiry("3671071506780003", "B 2468 CPK"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode components = a.json().path("result").path("components");
        assertThat(components.path("pkbPenalty").asLong()).isEqualTo(216_000);
        assertThat(components.path("opsenPkbPenalty").asLong()).isEqualTo(142_560);
        assertThat(components.path("swdklljPenalty").asLong()).isEqualTo(200_000);
        assertThat(a.json().path("result").path("totalAmount").asLong()).isEqualTo(4_828_560);
    }

    @Test
    void anUnknownPlateIs404AndAWrongChassisIs422WithSamsatsWords() {
        Answer unknown = counter.post(INQUIRY, inquiry(BUDI, "B 9999 CZZ"));
        Answer wrongChassis = counter.post(INQUIRY, "{\"citizen\":{\"nik\":\"" + BUDI
                + "\"},\"data\":{\"plateNumber\":\"B 1234 CVA\",\"chassisSuffix\":\"ZZZZZ\"}}");

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("agency").asText()).isEqualTo("samsat");
        assertThat(unknown.json().path("detail").asText()).contains("DATA TIDAK DITEMUKAN (kode 14)");
        assertThat(wrongChassis.status()).as(wrongChassis.body()).isEqualTo(422);
        assertThat(wrongChassis.json().path("detail").asText()).contains("NOMOR RANGKA TIDAK SESUAI (kode 43)");
    }

    @Test
    void theAnnualRenewalExampleCompletesWithTheEndorsement() {
        Answer accepted = counter.post(RENEWAL, renewal(RINA, "B 4721 VKL", "MH1JM8115MK123456", "B5D2C8A91F3E0746"),
                "application/json", "samsat-it-renewal-" + UUID.randomUUID());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String requestId = accepted.json().path("requestId").asText();
        Answer done = awaitFinal(accepted.header("Location"));
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PENGESAHAN_STNK");
        assertThat(result.path("documentNumber").asText()).startsWith("PGS.3671.");
        assertThat(result.path("validUntil").asText())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(9).plusYears(1).toString());
        // Samsat received the hub's request id as idPermohonan, once.
        assertThat(samsat.endorsements().endorsementFor(requestId)).isPresent();
        assertThat(samsat.endorsements().callsFor(requestId)).isEqualTo(1);
    }

    @Test
    void aRenewalWithAnotherNtpdEndsRejectedWithSamsatsReason() {
        Answer accepted = counter.post(RENEWAL, renewal(RINA, "B 4721 VKL", "MH1JM8115MK123456", "AAAABBBBCCCCDDDD"));

        Answer done = awaitFinal(accepted.header("Location"));
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("REJECTED");
        assertThat(done.json().toString()).contains("NTPD TIDAK SESUAI (kode 41)");
    }

    @Test
    void aRenewalOfAnUnpaidNoticeEndsRejected() {
        Answer accepted = counter.post(RENEWAL, renewal(BUDI, "B 1234 CVA", "MHRRV5850MJ004512", "AAAABBBBCCCCDDDD"));

        Answer done = awaitFinal(accepted.header("Location"));
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("REJECTED");
        assertThat(done.json().toString()).contains("PKB BELUM DIBAYAR (kode 42)");
    }

    @Test
    void aRedeliveredRenewalIsEndorsedOnceBySamsat() {
        ObjectNode envelope = envelope(RINA, JSON.createObjectNode().put("plateNumber", "B 4721 VKL")
                .put("chassisNumber", "MH1JM8115MK123456").put("ntpd", "B5D2C8A91F3E0746")
                .put("ownerIsApplicant", true));
        String requestId = envelope.path("requestId").asText();
        int received = samsat.endorsements().applicationsReceived();

        AgencyOutcome first = call("direct:call-samsat-annual-renewal", envelope);
        AgencyOutcome again = call("direct:call-samsat-annual-renewal", envelope);

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(samsat.endorsements().applicationsReceived()).isEqualTo(received + 1);
        assertThat(samsat.endorsements().callsFor(requestId)).isEqualTo(2);
    }

    @Test
    void pkbPayPaysTheNoticeAndAnswersTheNtpd() throws Exception {
        JsonNode vehicle = testData().path("samples").path("unpaid").path(0);
        ObjectNode envelope = payment(vehicle, "BJB20261122000001");
        String requestId = envelope.path("requestId").asText();

        AgencyOutcome paid = call("direct:call-samsat-pkb-pay", envelope);

        assertThat(paid.kind()).as(paid.reason()).isEqualTo(AgencyOutcome.Kind.OK);
        Canonical.assertValid("payment.schema.json", paid.result());
        assertThat(paid.result().path("status").asText()).isEqualTo("PAID");
        assertThat(paid.result().path("externalId").asText()).isEqualTo(requestId);
        assertThat(paid.result().path("amount").asLong()).isEqualTo(vehicle.path("total").asLong());
        assertThat(paid.result().path("bankReference").asText()).isEqualTo("BJB20261122000001");
        String ntpd = paid.result().path("billerReference").asText();
        assertThat(ntpd).matches("[A-Z0-9]{16}").isEqualTo(paid.agencyReference());
        assertThat(samsat.payments().receipt(requestId).orElseThrow().ntpd()).isEqualTo(ntpd);
        // The counter now sees the notice paid, with the NTPD the endorsement asks for.
        Answer notice = counter.post(INQUIRY, inquiry(vehicle.path("ownerNik").asText(), vehicle.path("plate").asText()));
        assertThat(notice.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(notice.json().path("result").path("paymentReference").asText()).isEqualTo(ntpd);
    }

    @Test
    void aRepeatedPkbPayAnswersTheSameNtpdAndPaysOnce() throws Exception {
        ObjectNode envelope = payment(testData().path("samples").path("unpaid").path(1), "BJB20261122000002");
        String requestId = envelope.path("requestId").asText();
        int settled = samsat.payments().paymentsReceived();

        AgencyOutcome first = call("direct:call-samsat-pkb-pay", envelope);
        AgencyOutcome repeat = call("direct:call-samsat-pkb-pay", envelope);

        assertThat(first.kind()).as(first.reason()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(repeat.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(repeat.result()).isEqualTo(first.result());
        assertThat(samsat.payments().paymentsReceived()).isEqualTo(settled + 1);
        assertThat(samsat.payments().callsFor(requestId)).isEqualTo(2);
    }

    @Test
    void pkbPayOfAnAlreadyPaidNoticeIsRejectedWithSamsatsCode() throws Exception {
        // Rina's notice was paid at the bank before: 295.000 + 194.700 opsen + 35.000 SWDKLLJ.
        ObjectNode data = JSON.createObjectNode().put("billingCode", "3671261115002731").put("amount", 524_700)
                .put("bankReference", "BJB20261122000003").put("paidAt", "2026-11-22T10:15:00+07:00");

        AgencyOutcome outcome = call("direct:call-samsat-pkb-pay", envelope(RINA, data));

        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.REJECTED);
        assertThat(outcome.reason()).isEqualTo("TAGIHAN SUDAH DIBAYAR (kode 88)");
        assertThat(outcome.result()).isNull();
    }

    @Test
    void aTaxNoticeIsPaidThroughTheCounterAndTheNtpdComesBack() {
        String siti = "3671055208920002";
        JsonNode notice = counter.post(INQUIRY, inquiry(siti, "B 3318 CFR")).json().path("result");
        assertThat(notice.path("status").asText()).isEqualTo("UNPAID");

        Answer paid = counter.post(PAYMENT, "{\"citizen\":{\"nik\":\"" + siti + "\"},\"data\":{\"plateNumber\":"
                + "\"B 3318 CFR\",\"billingCode\":\"" + notice.path("billingCode").asText() + "\",\"amount\":"
                + notice.path("totalAmount").asLong() + "}}");

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().path("result").path("status").asText()).isEqualTo("PAID");
        String ntpd = paid.json().path("result").path("billerReference").asText();
        assertThat(ntpd).isNotBlank();
        JsonNode after = counter.post(INQUIRY, inquiry(siti, "B 3318 CFR")).json().path("result");
        assertThat(after.path("status").asText()).isEqualTo("PAID");
        assertThat(after.path("paymentReference").asText()).isEqualTo(ntpd);
    }

    @Test
    void theHubServesNoSoapEndpointOfItsOwn() {
        // CXF's Spring Boot servlet (/services) is excluded: the hub is a SOAP client only.
        assertThat(counter.get("/services").status()).isEqualTo(404);
        assertThat(counter.get("/services/").status()).isEqualTo(404);
    }

    @Test
    void anAnswerWithExternalEntitiesIsRefusedUnresolved() throws Exception {
        String trapPlate = testData().path("xxeTrapPlate").asText();

        Answer a = counter.post(INQUIRY, inquiry(BUDI, trapPlate));

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("samsat");
        assertThat(a.json().path("detail").asText()).contains("Samsat").contains("not acceptable SOAP")
                .doesNotContain("resolved").doesNotContain("Exception");
        assertThat(samsat.xxeProbeHits()).isZero();
    }

    private Answer awaitFinal(String location) {
        return counter.await(location,
                r -> !r.json().path("status").asText().matches("RECEIVED|QUEUED|DISPATCHED"), Duration.ofSeconds(30));
    }

    /** The envelope the hub's flows build, with the connector's real secrets. */
    private ObjectNode envelope(String nik, ObjectNode data) {
        ObjectNode payload = JSON.createObjectNode();
        payload.putObject("citizen").put("nik", nik);
        payload.set("data", data);
        return envelopes.build(connectors.find("samsat").orElseThrow(), "0195a1b2-" + UUID.randomUUID().toString()
                .substring(9), payload, "demo-counter-mpp", "mpp-tangerang");
    }

    private ObjectNode payment(JsonNode vehicle, String bankReference) {
        return envelope(vehicle.path("ownerNik").asText(), JSON.createObjectNode()
                .put("plateNumber", vehicle.path("plate").asText())
                .put("billingCode", vehicle.path("billingCode").asText())
                .put("amount", vehicle.path("total").asLong())
                .put("bankReference", bankReference)
                .put("paidAt", "2026-11-22T10:15:00+07:00"));
    }

    /** Through the real call route, kamelet and socket, as a flow of the hub calls it. */
    private AgencyOutcome call(String route, ObjectNode envelope) {
        Exchange done = producer.send(route, exchange -> {
            exchange.setProperty(FlowKeys.ENVELOPE, envelope);
            exchange.getMessage().setBody(envelope.toString());
        });
        if (done.getException() != null) {
            throw new AssertionError("call failed: " + done.getException().getMessage(), done.getException());
        }
        return done.getMessage().getBody(AgencyOutcome.class);
    }

    private JsonNode testData() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/test-data")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return HubClient.parse(response.body()).path("samsat");
    }
}
