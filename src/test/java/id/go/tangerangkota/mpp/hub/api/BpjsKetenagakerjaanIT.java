package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bpjstk.BpjsTkBackend;
import id.go.tangerangkota.mpp.hub.sandbox.bpjstk.Participant;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BPJS Ketenagakerjaan end to end: the counter API, the rest-json kamelet with the API key header,
 * the JSONata mappings and the simulated partner gateway over its socket. The catalogue examples
 * (Budi's data update, Ahmad's JHT claim, Dewi's BPU registration) are replayed by
 * {@link CatalogueExamplesIT}; this class uses other sandbox members for what changes state.
 */
class BpjsKetenagakerjaanIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/bpjs-ketenagakerjaan/services/";
    private static final String BUDI = "3671011203850001";
    private static final String AHMAD = "3671071506780003";
    private static final String DEWI = "3671134101000004";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;
    @Autowired
    EnvelopeFactory envelopes;

    private BpjsTkBackend backend() {
        return sandbox.backend("bpjs-ketenagakerjaan", BpjsTkBackend.class);
    }

    @Test
    void statusByKpjIsTheCanonicalParticipantWithProgrammesAndJhtBalance() {
        Answer a = counter.post(SERVICES + "participant-status",
                citizenBody(BUDI, "{\"lookupBy\":\"kpj\",\"kpjNumber\":\"15078342615\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("result");
        Canonical.assertValid("participant.schema.json", r);
        assertThat(r.path("scheme").asText()).isEqualTo("BPJS_KETENAGAKERJAAN");
        assertThat(r.path("participantNumber").asText()).isEqualTo("15078342615");
        assertThat(r.path("nik").asText()).isEqualTo(BUDI);
        // The data-update example (CatalogueExamplesIT) may already have corrected it.
        assertThat(r.path("name").asText()).isIn("BUDI SANTOSA", "BUDI SANTOSO");
        assertThat(r.path("active").asBoolean()).isTrue();
        assertThat(r.path("employer").asText()).isEqualTo("PT MITRA LOGISTIK CIKOKOL");
        assertThat(r.path("programmes").findValuesAsText("code")).containsExactly("JHT", "JKK", "JKM", "JP");
        assertThat(r.path("programmes").get(0).path("balance").asLong()).isEqualTo(64_318_750L);
        assertThat(r.path("lastContributionPeriod").asText()).isEqualTo("2026-10");
    }

    @Test
    void statusByNikShowsAnInactiveMembershipWithItsEnd() {
        Answer a = counter.post(SERVICES + "participant-status", citizenBody(AHMAD, "{\"lookupBy\":\"nik\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("result");
        Canonical.assertValid("participant.schema.json", r);
        assertThat(r.path("participantNumber").asText()).isEqualTo("11053368427");
        assertThat(r.path("active").asBoolean()).isFalse();
        assertThat(r.path("status").asText()).isEqualTo("NON AKTIF");
        assertThat(r.path("validUntil").asText()).isEqualTo("2026-09-30");
        assertThat(r.path("employer").asText()).isEqualTo("PT SINAR CAHAYA PLASTINDO");
    }

    @Test
    void aKpjOfAnotherCitizenIs422AndNoMembershipIs404() {
        Answer other = counter.post(SERVICES + "participant-status",
                citizenBody(BUDI, "{\"lookupBy\":\"kpj\",\"kpjNumber\":\"11053368427\"}"));
        Answer none = counter.post(SERVICES + "participant-status", citizenBody(DEWI, "{\"lookupBy\":\"nik\"}"));

        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().path("detail").asText()).contains("KPJ tidak terdaftar atas NIK yang dikirim");
        assertThat(other.json().path("agency").asText()).isEqualTo("bpjs-ketenagakerjaan");
        assertThat(none.status()).as(none.body()).isEqualTo(404);
        assertThat(none.json().path("detail").asText()).contains("Data peserta tidak ditemukan");
    }

    @Test
    void dataUpdateCompletesAndTheCorrectedNameIsWhatStatusShowsNext() {
        Answer accepted = counter.post(SERVICES + "data-update", citizenBody(BUDI, """
                {"kpjNumber":"15078342615","changes":{"fullName":"Budi Santoso","email":"budi.santoso@example.com"},
                 "reason":"Nama tercatat BUDI SANTOSA, tidak sesuai KTP-el"}"""));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().path("requestId").asText();

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PERUBAHAN_DATA_PESERTA");
        assertThat(done.json().path("agencyReference").asText()).matches("PDP-\\d{8}-\\d{6}")
                .isEqualTo(result.path("registrationNumber").asText());
        assertThat(backend().applications().callsFor(id)).isEqualTo(1);
        Answer status = counter.post(SERVICES + "participant-status", citizenBody(BUDI, "{\"lookupBy\":\"nik\"}"));
        assertThat(status.json().path("result").path("name").asText()).isEqualTo("BUDI SANTOSO");
    }

    @Test
    void aNameThatIsNotTheKtpElsEndsRejectedWithTheAgencysReason() {
        Answer accepted = counter.post(SERVICES + "data-update", citizenBody(BUDI, """
                {"kpjNumber":"15078342615","changes":{"fullName":"Budi Santosa Wijaya"},"reason":"Permintaan peserta"}"""));
        assertThat(accepted.status()).isEqualTo(202);

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText())
                .isEqualTo("Data perubahan tidak sesuai data kependudukan (Dukcapil): namaLengkap");
    }

    @Test
    void jhtClaimCompletesOnceAndASecondClaimForTheSameKpjIsRejected() {
        Participant p = backend().participants().all().stream()
                .filter(m -> !m.active() && !m.jhtPaidOut() && m.jhtBalance() > 0 && m.jhtBalance() < 50_000_000
                        && !m.nik().equals(AHMAD) && m.leftOn().isBefore(LocalDate.of(2026, 9, 1))
                        && backend().participants().openClaim(m.kpj()).isEmpty())
                .findFirst().orElseThrow();
        String claim = """
                {"kpjNumber":"%s","reason":"resignation","lastWorkingDate":"%s",
                 "bankAccount":{"bankCode":"002","accountNumber":"123401000567301","accountHolder":"%s"}}"""
                .formatted(p.kpj(), p.leftOn(), p.name());

        Answer first = counter.awaitFinal(counter.post(SERVICES + "jht-claim", citizenBody(p.nik(), claim)));
        Answer second = counter.awaitFinal(counter.post(SERVICES + "jht-claim", citizenBody(p.nik(), claim)));

        assertThat(first.json().path("status").asText()).as(first.body()).isEqualTo("COMPLETED");
        JsonNode result = first.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("KLAIM_JHT");
        assertThat(result.path("message").asText()).contains("BANK BRI ****7301");
        assertThat(second.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(second.json().path("reason").asText())
                .isEqualTo("Masih ada klaim JHT dalam proses: " + first.json().path("agencyReference").asText());
    }

    @Test
    void bpuRegistrationCompletesWithThePaymentCodeAndDeadline() {
        String nik = sandbox.citizens().all().stream()
                .filter(c -> c.birthDate().isAfter(LocalDate.of(1970, 1, 1)) && c.birthDate().isBefore(LocalDate.of(2004, 1, 1)))
                .filter(c -> !c.nik().equals(DEWI) && backend().participants().byNik(c.nik()).isEmpty()
                        && backend().participants().pendingBpu(c.nik()).isEmpty())
                .reduce((a, b) -> b).orElseThrow().nik();
        long before = backend().applications().received("PENDAFTARAN_BPU");

        Answer done = counter.awaitFinal(counter.post(SERVICES + "bpu-registration", citizenBody(nik, """
                {"occupation":"Pengemudi ojek daring","declaredMonthlyIncome":3000000,"programs":["JKK","JKM"],
                 "contributionPeriodMonths":3,"phone":"081234567890"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PENDAFTARAN_BPU");
        // JKK 1% of 3.000.000 + JKM 6.800 = 36.800 a month, three months at once
        assertThat(result.path("message").asText()).contains("Rp110.400").contains("kode iuran 8890");
        assertThat(result.path("validUntil").asText()).isNotBlank();
        assertThat(backend().applications().received("PENDAFTARAN_BPU")).isEqualTo(before + 1);
        assertThat(backend().participants().pendingBpu(nik)).isPresent();
    }

    @Test
    void theCallRouteCarriesTheRequestIdAsIdPengajuanSoARepeatRegistersNothingNew() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode envelope = envelopes.build(registry.find("bpjs-ketenagakerjaan").orElseThrow(), requestId,
                HubClient.parse(citizenBody(BUDI, """
                        {"kpjNumber":"15078342615","changes":{"phone":"081311112222"},"reason":"Nomor HP baru"}""")),
                "route-test", "mpp-tangerang");
        int before = backend().applications().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-bpjs-ketenagakerjaan-data-update", envelope);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-bpjs-ketenagakerjaan-data-update", envelope);

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().applications().received()).isEqualTo(before + 1);
        assertThat(backend().applications().callsFor(requestId)).isEqualTo(2);
    }
}
