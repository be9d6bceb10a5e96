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
import id.go.tangerangkota.mpp.hub.sandbox.taspen.Pensioner;
import id.go.tangerangkota.mpp.hub.sandbox.taspen.TaspenBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Taspen end to end: the counter API, the rest-xml kamelet with the API key as a declared call
 * header, the XSLT 3 mappings and the simulated Taspen partner service over its socket. Hendra
 * (retired civil servant, NOTAS 650927900310020) is the showcase; state-changing cases use
 * generated pensioners.
 */
class TaspenIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/taspen/services/";
    private static final String HENDRA = "3671092709650005";
    private static final String HENDRA_NOTAS = "650927900310020";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;
    @Autowired
    EnvelopeFactory envelopes;

    private TaspenBackend backend() {
        return sandbox.backend("taspen", TaspenBackend.class);
    }

    private Pensioner first(String status) {
        return backend().pensioners().all().stream().skip(1).filter(p -> p.status().equals(status)).findFirst()
                .orElseThrow();
    }

    @Test
    void pensionStatusByNotasIsTheCanonicalStatus() {
        Answer a = counter.post(SERVICES + "pension-status",
                citizenBody(HENDRA, "{\"lookupBy\":\"notas\",\"notas\":\"" + HENDRA_NOTAS + "\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("result");
        Canonical.assertValid("status.schema.json", r);
        assertThat(r.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(r.path("agencyStatus").asText()).isEqualTo("AKTIF");
        assertThat(r.path("reference").asText()).isEqualTo(HENDRA_NOTAS);
        assertThat(r.path("amount").asLong()).isEqualTo(4_352_700L);
        assertThat(r.path("detail").asText()).startsWith("PENSIUNAN PNS TMT 2023-10-01").contains("THT sudah dibayar 2023-10-16");
    }

    @Test
    void anotherCitizensNotasIs422AndANonParticipantIs404() {
        Answer other = counter.post(SERVICES + "pension-status",
                citizenBody("3671011203850001", "{\"lookupBy\":\"notas\",\"notas\":\"" + HENDRA_NOTAS + "\"}"));
        Answer none = counter.post(SERVICES + "pension-status", citizenBody("3671011203850001", "{\"lookupBy\":\"nik\"}"));

        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().path("detail").asText()).contains("NOTAS TIDAK SESUAI DENGAN NIK");
        assertThat(other.json().path("agency").asText()).isEqualTo("taspen");
        assertThat(none.status()).as(none.body()).isEqualTo(404);
        assertThat(none.json().path("detail").asText()).contains("PESERTA TIDAK DITEMUKAN");
    }

    @Test
    void authenticationReopensASuspendedPensionAndAStoppedOneIsRejected() {
        Pensioner suspended = first("DITANGGUHKAN");
        Pensioner stopped = first("BERHENTI");

        Answer done = counter.awaitFinal(counter.post(SERVICES + "pensioner-authentication", citizenBody(suspended.nik(),
                "{\"notas\":\"" + suspended.notas() + "\",\"method\":\"fingerprint\",\"phone\":\"081277776666\"}")));
        Answer refused = counter.awaitFinal(counter.post(SERVICES + "pensioner-authentication", citizenBody(stopped.nik(),
                "{\"notas\":\"" + stopped.notas() + "\",\"method\":\"face-recognition\",\"phone\":\"081277776666\"}")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("OTENTIKASI_PENSIUN");
        assertThat(result.path("message").asText()).contains("PEMBAYARAN PENSIUN DIBUKA KEMBALI");
        assertThat(done.json().path("agencyReference").asText()).matches("OTN-KCUTNG-\\d{8}-\\d{6}");
        Answer status = counter.post(SERVICES + "pension-status", citizenBody(suspended.nik(), "{\"lookupBy\":\"nik\"}"));
        assertThat(status.json().path("result").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(refused.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.json().path("reason").asText()).isEqualTo("PEMBAYARAN PENSIUN SUDAH DIHENTIKAN");
    }

    @Test
    void dataChangeMovesThePayingOfficeAndANonPartnerBankIsRejected() {
        Pensioner p = first("AKTIF");
        long before = backend().applications().received("PERUBAHAN_DATA");

        Answer done = counter.awaitFinal(counter.post(SERVICES + "data-change", citizenBody(p.nik(), "{\"notas\":\"" + p.notas()
                + "\",\"changes\":{\"payingBank\":{\"bankCode\":\"110\",\"accountNumber\":\"0071230000123\"}}}")));
        Answer refused = counter.awaitFinal(counter.post(SERVICES + "data-change", citizenBody(p.nik(), "{\"notas\":\"" + p.notas()
                + "\",\"changes\":{\"payingBank\":{\"bankCode\":\"014\",\"accountNumber\":\"1234567890\"}}}")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        Canonical.assertValid("application-result.schema.json", done.json().path("result"));
        assertThat(done.json().path("result").path("message").asText()).contains("KANTOR_BAYAR");
        assertThat(backend().pensioners().byNotas(p.notas()).orElseThrow().payingOfficeName()).isEqualTo("BANK BJB");
        assertThat(refused.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.json().path("reason").asText()).isEqualTo("KODE BANK 014 BUKAN MITRA BAYAR TASPEN");
        assertThat(backend().applications().received("PERUBAHAN_DATA")).isEqualTo(before + 1);
    }

    @Test
    void theCallRouteCarriesTheRequestIdAsNoReferensiSoARepeatRegistersNothingNew() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode envelope = envelopes.build(registry.find("taspen").orElseThrow(), requestId,
                HubClient.parse(citizenBody(HENDRA, "{\"notas\":\"" + HENDRA_NOTAS
                        + "\",\"method\":\"face-recognition\",\"phone\":\"081211223344\"}")),
                "route-test", "mpp-tangerang");
        int before = backend().applications().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-taspen-pensioner-authentication", envelope);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-taspen-pensioner-authentication", envelope);

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().applications().received()).isEqualTo(before + 1);
        assertThat(backend().applications().callsFor(requestId)).isEqualTo(2);
    }
}
