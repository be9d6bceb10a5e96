package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.BpjsKesehatanBackend;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.MembershipApplications;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * BPJS Kesehatan end to end: the counter API, the vclaim kamelet (signature headers, encrypted
 * answers) and the BPJS Kesehatan sandbox over its real socket, which verifies the signature and the
 * timestamp window as VClaim does.
 */
class BpjsKesehatanIT extends HubIntegrationTest {

    private static final String BASE = "/api/v1/agencies/bpjs-kesehatan/services/";
    private static final String BY_NIK = BASE + "participant-by-nik";
    private static final String BY_CARD = BASE + "participant-by-card";
    private static final String CORRECTION = BASE + "data-correction";
    private static final String CHANGE_FKTP = BASE + "change-primary-care";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final String DEWI = "3671134101000004";
    private static final String RINA = "3671116304880006";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    SandboxServer sandbox;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    EnvelopeFactory envelopes;

    @Autowired
    ConnectorRegistry registry;

    private BpjsKesehatanBackend bpjs() {
        return sandbox.backend("bpjs-kesehatan", BpjsKesehatanBackend.class);
    }

    private static String byNik(String nik, LocalDate date) {
        return "{\"citizen\":{\"nik\":\"%s\"},\"data\":{\"serviceDate\":\"%s\"}}".formatted(nik, date);
    }

    private static String byCard(String nik, String card, LocalDate date) {
        return "{\"citizen\":{\"nik\":\"%s\"},\"data\":{\"cardNumber\":\"%s\",\"serviceDate\":\"%s\"}}"
                .formatted(nik, card, date);
    }

    private static String correction(String nik, String card, String fullName) {
        return """
                {"citizen":{"nik":"%s"},"data":{"cardNumber":"%s","corrections":{"fullName":"%s"},
                 "reason":"Nama pada kartu tidak sesuai KTP-el","supportingDocument":"ktp-el"}}"""
                .formatted(nik, card, fullName);
    }

    private static String move(String nik, String card, String provider, boolean wholeFamily) {
        return """
                {"citizen":{"nik":"%s"},"data":{"cardNumber":"%s","newProviderCode":"%s","wholeFamily":%s}}"""
                .formatted(nik, card, provider, wholeFamily);
    }

    private Answer finalState(Answer accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return counter.await(accepted.header("Location"),
                r -> !r.json().path("status").asText().matches("RECEIVED|QUEUED|DISPATCHED"), Duration.ofSeconds(20));
    }

    @Test
    void activeMembershipByNikIsTheCanonicalParticipantReadFromTheEncryptedAnswer() {
        long calls = bpjs().calls().calls("Peserta/nik");

        Answer a = counter.post(BY_NIK, byNik(BUDI, TODAY));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("agency").asText()).isEqualTo("bpjs-kesehatan");
        JsonNode result = a.json().path("result");
        Canonical.assertValid("participant.schema.json", result);
        assertThat(result.path("scheme").asText()).isEqualTo("BPJS_KESEHATAN");
        assertThat(result.path("participantNumber").asText()).isEqualTo("0001427735619");
        assertThat(result.path("nik").asText()).isEqualTo(BUDI);
        assertThat(result.path("name").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(result.path("sex").asText()).isEqualTo("M");
        assertThat(result.path("active").asBoolean()).isTrue();
        assertThat(result.path("status").asText()).isEqualTo("AKTIF");
        assertThat(result.path("membershipType").asText()).isEqualTo("PEKERJA PENERIMA UPAH");
        assertThat(result.path("careClass").asText()).isEqualTo("KELAS I");
        assertThat(result.path("primaryCareProvider").path("code").asText()).isEqualTo("0414P005");
        assertThat(bpjs().calls().calls("Peserta/nik")).isEqualTo(calls + 1);
    }

    /** The membership check other agencies rely on (Polres SKCK): an inactive card says active false. */
    @Test
    void inactivePbiMembershipIsReportedInactiveNotAnError() {
        Answer a = counter.post(BY_NIK, byNik(RINA, TODAY));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode result = a.json().path("result");
        Canonical.assertValid("participant.schema.json", result);
        assertThat(result.path("participantNumber").asText()).isEqualTo("0002296471058");
        assertThat(result.path("active").asBoolean()).isFalse();
        assertThat(result.path("status").asText()).isEqualTo("TIDAK AKTIF");
        assertThat(result.path("membershipType").asText()).isEqualTo("PBI-JK");
        // The same card on a date inside its cover period is active.
        assertThat(counter.post(BY_NIK, byNik(RINA, LocalDate.of(2026, 6, 1))).json().path("result")
                .path("active").asBoolean()).isTrue();
    }

