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
import id.go.tangerangkota.mpp.hub.sandbox.bnn.BnnBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BNN Kota Tangerang end to end: the counter API, the rest-json kamelet with the API key header,
 * the JSONata mappings and the simulated gateway over its socket. The catalogue examples (Dewi's
 * SKHPN, Rina's outreach request) are replayed by {@link CatalogueExamplesIT}; this class books
 * other dates, so both may run in any order.
 */
class BnnIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/bnn/services/";
    private static final String SITI = "3671055208920002";
    private static final String HENDRA = "3671092709650005";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;
    @Autowired
    EnvelopeFactory envelopes;

    private BnnBackend backend() {
        return sandbox.backend("bnn", BnnBackend.class);
    }

    @Test
    void skhpnCompletesWithASlotInClinicHoursAndTheWaivedTariff() {
        int before = backend().applications().received("SKHPN");

        Answer done = counter.awaitFinal(counter.post(SERVICES + "skhpn", citizenBody(SITI, """
                {"purpose":"Persyaratan beasiswa S2","purposeCategory":"school-or-scholarship","preferredDate":"2026-12-01",
                 "currentMedication":{"taking":true,"names":"Amoksisilin"},"feeWaiver":true,"phone":"081298765432"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PENDAFTARAN_SKHPN");
        assertThat(done.json().path("agencyReference").asText()).matches("SKHPN/20261201/\\d{3}")
                .isEqualTo(result.path("registrationNumber").asText());
        assertThat(result.path("message").asText()).contains("01/12/2026 pukul 08:").contains("tarif Rp0")
                .contains("resep dokter").contains("surat keterangan tidak mampu");
        assertThat(backend().applications().received("SKHPN")).isEqualTo(before + 1);
    }

    @Test
    void aSaturdayTestEndsRejectedWithTheClinicsReason() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "skhpn", citizenBody(SITI, """
                {"purpose":"Persyaratan melamar pekerjaan","purposeCategory":"job-application","preferredDate":"2026-11-28",
                 "currentMedication":{"taking":false},"phone":"081298765432"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText())
                .isEqualTo("Klinik tidak melayani pemeriksaan pada tanggal 28/11/2026 (hanya hari kerja, Senin-Jumat)");
    }

    @Test
    void outreachCompletesWithASessionAndAFullyBookedDateIsRejected() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "outreach-request", citizenBody(HENDRA, """
                {"organisation":"Paguyuban Pensiunan Kelurahan Sukasari","audience":"parents","expectedParticipants":40,
                 "preferredDate":"2026-12-16","venue":"Aula Kelurahan Sukasari","phone":"081211223344"}""")));
        Answer full = counter.awaitFinal(counter.post(SERVICES + "outreach-request", citizenBody(HENDRA, """
                {"organisation":"Paguyuban Pensiunan Kelurahan Sukasari","audience":"parents","expectedParticipants":40,
                 "preferredDate":"2026-12-09","venue":"Aula Kelurahan Sukasari","phone":"081211223344"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("PERMOHONAN_SOSIALISASI_P4GN");
        assertThat(result.path("message").asText()).contains("16/12/2026 pukul 09:00-11:00 WIB");
        assertThat(full.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(full.json().path("reason").asText()).isEqualTo("Jadwal narasumber pada tanggal 09/12/2026 sudah penuh");
    }

    @Test
    void theCallRouteCarriesTheRequestIdAsIdPermohonanSoARepeatBooksNothingNew() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode envelope = envelopes.build(registry.find("bnn").orElseThrow(), requestId,
                HubClient.parse(citizenBody(SITI, """
                        {"purpose":"Persyaratan melamar pekerjaan","purposeCategory":"job-application","preferredDate":"2026-12-02",
                         "currentMedication":{"taking":false},"phone":"081298765432"}""")),
                "route-test", "mpp-tangerang");
        int before = backend().applications().received("SKHPN");

        AgencyOutcome first = agencyRoutes.outcome("direct:call-bnn-skhpn", envelope);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-bnn-skhpn", envelope);

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().applications().received("SKHPN")).isEqualTo(before + 1);
        assertThat(backend().applications().callsFor(requestId)).isEqualTo(2);
    }
}
