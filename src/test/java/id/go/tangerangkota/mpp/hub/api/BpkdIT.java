package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bpkd.BpkdBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BPKD end to end: the counter API, the rest-xml kamelet (XSLT 3 mappings, HTTP Basic) and the
 * simulated regional-finance API over its socket.
 */
class BpkdIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/bpkd/services/";
    private static final String BUDI = "3671011203850001";
    private static final String DEWI = "3671134101000004";
    private static final String RINA = "3671116304880006";

    @Autowired
    SandboxServer sandbox;

    private BpkdBackend backend() {
        return sandbox.backend("bpkd", BpkdBackend.class);
    }

    @Test
    void rinasPbgRetributionIsTheUnpaidBillBankBjbHolds() {
        Answer a = counter.post(SERVICES + "retribution-inquiry", citizenBody(RINA, "{\"billingCode\":\"3671112611000123\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode bill = a.json().path("result");
        Canonical.assertValid("bill.schema.json", bill);
        assertThat(bill.path("biller").asText()).isEqualTo("bpkd");
        assertThat(bill.path("status").asText()).isEqualTo("UNPAID");
        assertThat(bill.path("totalAmount").asLong()).isGreaterThanOrEqualTo(1_875_000L);
        assertThat(bill.path("items").get(0).path("amount").asLong() - bill.path("items").get(0).path("penalty").asLong())
                .isEqualTo(1_875_000L);
        assertThat(bill.path("billReference").asText()).isEqualTo("SKRD/PBG/2026/11/000123");
        assertThat(bill.path("virtualAccount").path("virtualAccountNo").asText()).isEqualTo("883673671112611000123");
    }

    @Test
    void anUnknownBillingCodeIs404NamingBpkd() {
        Answer a = counter.post(SERVICES + "retribution-inquiry", citizenBody(RINA, "{\"billingCode\":\"3671019999999999\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(404);
        assertThat(a.json().path("agency").asText()).isEqualTo("bpkd");
        assertThat(a.json().path("detail").asText()).contains("KODE BAYAR TIDAK TERDAFTAR");
    }

    @Test
    void anAssetApplicationCompletesAndCarriesTheRequestIdAsNoReferensi() {
        Answer accepted = counter.post(SERVICES + "asset-use-application", citizenBody(BUDI, """
                {"assetCode":"BMD-GDG-0002","purpose":"Rapat warga RW 05","startDate":"2027-02-13","endDate":"2027-02-13",
                 "expectedAttendees":120,"applicantType":"individual"}"""));
        String id = accepted.json().path("requestId").asText();

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        Canonical.assertValid("application-result.schema.json", done.json().path("result"));
        assertThat(done.json().path("result").path("documentType").asText()).isEqualTo("PERMOHONAN_PEMANFAATAN_BMD");
        assertThat(done.json().path("result").path("message").asText()).contains("Rp1.500.000");
        assertThat(done.json().path("agencyReference").asText()).matches("BMD/\\d{4}/\\d{5}");
        assertThat(backend().applications().registered(id)).isTrue();
        assertThat(backend().applications().callsFor(id)).isEqualTo(1);
    }

    @Test
    void aBookedDayEndsRejectedWithBpkdsReason() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "asset-use-application", citizenBody(DEWI, """
                {"assetCode":"BMD-GDG-0007","purpose":"Malam tahun baru warga","startDate":"2026-12-31","endDate":"2026-12-31",
                 "expectedAttendees":200,"applicantType":"organisation","organisationName":"Karang Taruna Larangan"}""")));

        assertThat(done.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText()).isEqualTo("ASET SUDAH DIPESAN PADA TANGGAL TERSEBUT");
    }

    @Test
    void theSameApplicationSentTwiceOnItsRouteRegistersOnce() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode application = agencyRoutes.envelope("bpkd", requestId, DEWI, """
                {"assetCode":"BMD-LAP-0003","purpose":"Turnamen futsal karang taruna","startDate":"2027-02-06",
                 "endDate":"2027-02-07","applicantType":"organisation","organisationName":"Karang Taruna Larangan Utara"}""");
        int before = backend().applications().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-bpkd-asset-use-application", application);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-bpkd-asset-use-application", application);

        assertThat(first.kind()).as(String.valueOf(first.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().applications().received()).isEqualTo(before + 1);
        assertThat(backend().applications().callsFor(requestId)).isEqualTo(2);
    }
}
