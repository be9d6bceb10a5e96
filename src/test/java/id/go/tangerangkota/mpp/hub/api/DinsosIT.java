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
import id.go.tangerangkota.mpp.hub.sandbox.dinsos.DinsosBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dinsos end to end: the counter API, the rest-json kamelet with the API key header, the JSONata
 * mappings (the DTKS check unwraps a paginated answer) and the simulated Dinsos service over its
 * socket. Rina's household is in DTKS with PBI-JK deactivated, as in the BPJS Kesehatan sandbox.
 */
class DinsosIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/dinsos/services/";
    private static final String RINA = "3671116304880006";
    private static final String NAYLA = "3671114510110013";
    private static final String DEWI = "3671134101000004";
    private static final String BUDI = "3671011203850001";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;
    @Autowired
    EnvelopeFactory envelopes;

    private DinsosBackend backend() {
        return sandbox.backend("dinsos", DinsosBackend.class);
    }

    @Test
    void dtksCheckIsTheCanonicalStatusWithTheHouseholdsProgrammes() {
        Answer a = counter.post(SERVICES + "dtks-check",
                citizenBody(RINA, "{\"purpose\":\"Pengecekan status penerima bantuan sosial\",\"programs\":[\"PKH\",\"PBI-JK\"]}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("result");
        Canonical.assertValid("status.schema.json", r);
        assertThat(r.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(r.path("agencyStatus").asText()).isEqualTo("TERDAFTAR DTSEN DESIL 1");
        assertThat(r.path("reference").asText()).isEqualTo("DTSEN-3671-0000411");
        assertThat(r.path("detail").asText()).startsWith("PKH: AKTIF").contains("PBI-JK: NONAKTIF")
                .doesNotContain("BPNT");
    }

    @Test
    void aCitizenOutsideTheRegisterIs404WithTheAgencysWords() {
        Answer a = counter.post(SERVICES + "dtks-check", citizenBody(BUDI, "{\"purpose\":\"Syarat pengajuan KIP Kuliah\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(404);
        assertThat(a.json().path("detail").asText()).contains("NIK tidak terdaftar dalam DTKS/DTSEN");
        assertThat(a.body()).doesNotContain(BUDI);
    }

    @Test
    void dtksRegistrationCompletesOnceAndASecondProposalForTheSameCardIsRejected() {
        String proposal = """
                {"familyCardNumber":"3671130303180004","householdSize":3,"monthlyIncome":2600000,
                 "housing":{"ownership":"own","floorAreaM2":36,"wallType":"brick","electricityVA":900},
                 "phone":"085712345678"}""";
        long before = backend().applications().received("USULAN_DTKS");

        Answer first = counter.awaitFinal(counter.post(SERVICES + "dtks-registration", citizenBody(DEWI, proposal)));
        Answer second = counter.awaitFinal(counter.post(SERVICES + "dtks-registration", citizenBody(DEWI, proposal)));

        assertThat(first.json().path("status").asText()).as(first.body()).isEqualTo("COMPLETED");
        JsonNode result = first.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("USULAN_DTKS");
        assertThat(first.json().path("agencyReference").asText()).matches("USL-\\d{8}-\\d{6}")
                .isEqualTo(result.path("registrationNumber").asText());
        assertThat(result.path("message").asText()).contains("MENUNGGU VERIFIKASI KELURAHAN");
        assertThat(second.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(second.json().path("reason").asText()).startsWith("Usulan untuk KK ini masih dalam verifikasi");
        assertThat(backend().applications().received("USULAN_DTKS")).isEqualTo(before + 1);
        Answer check = counter.post(SERVICES + "dtks-check", citizenBody(DEWI, "{\"purpose\":\"Cek tindak lanjut usulan\"}"));
        assertThat(check.json().path("detail").asText()).contains("dalam verifikasi");
    }

    @Test
    void pbiReactivationCompletesForTheCitizensOwnCardAndIsRejectedOutsideTheRegister() {
        Answer nayla = counter.awaitFinal(counter.post(SERVICES + "pbi-reactivation", citizenBody(NAYLA,
                "{\"bpjsKesehatanCardNumber\":\"0002296471069\",\"reason\":\"needs-treatment\"}")));
        Answer budi = counter.awaitFinal(counter.post(SERVICES + "pbi-reactivation", citizenBody(BUDI,
                "{\"bpjsKesehatanCardNumber\":\"0002296471069\",\"reason\":\"emergency\"}")));

        assertThat(nayla.json().path("status").asText()).as(nayla.body()).isEqualTo("COMPLETED");
        Canonical.assertValid("application-result.schema.json", nayla.json().path("result"));
        assertThat(nayla.json().path("result").path("documentType").asText()).isEqualTo("REAKTIVASI_PBI_JK");
        assertThat(nayla.json().path("agencyReference").asText()).matches("RPBI-\\d{8}-\\d{6}");
        assertThat(budi.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(budi.json().path("reason").asText()).startsWith("NIK tidak terdaftar dalam DTKS/DTSEN");
    }

    @Test
    void theCallRouteCarriesTheRequestIdSoARepeatRegistersNothingNewAndAnotherRequestIsRejected() {
        String requestId = UUID.randomUUID().toString();
        String data = "{\"bpjsKesehatanCardNumber\":\"0002296471058\",\"reason\":\"chronic-illness\","
                + "\"healthFacility\":\"RSUD Kota Tangerang\"}";
        ObjectNode envelope = envelopes.build(registry.find("dinsos").orElseThrow(), requestId,
                HubClient.parse(citizenBody(RINA, data)), "route-test", "mpp-tangerang");
        int before = backend().applications().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-dinsos-pbi-reactivation", envelope);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-dinsos-pbi-reactivation", envelope);
        Answer other = counter.awaitFinal(counter.post(SERVICES + "pbi-reactivation", citizenBody(RINA, data)));

        assertThat(first.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().applications().received()).isEqualTo(before + 1);
        assertThat(backend().applications().callsFor(requestId)).isEqualTo(2);
        assertThat(other.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(other.json().path("reason").asText()).contains("Reaktivasi sudah diusulkan").contains(first.agencyReference());
    }
}
