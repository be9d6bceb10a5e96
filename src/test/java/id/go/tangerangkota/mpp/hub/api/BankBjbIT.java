package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.request.RequestIds;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbBackend;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.VaPayments;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bank BJB end to end over SNAP: the counter API against the sandbox bank on its own socket, and
 * the payment primitive (va-payment) at route level on {@code direct:call-bank-bjb-va-payment},
 * since the counter answers payment-mode services 503 until the payment flow is built.
 */
class BankBjbIT extends HubIntegrationTest {

    static final String INQUIRY = "/api/v1/agencies/bank-bjb/services/va-inquiry";
    static final String PAYMENT = "/api/v1/agencies/bank-bjb/services/va-payment";
    static final String STATUS = "/api/v1/agencies/bank-bjb/services/payment-status";

    static final String RINA = "3671116304880006";
    static final String AHMAD = "3671071506780003";
    static final String BUDI = "3671011203850001";
    static final String SITI = "3671055208920002";
    static final String DEWI = "3671134101000004";
    static final String HENDRA = "3671092709650005";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    ConnectorRegistry registry;
    @Autowired
    EnvelopeFactory envelopes;

    private BankBjbBackend bank() {
        return sandbox.backend("bank-bjb", BankBjbBackend.class);
    }

    private VaPayments payments() {
        return bank().payments();
    }

    private static String va(String prefix, String customerNo) {
        return "{\"partnerServiceId\":\"" + prefix + "\",\"customerNo\":\"" + customerNo + "\"}";
    }

    @Test
    void vaInquiryGivesRinasUnpaidRetributionAsACanonicalBill() {
        Answer a = counter.post(INQUIRY, citizenBody(RINA, va("88367", "3671112611000123")));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode bill = a.json().path("result");
        Canonical.assertValid("bill.schema.json", bill);
        assertThat(a.json().path("agency").asText()).isEqualTo("bank-bjb");
        assertThat(bill.path("biller").asText()).isEqualTo("bank-bjb");
        assertThat(bill.path("status").asText()).isEqualTo("UNPAID");
        assertThat(bill.path("totalAmount").asLong()).isEqualTo(1_875_000L);
        assertThat(bill.path("customerName").asText()).isEqualTo("RINA MARLINA");
        assertThat(bill.path("billReference").asText()).as("inquiryRequestId = the hub's request id")
                .isEqualTo(a.json().path("requestId").asText());
        assertThat(bill.path("virtualAccount").path("virtualAccountNo").asText()).isEqualTo("883673671112611000123");
        assertThat(bill.path("virtualAccount").path("partnerServiceId").asText()).isEqualTo("88367");
    }

    @Test
    void vaInquiryOfAhmadsPbbSaysItIsPaid() {
        Answer a = counter.post(INQUIRY, citizenBody(AHMAD, va("88368", "367107000501203450")));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        Canonical.assertValid("bill.schema.json", a.json().path("result"));
        assertThat(a.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(a.json().path("result").path("customerName").asText()).isEqualTo("AHMAD HIDAYAT");
    }

    @Test
    void vaInquiryOfAnOpenAmountSettlementVaHasNoBill() {
        Answer a = counter.post(INQUIRY, citizenBody(BUDI, va("88370", "537110012345")));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("result").path("status").asText()).isEqualTo("NO_BILL");
        assertThat(a.json().path("result").path("customerName").asText()).contains("PLN");
    }

    @Test
    void vaInquiryOfAnUnknownVaIsNotFoundNamingTheBanksCode() {
        Answer a = counter.post(INQUIRY, citizenBody(RINA, va("88367", "3671019999999999")));

        assertThat(a.status()).as(a.body()).isEqualTo(404);
        assertThat(a.json().path("type").asText()).endsWith("/agency-data-not-found");
        assertThat(a.json().path("agency").asText()).isEqualTo("bank-bjb");
        assertThat(a.json().path("detail").asText()).contains("4042412");
    }

