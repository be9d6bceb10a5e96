package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.kejari.KejariBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kejari end to end: the counter API, the existing rest-xml kamelet with Kejari's XSLT mappings
 * and HTTP Basic, and the simulated PTSP API over its socket. The wrong-password proof runs at
 * route level in the shared context (the credentials travel in the envelope), so Kejari costs no
 * Spring context of its own.
 */
class KejariIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/kejari/services/";
    private static final String BUDI = "3671011203850001";
    private static final String AHMAD = "3671071506780003";
    private static final String DEWI = "3671134101000004";
    private static final String RINA = "3671116304880006";
    private static final Pattern SLOT = Pattern.compile("Jadwal (\\d{2})-(\\d{2})-(\\d{4}) pukul (\\d{2}:\\d{2})-(\\d{2}:\\d{2}) WIB");

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ConnectorRegistry registry;

    private KejariBackend backend() {
        return sandbox.backend("kejari", KejariBackend.class);
    }

    @Test
    void budisTicketIsACanonicalPaidBillAndAhmadsIsUnpaid() {
        Answer budi = counter.post(SERVICES + "traffic-fine-inquiry",
                citizenBody(BUDI, "{\"ticketNumber\":\"E4406213\",\"plateNumber\":\"B 1234 CVA\"}"));
        Answer ahmad = counter.post(SERVICES + "traffic-fine-inquiry", citizenBody(AHMAD, "{\"ticketNumber\":\"E4407788\"}"));

        assertThat(budi.status()).as(budi.body()).isEqualTo(200);
        JsonNode bill = budi.json().path("result");
        Canonical.assertValid("bill.schema.json", bill);
        assertThat(bill.path("biller").asText()).isEqualTo("kejari");
        assertThat(bill.path("customerName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(bill.path("status").asText()).isEqualTo("PAID");
        assertThat(bill.path("totalAmount").asLong()).isZero();
        assertThat(bill.path("billReference").asText()).isEqualTo("982714406213001");
        assertThat(ahmad.status()).as(ahmad.body()).isEqualTo(200);
        Canonical.assertValid("bill.schema.json", ahmad.json().path("result"));
        assertThat(ahmad.json().path("result").path("status").asText()).isEqualTo("UNPAID");
        assertThat(ahmad.json().path("result").path("totalAmount").asLong()).isEqualTo(501_000L);
    }

    @Test
    void anUnknownTicketIs404AndAWrongPlateIsRefusedWithKejarisReason() {
        Answer unknown = counter.post(SERVICES + "traffic-fine-inquiry", citizenBody(BUDI, "{\"ticketNumber\":\"E0000001\"}"));
        Answer plate = counter.post(SERVICES + "traffic-fine-inquiry",
                citizenBody(BUDI, "{\"ticketNumber\":\"E4406213\",\"plateNumber\":\"B 9999 ZZZ\"}"));

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("agency").asText()).isEqualTo("kejari");
        assertThat(unknown.json().path("detail").asText()).contains("NOMOR REGISTER TILANG TIDAK DITEMUKAN");
        assertThat(plate.status()).as(plate.body()).isEqualTo(422);
        assertThat(plate.json().path("detail").asText()).contains("NOMOR POLISI TIDAK SESUAI");
    }

    @Test
    void aConsultationAskedForASaturdayCompletesWithAWeekdaySlotWithinOfficeHours() {
        long before = backend().requests().received("KONSULTASI_HUKUM");
        Answer accepted = counter.post(SERVICES + "legal-consultation", citizenBody(RINA, """
                {"topic":"waris","summary":"Sengketa pembagian warisan rumah peninggalan orang tua para pemohon.",
                 "preferredDate":"2026-12-05","preferredSession":"afternoon","phone":"087812345670"}"""));
        String id = accepted.json().path("requestId").asText();

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("KONSULTASI_HUKUM");
        assertThat(done.json().path("agencyReference").asText()).matches("KH-\\d{8}-\\d{4}");
        Matcher slot = SLOT.matcher(result.path("message").asText());
        assertThat(slot.find()).as(result.path("message").asText()).isTrue();
        LocalDate day = LocalDate.of(Integer.parseInt(slot.group(3)), Integer.parseInt(slot.group(2)),
                Integer.parseInt(slot.group(1)));
        assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(LocalTime.parse(slot.group(4))).isAfterOrEqualTo(LocalTime.of(13, 0));
        assertThat(LocalTime.parse(slot.group(5))).isBeforeOrEqualTo(LocalTime.of(15, 0));
        assertThat(backend().requests().registered(id)).isTrue();
        assertThat(backend().requests().callsFor(id)).isEqualTo(1);
        assertThat(backend().requests().received("KONSULTASI_HUKUM")).isEqualTo(before + 1);
    }

    @Test
    void dewisVehicleIsBookedForCollectionAndAhmadsUnpaidFineEndsRejected() {
        Answer dewi = counter.awaitFinal(counter.post(SERVICES + "evidence-pickup", citizenBody(DEWI,
                "{\"ticketNumber\":\"B3301942\",\"evidenceType\":\"vehicle\",\"paymentReference\":\"982713301942001\"}")));
        Answer ahmad = counter.awaitFinal(counter.post(SERVICES + "evidence-pickup", citizenBody(AHMAD,
                "{\"ticketNumber\":\"E4407788\",\"evidenceType\":\"SIM\",\"paymentReference\":\"982714407788001\"}")));

        assertThat(dewi.json().path("status").asText()).as(dewi.body()).isEqualTo("COMPLETED");
        Canonical.assertValid("application-result.schema.json", dewi.json().path("result"));
        assertThat(dewi.json().path("result").path("documentType").asText()).isEqualTo("PENGAMBILAN_BARANG_BUKTI");
        assertThat(dewi.json().path("result").path("message").asText()).contains("09:00-14:00 WIB");
        assertThat(ahmad.json().path("status").asText()).as(ahmad.body()).isEqualTo("REJECTED");
        assertThat(ahmad.json().path("reason").asText()).isEqualTo("DENDA TILANG BELUM DIBAYAR");
    }

    @Test
    void theSameBookingSentTwiceOnItsRouteRegistersOnce() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode booking = agencyRoutes.envelope("kejari", requestId, BUDI, """
                {"topic":"pertanahan","summary":"Batas tanah dengan tetangga diperselisihkan sejak dua tahun lalu.",
                 "preferredDate":"2026-12-07","preferredSession":"morning","phone":"081234567890"}""");
        int before = backend().requests().received();

        Exchange first = agencyRoutes.send("direct:call-kejari-legal-consultation", booking);
        Exchange again = agencyRoutes.send("direct:call-kejari-legal-consultation", booking);

        AgencyOutcome a = first.getMessage().getBody(AgencyOutcome.class);
        assertThat(a.kind()).as(String.valueOf(a.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.getMessage().getBody(AgencyOutcome.class).agencyReference()).isEqualTo(a.agencyReference());
        assertThat(backend().requests().received()).isEqualTo(before + 1);
        assertThat(backend().requests().callsFor(requestId)).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsKejarisKode41AndAnAgencyErrorNamingKejari() {
        ObjectNode envelope = agencyRoutes.envelope("kejari", UUID.randomUUID().toString(), BUDI, "{\"ticketNumber\":\"E4406213\"}");
        ((ObjectNode) envelope.path("credentials")).put("password", "not-the-partner-password");

        Exchange done = agencyRoutes.send("direct:call-kejari-traffic-fine-inquiry", envelope);

        // The route classifies Kejari's own 401/kode 41 answer; ServiceCallApi and ApplicationDelivery
        // turn AUTH_FAILED into AgencyFailures.authFailed, the 502 agency-error shown below.
        assertThat(done.getException()).isNull();
        AgencyOutcome outcome = done.getMessage().getBody(AgencyOutcome.class);
        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.AUTH_FAILED);
        assertThat(outcome.reason()).isEqualTo("OTENTIKASI GAGAL: PENGGUNA ATAU KATA SANDI SALAH");
        HubProblem problem = AgencyFailures.authFailed("kejari",
                registry.find("kejari").orElseThrow().displayName(), outcome.reason());
        assertThat(problem.type()).isEqualTo(ProblemType.AGENCY_ERROR);
        assertThat(problem.type().status()).isEqualTo(502);
        assertThat(problem.extensions()).containsEntry("agency", "kejari");
        assertThat(problem.getMessage()).contains("Kejari").contains("OTENTIKASI GAGAL")
                .doesNotContain("not-the-partner-password");
    }
}
