package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama.PengadilanAgamaBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pengadilan Agama end to end: the counter API, the existing rest-xml kamelet with the court's
 * XSLT mappings (unwrapping its paged envelope) and HTTP Basic, and the simulated PTSP API over its
 * socket. The wrong-password proof runs at route level in the shared context.
 */
class PengadilanAgamaIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/pengadilan-agama/services/";
    private static final String SITI = "3671055208920002";
    private static final String HENDRA = "3671092709650005";
    private static final String RINA = "3671116304880006";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;

    private PengadilanAgamaBackend backend() {
        return sandbox.backend("pengadilan-agama", PengadilanAgamaBackend.class);
    }

    @Test
    void rinasCaseIsDoneDecidedOn14OctoberAndHendrasIsInProgress() {
        Answer rina = counter.post(SERVICES + "case-status", citizenBody(RINA, "{\"caseNumber\":\"0412/Pdt.P/2026/PA.Tng\"}"));
        Answer hendra = counter.post(SERVICES + "case-status", citizenBody(HENDRA, "{\"caseNumber\":\"0977/Pdt.P/2026/PA.Tng\"}"));

        assertThat(rina.status()).as(rina.body()).isEqualTo(200);
        JsonNode status = rina.json().path("result");
        Canonical.assertValid("status.schema.json", status);
        assertThat(status.path("status").asText()).isEqualTo("DONE");
        assertThat(status.path("reference").asText()).isEqualTo("0412/Pdt.P/2026/PA.Tng");
        assertThat(status.path("detail").asText()).contains("diputus 14-10-2026");
        assertThat(hendra.status()).as(hendra.body()).isEqualTo(200);
        Canonical.assertValid("status.schema.json", hendra.json().path("result"));
        assertThat(hendra.json().path("result").path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(hendra.json().path("result").path("detail").asText()).contains("sidang berikutnya 02-12-2026");
    }

    @Test
    void anUnknownCaseIs404AndSomeoneNotAPartyIsRefused() {
        Answer unknown = counter.post(SERVICES + "case-status", citizenBody(RINA, "{\"caseNumber\":\"9999/Pdt.G/2026/PA.Tng\"}"));
        Answer stranger = counter.post(SERVICES + "case-status", citizenBody(SITI, "{\"caseNumber\":\"0412/Pdt.P/2026/PA.Tng\"}"));

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("agency").asText()).isEqualTo("pengadilan-agama");
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(422);
        assertThat(stranger.json().path("detail").asText()).contains("NIK BUKAN PIHAK DALAM PERKARA");
    }

    @Test
    void aPosbakumBookingCompletesWithAQueueNumberAndASessionAndCarriesTheRequestId() {
        long before = backend().bookings().received("POSBAKUM");
        Answer accepted = counter.post(SERVICES + "legal-aid-consultation", citizenBody(HENDRA, """
                {"topic":"itsbat-nikah","summary":"Pernikahan tahun 1990 belum tercatat di KUA dan perlu disahkan.",
                 "preferredDate":"2026-12-05","requestsFeeWaiver":true,"phone":"081311112222"}"""));
        String id = accepted.json().path("requestId").asText();

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("POSBAKUM");
        // 5 December 2026 is a Saturday: the court offers Monday 7 December.
        assertThat(done.json().path("agencyReference").asText()).startsWith("PBH-20261207-");
        assertThat(result.path("message").asText()).contains("07-12-2026").contains("prodeo");
        assertThat(backend().bookings().registered(id)).isTrue();
        assertThat(backend().bookings().callsFor(id)).isEqualTo(1);
        assertThat(backend().bookings().received("POSBAKUM")).isEqualTo(before + 1);
    }

    @Test
    void theSameBookingSentTwiceOnItsRouteRegistersOnce() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode booking = agencyRoutes.envelope("pengadilan-agama", requestId, SITI, """
                {"topic":"waris","summary":"Penetapan ahli waris atas tanah peninggalan ayah pemohon.",
                 "preferredDate":"2026-12-08","phone":"081287654321"}""");
        int before = backend().bookings().received();

        AgencyOutcome first = agencyRoutes.send("direct:call-pengadilan-agama-legal-aid-consultation", booking)
                .getMessage().getBody(AgencyOutcome.class);
        AgencyOutcome again = agencyRoutes.send("direct:call-pengadilan-agama-legal-aid-consultation", booking)
                .getMessage().getBody(AgencyOutcome.class);

        assertThat(first.kind()).as(String.valueOf(first.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().bookings().received()).isEqualTo(before + 1);
        assertThat(backend().bookings().callsFor(requestId)).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsTheCourtsKode401AndAnAgencyErrorNamingIt() {
        ObjectNode envelope = agencyRoutes.envelope("pengadilan-agama", UUID.randomUUID().toString(), RINA, "{\"caseNumber\":\"0412/Pdt.P/2026/PA.Tng\"}");
        ((ObjectNode) envelope.path("credentials")).put("password", "not-the-court-password");

        Exchange done = agencyRoutes.send("direct:call-pengadilan-agama-case-status", envelope);

        // The route classifies the court's own 401 answer; ServiceCallApi turns AUTH_FAILED into
        // AgencyFailures.authFailed, the 502 agency-error below.
        assertThat(done.getException()).isNull();
        AgencyOutcome outcome = done.getMessage().getBody(AgencyOutcome.class);
        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.AUTH_FAILED);
        assertThat(outcome.reason()).isEqualTo("AKSES DITOLAK: KREDENSIAL TIDAK VALID");
        HubProblem problem = AgencyFailures.authFailed("pengadilan-agama",
                registry.find("pengadilan-agama").orElseThrow().displayName(), outcome.reason());
        assertThat(problem.type().status()).isEqualTo(502);
        assertThat(problem.type()).isEqualTo(ProblemType.AGENCY_ERROR);
        assertThat(problem.extensions()).containsEntry("agency", "pengadilan-agama");
        assertThat(problem.getMessage()).contains("Pengadilan Agama").contains("AKSES DITOLAK")
                .doesNotContain("not-the-court-password");
    }
}
