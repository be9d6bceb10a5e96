package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.disnaker.DisnakerBackend;
import id.go.tangerangkota.mpp.hub.sandbox.disnaker.DisnakerLedger;
import id.go.tangerangkota.mpp.hub.sandbox.disnaker.JobSeekerRegister;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Disnaker end to end: the counter API, the rest-json kamelet with the service account in the
 * body, the JSONata mappings and the simulated e-layanan over its socket. Both services are
 * applications, so the wrong-password proof runs at route level in the shared context, as
 * Kejari's does. Each test uses its own job seekers: the sandbox's cards outlive a test.
 */
class DisnakerIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/disnaker/services/";
    private static final String AHMAD = "3671071506780003";
    private static final String RINA = "3671116304880006";
    /** A resident of Kabupaten Tangerang (region 3603), valid to the hub's NIK rules. */
    private static final String KABUPATEN_RESIDENT = "3603124501950001";
    private static final String AK1_DATA = """
            {"jobSeekerNumber":"%s","education":{"level":"SMK","major":"Teknik Kendaraan Ringan",
             "institution":"SMK Negeri 2 Kota Tangerang","graduationYear":%d},"skills":["Servis mesin"],
             "maritalStatus":"belum-kawin","heightCm":168,"weightKg":58}""";
    private static final String DISPUTE = """
            {"disputeType":"rights","employer":{"name":"CV Maju Bersama Garmen","address":"Jl. Gatot Subroto Km 5, Cibodas, Kota Tangerang"},
             "summary":"%s","bipartiteDates":%s}""";
    private static final String SUMMARY = "Upah lembur Agustus dan September 2026 tidak dibayar meski perintah lembur tertulis; pemohon menuntut pembayaran penuh.";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;

    private DisnakerBackend backend() {
        return sandbox.backend("disnaker", DisnakerBackend.class);
    }

    @Test
    void dewisCatalogueExampleCompletesWithACardValidTwoYearsAndASecondApplicationIsToldOfIt() {
        JsonNode example = counter.get(SERVICES + "ak1").json().path("example");
        assertThat(example.path("citizen").path("nik").asText()).isEqualTo(JobSeekerRegister.DEWI);
        long before = backend().ledger().received(DisnakerLedger.AK1);

        Answer accepted = counter.post(SERVICES + "ak1", example.toString());
        String id = accepted.json().path("requestId").asText();
        Answer done = counter.awaitFinal(accepted);
        Answer second = counter.awaitFinal(counter.post(SERVICES + "ak1", example.toString()));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("KARTU_AK1");
        String card = done.json().path("agencyReference").asText();
        assertThat(card).matches("AK1-3671-\\d{4}-\\d{5}").isEqualTo(result.path("documentNumber").asText());
        assertThat(result.path("registrationNumber").asText()).isEqualTo(JobSeekerRegister.DEWI_NUMBER);
        LocalDate issued = LocalDate.parse(result.path("issuedOn").asText());
        assertThat(issued).isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        assertThat(LocalDate.parse(result.path("validUntil").asText())).isEqualTo(issued.plusYears(2));
        assertThat(result.path("message").asText()).startsWith("Kartu AK/1 (kartu kuning) diterbitkan")
                .contains("wajib lapor diri setiap 6 bulan, pertama paling lambat " + issued.plusMonths(6));
        assertThat(backend().ledger().registered(id)).isTrue();
        assertThat(backend().ledger().callsFor(id)).isEqualTo(1);
        assertThat(backend().ledger().received(DisnakerLedger.AK1)).isEqualTo(before + 1);
        assertThat(second.json().path("status").asText()).as(second.body()).isEqualTo("REJECTED");
        assertThat(second.json().path("reason").asText())
                .startsWith("Pemohon masih memiliki Kartu AK/1 yang berlaku: " + card);
        assertThat(backend().register().cardsIssued()).isGreaterThanOrEqualTo(1);
        assertThat(backend().register().cards(JobSeekerRegister.DEWI)).hasSize(1);
    }

    @Test
    void ak1EndsRejectedWithDisnakersReasonForACardHolderAStrangerToSiapkerjaSomeoneElsesNumberAndANonResident() {
        Answer holder = counter.awaitFinal(counter.post(SERVICES + "ak1",
                citizenBody(JobSeekerRegister.FAJAR, AK1_DATA.formatted(JobSeekerRegister.FAJAR_NUMBER, 2023))));
        Answer stranger = counter.awaitFinal(counter.post(SERVICES + "ak1", citizenBody(AHMAD, AK1_DATA.formatted("3671260199999", 1996))));
        Answer othersNumber = counter.awaitFinal(counter.post(SERVICES + "ak1",
                citizenBody(AHMAD, AK1_DATA.formatted(JobSeekerRegister.DEWI_NUMBER, 1996))));
        Answer nonResident = counter.awaitFinal(counter.post(SERVICES + "ak1",
                citizenBody(KABUPATEN_RESIDENT, AK1_DATA.formatted(JobSeekerRegister.DEWI_NUMBER, 2013))));

        assertThat(holder.json().path("status").asText()).as(holder.body()).isEqualTo("REJECTED");
        assertThat(holder.json().path("reason").asText()).isEqualTo("Pemohon masih memiliki Kartu AK/1 yang berlaku: "
                + JobSeekerRegister.FAJAR_CARD + ", berlaku s.d. 16-03-2028; kartu baru dapat diterbitkan setelah masa berlaku habis");
        assertThat(stranger.json().path("status").asText()).as(stranger.body()).isEqualTo("REJECTED");
        assertThat(stranger.json().path("reason").asText()).contains("tidak terdaftar di SIAPkerja");
        assertThat(othersNumber.json().path("status").asText()).as(othersNumber.body()).isEqualTo("REJECTED");
        assertThat(othersNumber.json().path("reason").asText()).endsWith("terdaftar atas NIK lain");
        assertThat(othersNumber.body()).doesNotContain(JobSeekerRegister.DEWI);
        assertThat(nonResident.json().path("status").asText()).as(nonResident.body()).isEqualTo("REJECTED");
        assertThat(nonResident.json().path("reason").asText()).startsWith("Pemohon tidak berdomisili di Kota Tangerang");
        assertThat(backend().register().cards(JobSeekerRegister.FAJAR)).hasSize(1);
    }

    @Test
    void theMediationExampleCompletesWithACaseNumberAndAMediator() {
        JsonNode example = counter.get(SERVICES + "industrial-dispute-mediation").json().path("example");
        long before = backend().ledger().received(DisnakerLedger.MEDIATION);

        Answer done = counter.awaitFinal(counter.post(SERVICES + "industrial-dispute-mediation", example.toString()));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PENCATATAN_PERSELISIHAN_HI");
        assertThat(done.json().path("agencyReference").asText()).matches("565/\\d{4}-PHI/\\d{4}")
                .isEqualTo(result.path("registrationNumber").asText());
        assertThat(result.path("message").asText())
                .startsWith("Perselisihan pemutusan hubungan kerja dengan PT Sinar Cahaya Plastindo dicatat; mediator: ")
                .contains("Sidang mediasi pertama paling lambat").endsWith("(30 hari kerja).");
        assertThat(backend().ledger().received(DisnakerLedger.MEDIATION)).isEqualTo(before + 1);
    }

    @Test
    void aDisputeWithOneBipartiteNegotiationAFutureOneOrATerseAccountEndsRejected() {
        String future = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(5).toString();
        Answer once = counter.awaitFinal(counter.post(SERVICES + "industrial-dispute-mediation",
                citizenBody(RINA, DISPUTE.formatted(SUMMARY, "[\"2026-11-02\"]"))));
        Answer ahead = counter.awaitFinal(counter.post(SERVICES + "industrial-dispute-mediation",
                citizenBody(RINA, DISPUTE.formatted(SUMMARY, "[\"2026-11-02\",\"" + future + "\"]"))));
        Answer terse = counter.awaitFinal(counter.post(SERVICES + "industrial-dispute-mediation",
                citizenBody(RINA, DISPUTE.formatted("Upah lembur belum dibayar.", "[\"2026-11-02\",\"2026-11-09\"]"))));

        assertThat(once.json().path("status").asText()).as(once.body()).isEqualTo("REJECTED");
        assertThat(once.json().path("reason").asText()).startsWith("Perundingan bipartit baru 1 kali")
                .contains("sekurang-kurangnya dua kali");
        assertThat(ahead.json().path("status").asText()).as(ahead.body()).isEqualTo("REJECTED");
        assertThat(ahead.json().path("reason").asText()).startsWith("Tanggal perundingan bipartit").contains("belum terjadi");
        assertThat(terse.json().path("status").asText()).as(terse.body()).isEqualTo("REJECTED");
        assertThat(terse.json().path("reason").asText()).startsWith("Uraian perselisihan terlalu singkat");
    }

    @Test
    void aRedeliveredApplicationGetsTheFirstCardAndCaseWhileANewApplicationIsRejected() {
        String cardRequest = UUID.randomUUID().toString();
        String caseRequest = UUID.randomUUID().toString();
        ObjectNode card = agencyRoutes.envelope("disnaker", cardRequest, JobSeekerRegister.BUDI,
                AK1_DATA.formatted(JobSeekerRegister.BUDI_NUMBER, 2003));
        ObjectNode dispute = agencyRoutes.envelope("disnaker", caseRequest, RINA,
                DISPUTE.formatted(SUMMARY, "[\"2026-11-02\",\"2026-11-09\"]"));
        int before = backend().ledger().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-disnaker-ak1", card);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-disnaker-ak1", card);
        AgencyOutcome opened = agencyRoutes.outcome("direct:call-disnaker-industrial-dispute-mediation", dispute);
        AgencyOutcome reopened = agencyRoutes.outcome("direct:call-disnaker-industrial-dispute-mediation", dispute);
        Answer other = counter.awaitFinal(counter.post(SERVICES + "ak1",
                citizenBody(JobSeekerRegister.BUDI, AK1_DATA.formatted(JobSeekerRegister.BUDI_NUMBER, 2003))));

        assertThat(first.kind()).as(String.valueOf(first.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(first.result().path("message").asText()).startsWith("Kartu AK/1 (kartu kuning) diperpanjang");
        assertThat(again.kind()).as(String.valueOf(again.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(opened.kind()).as(String.valueOf(opened.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(reopened.agencyReference()).isEqualTo(opened.agencyReference());
        assertThat(backend().ledger().received()).isEqualTo(before + 2);
        assertThat(backend().ledger().callsFor(cardRequest)).isEqualTo(2);
        assertThat(backend().ledger().callsFor(caseRequest)).isEqualTo(2);
        assertThat(backend().register().cards(JobSeekerRegister.BUDI)).hasSize(2);
        assertThat(other.json().path("status").asText()).as(other.body()).isEqualTo("REJECTED");
        assertThat(other.json().path("reason").asText()).contains(first.agencyReference());
    }

    @Test
    void aWrongPasswordIsDisnakersA01AndAnAgencyErrorNamingDisnaker() {
        ObjectNode envelope = agencyRoutes.envelope("disnaker", UUID.randomUUID().toString(), RINA,
                DISPUTE.formatted(SUMMARY, "[\"2026-11-02\",\"2026-11-09\"]"));
        ((ObjectNode) envelope.path("credentials")).put("password", "not-the-disnaker-password");
        int before = backend().ledger().received();

        Exchange done = agencyRoutes.send("direct:call-disnaker-industrial-dispute-mediation", envelope);

        // The route classifies Disnaker's own 401/A-01 answer; ServiceCallApi and ApplicationDelivery
        // turn AUTH_FAILED into AgencyFailures.authFailed, the 502 agency-error shown below (and a
        // queued application stays in delivery instead of ending REJECTED).
        assertThat(done.getException()).isNull();
        AgencyOutcome outcome = done.getMessage().getBody(AgencyOutcome.class);
        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.AUTH_FAILED);
        assertThat(outcome.reason()).isEqualTo("ID pengguna atau kata kunci akun layanan salah");
        HubProblem problem = AgencyFailures.authFailed("disnaker",
                registry.find("disnaker").orElseThrow().displayName(), outcome.reason());
        assertThat(problem.type()).isEqualTo(ProblemType.AGENCY_ERROR);
        assertThat(problem.type().status()).isEqualTo(502);
        assertThat(problem.extensions()).containsEntry("agency", "disnaker");
        assertThat(problem.getMessage()).contains("Disnaker").contains("ID pengguna atau kata kunci")
                .doesNotContain("not-the-disnaker-password");
        assertThat(backend().ledger().received()).isEqualTo(before);
    }

}
