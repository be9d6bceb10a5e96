package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bapenda.BapendaBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bapenda end to end: the counter API, the rest-json kamelet with the X-Api-Key call header and
 * the JSONata mappings (unwrapping the paginated SPPT answer), and the simulated regional-tax API
 * over its socket.
 */
class BapendaIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/bapenda/services/";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final String AHMAD = "3671071506780003";
    private static final String RINA = "3671116304880006";

    @Autowired
    SandboxServer sandbox;

    private BapendaBackend backend() {
        return sandbox.backend("bapenda", BapendaBackend.class);
    }

    @Test
    void ahmadsPbb2026IsPaidWithTheAmountBankBjbHolds() {
        Answer a = counter.post(SERVICES + "pbb-inquiry", citizenBody(AHMAD, "{\"nop\":\"367107000501203450\",\"taxYear\":2026}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode bill = a.json().path("result");
        Canonical.assertValid("bill.schema.json", bill);
        assertThat(bill.path("biller").asText()).isEqualTo("bapenda");
        assertThat(bill.path("customerId").asText()).isEqualTo("367107000501203450");
        assertThat(bill.path("status").asText()).isEqualTo("PAID");
        assertThat(bill.path("totalAmount").asLong()).isZero();
        assertThat(bill.path("items").get(0).path("amount").asLong()).isEqualTo(1_284_500L);
        assertThat(bill.path("virtualAccount").path("virtualAccountNo").asText()).isEqualTo("88368367107000501203450");
    }

    @Test
    void budisPbbIsUnpaidAndAMissingYearIs404() {
        String budisNop = backend().sppts().all().stream().filter(s -> BUDI.equals(s.taxpayerNik())).findFirst()
                .orElseThrow().nop();
        Answer unpaid = counter.post(SERVICES + "pbb-inquiry", citizenBody(BUDI, "{\"nop\":\"" + budisNop + "\",\"taxYear\":2026}"));
        Answer missing = counter.post(SERVICES + "pbb-inquiry", citizenBody(BUDI, "{\"nop\":\"" + budisNop + "\",\"taxYear\":2019}"));

        assertThat(unpaid.status()).as(unpaid.body()).isEqualTo(200);
        Canonical.assertValid("bill.schema.json", unpaid.json().path("result"));
        assertThat(unpaid.json().path("result").path("status").asText()).isEqualTo("UNPAID");
        assertThat(unpaid.json().path("result").path("totalAmount").asLong()).isGreaterThanOrEqualTo(976_300L);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.json().path("agency").asText()).isEqualTo("bapenda");
        assertThat(missing.json().path("detail").asText()).contains("SPPT tidak ditemukan");
    }

    @Test
    void budisBphtbCompletesWithTheDutyAndCarriesTheRequestId() {
        long before = backend().submissions().received("SSPD_BPHTB");
        Answer accepted = counter.post(SERVICES + "bphtb", citizenBody(BUDI, """
                {"nop":"367107000501204560","acquisitionType":"jual-beli","transactionValue":450000000,
                 "landAreaM2":90,"buildingAreaM2":0,"transferorNik":"3671071506780003","certificateNumber":"HM 02346",
                 "ppatName":"Retno Wulandari, S.H., M.Kn."}"""));
        String id = accepted.json().path("requestId").asText();

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("SSPD_BPHTB");
        assertThat(result.path("message").asText()).contains("BPHTB terutang Rp18.500.000");
        assertThat(done.json().path("agencyReference").asText()).matches("SSPD-\\d{4}-\\d{6}");
        assertThat(backend().submissions().callsFor(id)).isEqualTo(1);
        assertThat(backend().submissions().received("SSPD_BPHTB")).isEqualTo(before + 1);
    }

    @Test
    void aSellerWhoIsNotTheTaxpayerEndsRejectedWithBapendasReason() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "bphtb", citizenBody(BUDI, """
                {"nop":"367107000501204560","acquisitionType":"jual-beli","transactionValue":450000000,
                 "landAreaM2":90,"buildingAreaM2":0,"transferorNik":"3671055208920002"}""")));

        assertThat(done.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText()).isEqualTo("Pelepas hak bukan wajib pajak terdaftar pada NOP ini");
    }

    @Test
    void rinasInheritanceTransferCompletesAndAnUnvalidatedBphtbIsRejected() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "pbb-transfer", citizenBody(RINA, """
                {"nop":"367111000300705670","transferType":"full-transfer",
                 "basisDocument":{"type":"penetapan-ahli-waris","number":"0412/Pdt.P/2026/PA.Tng","date":"2026-10-14"},
                 "bphtbValidationNumber":"BPHTB-2026-0017731"}""")));
        Answer wrong = counter.awaitFinal(counter.post(SERVICES + "pbb-transfer", citizenBody(SITI, """
                {"nop":"367111000300705670","transferType":"full-transfer",
                 "basisDocument":{"type":"akta-jual-beli","number":"77/2026","date":"2026-10-14"},
                 "bphtbValidationNumber":"BPHTB-2026-0017731"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        Canonical.assertValid("application-result.schema.json", done.json().path("result"));
        assertThat(done.json().path("result").path("documentType").asText()).isEqualTo("MUTASI_SPPT_PBB");
        assertThat(done.json().path("agencyReference").asText()).matches("MUT-\\d{4}-\\d{6}");
        assertThat(wrong.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(wrong.json().path("reason").asText()).startsWith("Nomor validasi BPHTB tidak ditemukan");
    }

    @Test
    void theSameApplicationSentTwiceOnItsRouteRegistersOnce() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode application = agencyRoutes.envelope("bapenda", requestId, RINA, """
                {"nop":"367111000300705670","transferType":"split",
                 "basisDocument":{"type":"penetapan-ahli-waris","number":"0412/Pdt.P/2026/PA.Tng","date":"2026-10-14"}}""");
        int before = backend().submissions().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-bapenda-pbb-transfer", application);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-bapenda-pbb-transfer", application);

        assertThat(first.kind()).as(String.valueOf(first.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().submissions().received()).isEqualTo(before + 1);
        assertThat(backend().submissions().callsFor(requestId)).isEqualTo(2);
    }
}