    @Test
    void paymentStatusOfAhmadsPaymentSaysPaidWithTheBanksReference() {
        Answer a = counter.post(STATUS, citizenBody(AHMAD,
                "{\"partnerServiceId\":\"88368\",\"customerNo\":\"367107000501203450\","
                        + "\"paymentRequestId\":\"MPP-20261120-000045\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode status = a.json().path("result");
        Canonical.assertValid("status.schema.json", status);
        assertThat(status.path("status").asText()).isEqualTo("PAID");
        assertThat(status.path("reference").asText()).isEqualTo("202611200000045");
        assertThat(status.path("amount").asLong()).isEqualTo(1_284_500L);
    }

    @Test
    void paymentStatusOfAPaymentNeverMadeIsNotFound() {
        Answer a = counter.post(STATUS, citizenBody(RINA,
                "{\"partnerServiceId\":\"88367\",\"customerNo\":\"3671112611000123\",\"paymentRequestId\":\"NEVER-PAID-1\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(404);
        assertThat(a.json().path("detail").asText()).contains("4042601");
    }

    @Test
    void aVirtualAccountIsPaidThroughTheCounterExactlyOnce() {
        String customerNo = pbbNopOf(HENDRA);
        String body = citizenBody(HENDRA, "{\"partnerServiceId\":\"88368\",\"customerNo\":\"" + customerNo
                + "\",\"amount\":2150000}");
        String key = "loket-bjb-" + System.nanoTime();

        Answer paid = counter.post(PAYMENT, body, "application/json", key);
        Answer repeated = counter.post(PAYMENT, body, "application/json", key);
        Answer again = counter.post(PAYMENT, body);

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(paid.json().path("result").path("bankReference").asText()).isNotBlank();
        Canonical.assertValid("payment.schema.json", paid.json().path("result"));
        assertThat(repeated.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/already-paid");
        assertThat(bank().payments().recordedFor("88368", customerNo)).hasSize(1);
    }

    @Test
    void aTokenTheBankRevokedIsRenewedAndTheCallStillAnswers() {
        assertThat(counter.post(INQUIRY, citizenBody(RINA, va("88367", "3671112611000123"))).status()).isEqualTo(200);
        int issued = bank().tokensIssued();
        bank().revokeTokens();

        Answer a = counter.post(INQUIRY, citizenBody(RINA, va("88367", "3671112611000123")));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(bank().tokensIssued()).isEqualTo(issued + 1);
    }

    @Test
    void paymentRoutePaysBudisPbbAndTheStatusConfirmsIt() {
        String customerNo = budiNop();
        String requestId = RequestIds.next();

        Exchange paid = pay(requestId, BUDI, "88368", customerNo, 976_300);

        AgencyOutcome outcome = outcome(paid);
        assertThat(outcome.kind()).as(outcome.reason()).isEqualTo(AgencyOutcome.Kind.OK);
        Canonical.assertValid("payment.schema.json", outcome.result());
        assertThat(outcome.result().path("status").asText()).isEqualTo("PAID");
        assertThat(outcome.result().path("externalId").asText()).isEqualTo(requestId);
        assertThat(outcome.result().path("amount").asLong()).isEqualTo(976_300L);
        assertThat(outcome.result().path("bankReference").asText()).isEqualTo(outcome.agencyReference()).isNotBlank();
        assertThat(payments().recordedFor("88368", customerNo)).hasSize(1);

        Answer status = counter.post(STATUS, citizenBody(BUDI, "{\"partnerServiceId\":\"88368\",\"customerNo\":\"" + customerNo
                + "\",\"paymentRequestId\":\"" + requestId + "\"}"));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(status.json().path("result").path("reference").asText()).isEqualTo(outcome.agencyReference());
    }

    @Test
    void theSameHubRequestTwiceIsOnePaymentAndTheRepeatIsADuplicate() {
        String requestId = RequestIds.next();

        AgencyOutcome first = outcome(pay(requestId, SITI, "88367", "3671052611000207", 150_000));
        AgencyOutcome repeat = outcome(pay(requestId, SITI, "88367", "3671052611000207", 150_000));

        assertThat(first.kind()).as(first.reason()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(repeat.kind()).isEqualTo(AgencyOutcome.Kind.REJECTED);
        assertThat(repeat.reason()).startsWith("DUPLICATE_EXTERNAL_ID").contains("4092500");
        assertThat(payments().recordedFor("88367", "3671052611000207")).hasSize(1);
        assertThat(payments().recordedCount(requestId)).isEqualTo(1);
        assertThat(payments().callsFor(requestId)).as("the bank saw both calls").isEqualTo(2);
    }

    @Test
    void payingABillAlreadyPaidIsRejectedAsAlreadyPaid() {
        AgencyOutcome outcome = outcome(pay(RequestIds.next(), AHMAD, "88368", "367107000501203450", 1_284_500));

        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.REJECTED);
        assertThat(outcome.reason()).startsWith("ALREADY_PAID").contains("already paid").contains("4042514");
        assertThat(payments().recordedFor("88368", "367107000501203450")).hasSize(1);
    }

    @Test
    void payingAnotherAmountThanTheBillIsRejected() {
        AgencyOutcome outcome = outcome(pay(RequestIds.next(), DEWI, "88367", "3671132611000318", 400_000));

        assertThat(outcome.kind()).isEqualTo(AgencyOutcome.Kind.REJECTED);
        assertThat(outcome.reason()).startsWith("INVALID_AMOUNT").contains("4042513");
        assertThat(payments().recordedFor("88367", "3671132611000318")).isEmpty();
    }

    @Test
    void aPaymentAnsweredTooLateIsA503AndThenTheStatusSaysPaid() {
        String requestId = RequestIds.next();

        Exchange late = pay(requestId, HENDRA, "88367", "3671092611000501", 275_000);

        assertThat(late.getException()).isInstanceOfSatisfying(HubProblem.class, p -> {
            assertThat(p.type()).isEqualTo(ProblemType.AGENCY_UNAVAILABLE);
            assertThat(p.detail()).contains("Bank BJB").contains("time limit");
        });
        assertThat(payments().recordedCount(requestId)).as("the bank recorded it before answering").isEqualTo(1);

        Answer status = counter.post(STATUS, citizenBody(HENDRA, "{\"partnerServiceId\":\"88367\","
                + "\"customerNo\":\"3671092611000501\",\"paymentRequestId\":\"" + requestId + "\"}"));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(status.json().path("result").path("amount").asLong()).isEqualTo(275_000L);
    }

    /** va-payment at route level: the real call route, kamelet and socket, as the payment flow will call it. */
    private Exchange pay(String requestId, String nik, String prefix, String customerNo, long amount) {
        Connector connector = registry.find("bank-bjb").orElseThrow();
        JsonNode payload = HubClient.parse(citizenBody(nik, "{\"partnerServiceId\":\"" + prefix + "\",\"customerNo\":\""
                + customerNo + "\",\"amount\":" + amount + "}"));
        ObjectNode envelope = envelopes.build(connector, requestId, payload, "demo-counter-mpp", "mpp-tangerang");
        return producer.request("direct:call-bank-bjb-va-payment", exchange -> {
            exchange.setProperty(FlowKeys.ENVELOPE, envelope);
            exchange.getMessage().setBody(envelope.toString());
        });
    }

    private static AgencyOutcome outcome(Exchange exchange) {
        assertThat(exchange.getException()).as("call failed").isNull();
        return exchange.getMessage().getBody(AgencyOutcome.class);
    }

    private String budiNop() {
        return pbbNopOf(BUDI);
    }

    private String pbbNopOf(String nik) {
        for (JsonNode va : anonymousSandbox().path("bank-bjb").path("showcaseVirtualAccounts")) {
            if (va.path("ownerNik").asText().equals(nik) && va.path("partnerServiceId").asText().equals("88368")) {
                return va.path("customerNo").asText();
            }
        }
        throw new AssertionError(nik.substring(0, 4) + "... has no PBB VA in the sandbox's test data");
    }

    private JsonNode anonymousSandbox() {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/test-data")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return HubClient.parse(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