    @Test
    void membershipByCardNumber() {
        Answer a = counter.post(BY_CARD, byCard(DEWI, "0001893362047", TODAY));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode result = a.json().path("result");
        Canonical.assertValid("participant.schema.json", result);
        assertThat(result.path("nik").asText()).isEqualTo(DEWI);
        assertThat(result.path("name").asText()).isEqualTo("DEWI LESTARI");
        assertThat(result.path("active").asBoolean()).isTrue();
    }

    @Test
    void aCitizenWithoutCardAndAnUnknownCardAre404NamingTheAgencyWithoutTheNik() {
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) sandbox.testData().snapshot().get("bpjs-kesehatan");
        String withoutCard = (String) section.get("citizenWithoutCard");

        Answer noCard = counter.post(BY_NIK, byNik(withoutCard, TODAY));
        Answer unknownCard = counter.post(BY_CARD, byCard(BUDI, "0009999999999", TODAY));

        assertThat(noCard.status()).as(noCard.body()).isEqualTo(404);
        assertThat(noCard.json().path("type").asText()).endsWith("/agency-data-not-found");
        assertThat(noCard.json().path("agency").asText()).isEqualTo("bpjs-kesehatan");
        assertThat(noCard.json().path("detail").asText()).contains("Data Peserta Tidak Ditemukan")
                .doesNotContain(withoutCard);
        assertThat(unknownCard.status()).isEqualTo(404);
    }

    @Test
    void dataCorrectionCompletesAndTheCardCarriesTheCorrectedName() {
        MembershipApplications applications = bpjs().applications();

        Answer done = finalState(counter.post(CORRECTION, correction(SITI, "0001427735620", "Siti Nurhaliza Rahmawati")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        String requestId = done.json().path("requestId").asText();
        assertThat(done.json().path("agencyReference").asText()).matches("0414RMPP\\d{4}D\\d{6}");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PERBAIKAN_DATA_PESERTA_JKN");
        assertThat(result.path("documentNumber").asText()).isEqualTo("0001427735620");
        // The hub's request id travelled as noRefMitra, once.
        assertThat(applications.application(requestId)).isPresent();
        assertThat(applications.application(requestId).get().noPengajuan())
                .isEqualTo(done.json().path("agencyReference").asText());
        assertThat(applications.receiptsFor(requestId)).isEqualTo(1);
        assertThat(counter.post(BY_CARD, byCard(SITI, "0001427735620", TODAY)).json().path("result").path("name")
                .asText()).isEqualTo("SITI NURHALIZA RAHMAWATI");
    }

    @Test
    void changeOfPrimaryCareCompletesAndTakesEffectOnTheFirstOfNextMonth() {
        LocalDate effective = TODAY.withDayOfMonth(1).plusMonths(1);

        Answer done = finalState(counter.post(CHANGE_FKTP, move(BUDI, "0001427735619", "0414U057", true)));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PINDAH_FKTP");
        assertThat(result.path("message").asText()).contains("KLINIK PRATAMA SEHAT SENTOSA CIPONDOH", "0414U057",
                effective.toString(), "2 peserta");
        assertThat(bpjs().applications().receiptsFor(done.json().path("requestId").asText())).isEqualTo(1);
        assertThat(counter.post(BY_NIK, byNik(BUDI, TODAY)).json().path("result").path("primaryCareProvider")
                .path("code").asText()).isEqualTo("0414P005");
        assertThat(counter.post(BY_NIK, byNik(SITI, effective)).json().path("result").path("primaryCareProvider")
                .path("code").asText()).isEqualTo("0414U057");
    }

    @Test
    void refusalsOfTheBranchOfficeEndRejectedWithItsReason() {
        Answer inactive = finalState(counter.post(CHANGE_FKTP, move(RINA, "0002296471058", "0414U054", false)));
        Answer unknownProvider = finalState(counter.post(CHANGE_FKTP, move(DEWI, "0001893362047", "0414X999", false)));
        Answer mismatch = finalState(counter.post(CORRECTION, correction(SITI, "0001427735620", "Siti Nur Haliza")));
        Answer notHers = finalState(counter.post(CORRECTION, correction(SITI, "0001427735619", "Budi Santoso")));

        assertThat(inactive.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(inactive.json().path("reason").asText())
                .isEqualTo("Status kepesertaan tidak aktif, perubahan FKTP tidak dapat diproses");
        assertThat(unknownProvider.json().path("reason").asText()).isEqualTo("Kode FKTP tujuan tidak terdaftar");
        assertThat(mismatch.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(mismatch.json().path("reason").asText())
                .isEqualTo("Data perbaikan tidak sesuai dengan data Dukcapil: nama");
        assertThat(notHers.json().path("reason").asText()).isEqualTo("Nomor kartu bukan milik NIK pemohon");
        assertThat(bpjs().applications().application(mismatch.json().path("requestId").asText())).isEmpty();
    }

    /**
     * A redelivery carries the same request id: BPJS Kesehatan answers it with the first answer and
     * registers nothing new. Played on the real call route, over the real socket.
     */
    @Test
    void theSameRequestIdTwiceIsRegisteredOnce() {
        MembershipApplications applications = bpjs().applications();
        String requestId = UUID.randomUUID().toString();
        JsonNode payload = HubClient.parse("""
                {"citizen":{"nik":"%s"},"data":{"cardNumber":"0001427735620",
                 "corrections":{"fullName":"SITI NURHALIZA RAHMAWATI"},"reason":"Nama belum lengkap"}}""".formatted(SITI));
        int registered = applications.registered();

        AgencyOutcome first = call("data-correction", requestId, payload);
        AgencyOutcome again = call("data-correction", requestId, payload);

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(applications.receiptsFor(requestId)).isEqualTo(2);
        assertThat(applications.registered()).isEqualTo(registered + 1);
    }

    private AgencyOutcome call(String service, String requestId, JsonNode payload) {
        ObjectNode envelope = envelopes.build(registry.find("bpjs-kesehatan").orElseThrow(), requestId, payload,
                "demo-counter-mpp", "mpp-tangerang");
        return producer.send("direct:call-bpjs-kesehatan-" + service, exchange -> {
            exchange.setProperty(FlowKeys.ENVELOPE, envelope);
            exchange.getMessage().setBody(envelope.toString());
        }).getMessage().getBody(AgencyOutcome.class);
    }

    /**
     * A hub configured with a wrong consumer secret: the sandbox refuses the signature with VClaim's
     * own metaData 401, and the counter gets a 502 naming BPJS Kesehatan, not a pass and not a 500.
     * Its own context (and data folder): the secret is read at start-up.
     */
    @Nested
    @TestPropertySource(properties = {
            "mpp.agency.bpjs-kesehatan.secret-key=not-the-agreed-vclaim-secret",
            "mpp.data-dir=./target/it-data/${mpp.test.run:local}/bpjs-kesehatan-wrong-secret"
    })
    class WrongSecret {

        // Its own port and sandbox: the enclosing instance's fields belong to the shared context.
        @LocalServerPort
        int wrongSecretPort;

        @Autowired
        SandboxServer wrongSecretSandbox;

        @Test
        void theSandboxsSignatureErrorIsA502NamingTheAgency() {
            HubClient client = new HubClient(wrongSecretPort, HubClient.COUNTER_MPP_KEY);
            BpjsKesehatanBackend backend = wrongSecretSandbox.backend("bpjs-kesehatan", BpjsKesehatanBackend.class);
            long calls = backend.calls().calls("Peserta/nik");

            Answer a = client.post(BY_NIK, byNik(BUDI, TODAY));

            assertThat(a.status()).as(a.body()).isEqualTo(502);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().path("type").asText()).endsWith("/agency-error");
            assertThat(a.json().path("agency").asText()).isEqualTo("bpjs-kesehatan");
            assertThat(a.json().path("detail").asText()).contains("BPJS Kesehatan").contains("Signature tidak valid")
                    .doesNotContain("not-the-agreed-vclaim-secret");
            assertThat(backend.calls().calls("Peserta/nik")).as("the call reached the sandbox").isEqualTo(calls + 1);
        }
    }
}
