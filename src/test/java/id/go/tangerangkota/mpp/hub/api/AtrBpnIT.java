package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.atrbpn.AtrBpnBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kantor Pertanahan (ATR/BPN) end to end: the counter API, the rest-json kamelet with the account in
 * the body, the JSONata mappings unwrapping the gateway's paged envelope, and the simulated land
 * office over its socket. The catalogue examples (Ahmad's check of HM 02346, file 12873/2026) are
 * replayed by {@link CatalogueExamplesIT}.
 */
class AtrBpnIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/atr-bpn/services/";
    private static final String AHMAD = "3671071506780003";
    private static final String SITI = "3671055208920002";
    private static final String HENDRA = "3671092709650005";
    private static final String RINA = "3671116304880006";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;
    @Autowired
    EnvelopeFactory envelopes;

    @Test
    void statusOfAFileInProcessIsTheCanonicalStatus() {
        Answer a = counter.post(SERVICES + "application-status", citizenBody(AHMAD, "{\"fileNumber\":12873,\"year\":2026}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("result");
        Canonical.assertValid("status.schema.json", r);
        assertThat(r.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(r.path("reference").asText()).isEqualTo("12873/2026");
        assertThat(r.path("agencyStatus").asText()).isEqualTo("PROSES - Seksi Penetapan Hak dan Pendaftaran");
        assertThat(r.path("detail").asText()).startsWith("Peralihan Hak - Jual Beli (HM 02346/BOJONG JAYA");
    }

    @Test
    void aFileWaitingForTheApplicantIsPendingAndAnUnknownFile404() {
        Answer waiting = counter.post(SERVICES + "application-status", citizenBody(SITI, "{\"fileNumber\":12990,\"year\":2026}"));
        Answer unknown = counter.post(SERVICES + "application-status", citizenBody(SITI, "{\"fileNumber\":12990,\"year\":2024}"));

        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.json().at("/result/status").asText()).isEqualTo("PENDING");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).contains("Berkas tidak ditemukan");
        assertThat(unknown.json().path("agency").asText()).isEqualTo("atr-bpn");
    }

    @Test
    void aCheckCompletesWithTheBlockOnRecordAndItsFileIsDoneAtOnce() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "certificate-check", citizenBody(RINA, """
                {"rightType":"HM","rightNumber":"03310","kelurahan":"Pinang","kecamatan":"Pinang","nib":"28030111003310","purpose":"inheritance"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PENGECEKAN_SERTIPIKAT");
        assertThat(result.path("message").asText()).contains("SESUAI dengan buku tanah").contains("Blokir atas permohonan ahli waris")
                .contains("PNBP Rp50.000");
        String file = done.json().path("agencyReference").asText();
        assertThat(file).matches("\\d{5}/\\d{4}").isEqualTo(result.path("registrationNumber").asText());

        String[] parts = file.split("/");
        Answer status = counter.post(SERVICES + "application-status",
                citizenBody(RINA, "{\"fileNumber\":" + parts[0] + ",\"year\":" + parts[1] + "}"));
        assertThat(status.json().at("/result/status").asText()).as(status.body()).isEqualTo("DONE");
    }

    @Test
    void aCertificateNotInTheLandBookEndsRejectedWithTheOfficesReason() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "certificate-check", citizenBody(HENDRA, """
                {"rightType":"HM","rightNumber":"00755","kelurahan":"Sukasari","kecamatan":"Tangerang"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText())
                .isEqualTo("Sertipikat HM 00755 Kelurahan SUKASARI tidak terdaftar pada buku tanah Kantor Pertanahan Kota Tangerang");
    }

    @Test
    void theCallRouteCarriesTheRequestIdSoARepeatOpensNoSecondFile() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode envelope = envelopes.build(registry.find("atr-bpn").orElseThrow(), requestId,
                HubClient.parse(citizenBody(HENDRA, """
                        {"rightType":"HM","rightNumber":"00754","kelurahan":"Sukasari","kecamatan":"Tangerang"}""")),
                "route-test", "mpp-tangerang");
        var office = sandbox.backend("atr-bpn", AtrBpnBackend.class).office();
        int before = office.checksOpened();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-atr-bpn-certificate-check", envelope);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-atr-bpn-certificate-check", envelope);

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(first.result().path("message").asText()).contains("tidak ada catatan hak tanggungan");
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(office.checksOpened()).isEqualTo(before + 1);
        assertThat(office.callsFor(requestId)).isEqualTo(2);
    }
}
