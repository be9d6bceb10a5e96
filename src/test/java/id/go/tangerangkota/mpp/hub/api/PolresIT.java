package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.BpjsKesehatanBackend;
import id.go.tangerangkota.mpp.hub.sandbox.polres.PolresBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Polres end to end: the counter API, the BPJS Kesehatan precondition of both SKCK services (asked
 * of the BPJS Kesehatan sandbox through the hub's own routes), the rest-json kamelet with the API
 * key header, the JSONata mappings and the simulated Polres gateway over its socket. The
 * wrong-key proof runs at route level in the shared context (the key travels in the envelope), so
 * Polres costs no Spring context of its own.
 */
class PolresIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/polres/services/";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final String AHMAD = "3671071506780003";
    private static final String DEWI = "3671134101000004";
    private static final String HENDRA = "3671092709650005";
    private static final String RINA = "3671116304880006";
    private static final String BPJS_REFUSAL = "SKCK hanya dapat diajukan oleh peserta BPJS Kesehatan (JKN-KIS) yang "
            + "aktif dengan kartu atas nama pemohon; status kepesertaan pemohon tidak aktif, tidak ditemukan, atau "
            + "nomor kartu bukan milik pemohon";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;

    private PolresBackend polres() {
        return sandbox.backend("polres", PolresBackend.class);
    }

    private long bpjsNikLookups() {
        return sandbox.backend("bpjs-kesehatan", BpjsKesehatanBackend.class).calls().calls("Peserta/nik");
    }

    @Test
    void eachCatalogueExampleCompletesWithItsPolresDocumentAndSkckAsksBpjsKesehatanFirst() {
        JsonNode catalogue = counter.get(SERVICES).json().path("services");
        long lookups = bpjsNikLookups();
        long received = polres().applications().received();

        JsonNode skck = completed(counter.post(SERVICES + "skck", example(catalogue, "skck")));
        JsonNode renewal = completed(counter.post(SERVICES + "skck-renewal", example(catalogue, "skck-renewal")));
        JsonNode sim = completed(counter.post(SERVICES + "sim-renewal", example(catalogue, "sim-renewal")));

        assertThat(bpjsNikLookups()).as("one membership check per SKCK application").isEqualTo(lookups + 2);
        assertThat(polres().applications().received()).isEqualTo(received + 3);

        JsonNode s = skck.path("result");
        Canonical.assertValid("application-result.schema.json", s);
        assertThat(s.path("documentType").asText()).isEqualTo("SKCK");
        assertThat(s.path("documentNumber").asText()).matches("SKCK/YANMAS/\\d{5}/[IVX]{1,4}/\\d{4}/INTELKAM");
        assertThat(skck.path("agencyReference").asText()).matches("SKCK-MPP-\\d{8}-\\d{5}")
                .isEqualTo(s.path("registrationNumber").asText());
        LocalDate issued = LocalDate.parse(s.path("issuedOn").asText());
        assertThat(issued).isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
        assertThat(s.path("validUntil").asText()).isEqualTo(issued.plusMonths(6).toString());
        assertThat(s.path("message").asText()).contains("Unit Pelayanan SKCK").contains("PNBP Rp30.000");
        assertThat(polres().skcks().byNumber(s.path("documentNumber").asText())).hasValueSatisfying(k ->
                assertThat(k.nik()).isEqualTo(DEWI));

        JsonNode r = renewal.path("result");
        Canonical.assertValid("application-result.schema.json", r);
        assertThat(r.path("documentType").asText()).isEqualTo("SKCK");
        assertThat(r.path("message").asText()).contains("menggantikan SKCK/YANMAS/08812/XII/2025/INTELKAM");
        assertThat(polres().skcks().byNumber("SKCK/YANMAS/08812/XII/2025/INTELKAM").orElseThrow().renewedBy())
                .isEqualTo(r.path("documentNumber").asText());

        JsonNode m = sim.path("result");
        Canonical.assertValid("application-result.schema.json", m);
        assertThat(m.path("documentType").asText()).isEqualTo("SIM_A");
        assertThat(m.path("documentNumber").asText()).isEqualTo("03850422001234");
        assertThat(sim.path("agencyReference").asText()).matches("PSIM-MPP-\\d{8}-\\d{5}");
        assertThat(m.path("validUntil").asText())
                .isEqualTo(LocalDate.parse(m.path("issuedOn").asText()).plusYears(5).toString());
        assertThat(m.path("message").asText()).contains("Satpas").contains("PNBP Rp80.000");
    }

    @Test
    void rinasSkckIsRefusedByTheBpjsKesehatanCheckAndNothingIsStoredOrSentToPolres() {
        String search = "/api/v1/requests?nik=" + RINA + "&agency=polres";
        long stored = counter.get(search).json().path("total").asLong();
        long polresCalls = polres().applications().calls();
        long lookups = bpjsNikLookups();

        Answer a = counter.post(SERVICES + "skck", citizenBody(RINA, """
                {"purpose":"Melamar pekerjaan sebagai staf administrasi","purposeCategory":"job-application",
                 "bpjsKesehatanCardNumber":"0002296471058",
                 "personal":{"religion":"Islam","maritalStatus":"cerai-hidup","occupation":"Wiraswasta","phone":"081298765432"},
                 "family":{"fatherName":"DADANG","motherName":"IMAS MASITOH"},
                 "education":{"level":"SMA","institution":"SMA Negeri 1 Bogor","graduationYear":2006},
                 "criminalRecord":{"everConvicted":false}}"""));

        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("type").asText()).endsWith("/precondition-not-met");
        assertThat(a.json().path("detail").asText()).isEqualTo(BPJS_REFUSAL);
        assertThat(a.json().path("agency").asText()).isEqualTo("polres");
        assertThat(a.json().path("checkedAgency").asText()).isEqualTo("bpjs-kesehatan");
        assertThat(a.body()).doesNotContain(RINA).doesNotContain("RINA");
        assertThat(bpjsNikLookups()).as("the check was made at BPJS Kesehatan").isEqualTo(lookups + 1);
        assertThat(polres().applications().calls()).as("nothing sent to Polres").isEqualTo(polresCalls);
        assertThat(counter.get(search).json().path("total").asLong()).as("nothing stored").isEqualTo(stored);
        String requestId = a.json().path("requestId").asText();
        assertThat(requestId).isNotBlank();
        assertThat(counter.get("/api/v1/requests/" + requestId).status()).isEqualTo(404);
    }

    @Test
    void anSkckWithSomeoneElsesActiveCardIsRefusedByTheBpjsKesehatanCheck() {
        long polresCalls = polres().applications().calls();
        String dewiWithBudisCard = example(counter.get(SERVICES).json().path("services"), "skck")
                .replace("0001893362047", "0001427735619");
        assertThat(dewiWithBudisCard).contains("0001427735619");

        Answer a = counter.post(SERVICES + "skck", dewiWithBudisCard);

        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("type").asText()).endsWith("/precondition-not-met");
        assertThat(a.json().path("detail").asText()).isEqualTo(BPJS_REFUSAL).doesNotContain("0001427735619");
        assertThat(polres().applications().calls()).as("nothing sent to Polres").isEqualTo(polresCalls);
    }

    @Test
    void polresRefusalsEndRejectedWithTheUnitsOwnWords() {
        Answer expiredSkck = counter.awaitFinal(counter.post(SERVICES + "skck-renewal", citizenBody(AHMAD, """
                {"previousSkckNumber":"SKCK/YANMAS/04127/VIII/2024/INTELKAM","purpose":"Persyaratan izin usaha",
                 "bpjsKesehatanCardNumber":"0001731904125"}""")));
        Answer wrongMother = counter.awaitFinal(counter.post(SERVICES + "skck", citizenBody(DEWI, """
                {"purpose":"Persyaratan pendaftaran kuliah","purposeCategory":"school","bpjsKesehatanCardNumber":"0001893362047",
                 "personal":{"religion":"Islam","maritalStatus":"belum-kawin","occupation":"Karyawan Swasta","phone":"085712345678"},
                 "family":{"fatherName":"SURYADI","motherName":"WARTINI"},
                 "education":{"level":"S1","institution":"Universitas Terbuka","graduationYear":2022},
                 "criminalRecord":{"everConvicted":false}}""")));
        Answer expiredSim = counter.awaitFinal(counter.post(SERVICES + "sim-renewal", citizenBody(AHMAD, sim("C", "06780422000587", "2025-06-15"))));
        Answer wrongClass = counter.awaitFinal(counter.post(SERVICES + "sim-renewal", citizenBody(SITI, sim("A", "08920422003310", "2029-08-12"))));
        Answer othersSim = counter.awaitFinal(counter.post(SERVICES + "sim-renewal", citizenBody(DEWI, sim("A", "06780422000588", "2028-02-06"))));

        assertThat(expiredSkck.json().path("status").asText()).as(expiredSkck.body()).isEqualTo("REJECTED");
        assertThat(expiredSkck.json().path("reason").asText()).isEqualTo(
                "Masa berlaku SKCK lama habis sejak 14-02-2025, lebih dari 1 tahun; ajukan penerbitan SKCK baru");
        assertThat(wrongMother.json().path("status").asText()).as(wrongMother.body()).isEqualTo("REJECTED");
        assertThat(wrongMother.json().path("reason").asText()).isEqualTo("Nama ibu kandung tidak sesuai dengan data kependudukan");
        assertThat(expiredSim.json().path("status").asText()).as(expiredSim.body()).isEqualTo("REJECTED");
        assertThat(expiredSim.json().path("reason").asText()).startsWith("SIM sudah habis masa berlakunya sejak 15-06-2025")
                .endsWith("ajukan penerbitan SIM baru");
        assertThat(wrongClass.json().path("reason").asText()).isEqualTo("Golongan SIM tidak sesuai: nomor ini terdaftar sebagai SIM C");
        assertThat(othersSim.json().path("reason").asText()).isEqualTo("SIM terdaftar atas nama pemegang lain");
    }

    @Test
    void theSameRenewalSentTwiceOnItsRouteRegistersOnceAndAnotherRequestForItIsRejected() {
        String requestId = UUID.randomUUID().toString();
        String data = """
                {"previousSkckNumber":"SKCK/YANMAS/10455/X/2026/INTELKAM","purpose":"Persyaratan keanggotaan koperasi pensiunan",
                 "bpjsKesehatanCardNumber":"0002011583640"}""";
        ObjectNode envelope = agencyRoutes.envelope("polres", requestId, HENDRA, data);
        long before = polres().applications().received("SKCK_PERPANJANGAN");

        AgencyOutcome first = agencyRoutes.send("direct:call-polres-skck-renewal", envelope).getMessage().getBody(AgencyOutcome.class);
        AgencyOutcome again = agencyRoutes.send("direct:call-polres-skck-renewal", envelope).getMessage().getBody(AgencyOutcome.class);
        Answer other = counter.awaitFinal(counter.post(SERVICES + "skck-renewal", citizenBody(HENDRA, data)));

        assertThat(first.kind()).as(String.valueOf(first.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(polres().applications().received("SKCK_PERPANJANGAN")).isEqualTo(before + 1);
        assertThat(polres().applications().callsFor(requestId)).isEqualTo(2);
        assertThat(other.json().path("status").asText()).as(other.body()).isEqualTo("REJECTED");
        assertThat(other.json().path("reason").asText())
                .isEqualTo("SKCK lama sudah diperpanjang dengan nomor " + first.result().path("documentNumber").asText());
    }

    @Test
    void aWrongApiKeyIsPolresU41AndAnAgencyErrorNamingPolres() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode envelope = agencyRoutes.envelope("polres", requestId, BUDI, sim("A", "03850422001234", "2027-12-20"));
        ((ObjectNode) envelope.path("credentials")).put("apiKey", "not-the-polres-key");
        long calls = polres().applications().calls("/sim/perpanjangan");

        Exchange done = agencyRoutes.send("direct:call-polres-sim-renewal", envelope);

        // The route classifies Polres's own 401/U-41 answer; ServiceCallApi and ApplicationDelivery
        // turn AUTH_FAILED into AgencyFailures.authFailed, the 502 agency-error shown below.
        assertThat(done.getException()).isNull();
        AgencyOutcome outcome = done.getMessage().getBody(AgencyOutcome.class);
        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.AUTH_FAILED);
        assertThat(outcome.reason()).isEqualTo("X-Api-Key tidak valid");
        assertThat(polres().applications().calls("/sim/perpanjangan")).isEqualTo(calls + 1);
        assertThat(polres().applications().registered(requestId)).isFalse();
        HubProblem problem = AgencyFailures.authFailed("polres",
                registry.find("polres").orElseThrow().displayName(), outcome.reason());
        assertThat(problem.type()).isEqualTo(ProblemType.AGENCY_ERROR);
        assertThat(problem.type().status()).isEqualTo(502);
        assertThat(problem.extensions()).containsEntry("agency", "polres");
        assertThat(problem.getMessage()).contains("Polres").contains("X-Api-Key tidak valid")
                .doesNotContain("not-the-polres-key");
    }

    private static String sim(String simClass, String number, String expiry) {
        return """
                {"simClass":"%s","simNumber":"%s","simExpiryDate":"%s","healthCertificateNumber":"SKS/2231/XI/2026",
                 "psychologyTestNumber":"PSI-2026-11-007781"}""".formatted(simClass, number, expiry);
    }

    private static String example(JsonNode catalogue, String service) {
        for (JsonNode s : catalogue) {
            if (s.path("id").asText().equals(service)) {
                return s.path("example").toString();
            }
        }
        throw new AssertionError("no catalogue example for polres/" + service);
    }

    private JsonNode completed(Answer accepted) {
        Answer done = counter.awaitFinal(accepted);
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        return done.json();
    }
}
