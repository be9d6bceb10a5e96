package id.go.tangerangkota.mpp.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Paying bills at the counter through Bank BJB, against the sandbox billers and bank over their real
 * protocols (ISO 8583, SNAP): paid once under a repeated call, the bank's late answer settled by a
 * status inquiry, PLN's late confirmation reversed, a paid bill refused. Its own context: it pays.
 */
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/counter-payments")
class CounterPaymentsIT extends HubIntegrationTest {

    private static final String PLN_PAY = "/api/v1/agencies/pln/services/postpaid-payment";
    private static final String PLN_BILL = "/api/v1/agencies/pln/services/postpaid-inquiry";
    private static final String BJB_PAY = "/api/v1/agencies/bank-bjb/services/va-payment";
    private static final String HENDRA = "3671092709650005";
    private static final String RINA = "3671116304880006";

    @Autowired
    SandboxServer sandbox;

    private BankBjbBackend bank() {
        return sandbox.backend("bank-bjb", BankBjbBackend.class);
    }

    private static String plnPayment(String nik, String idpel, long amount, int bills) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"customerId\":\"" + idpel + "\",\"amount\":" + amount
                + ",\"billCount\":" + bills + "}}";
    }

    private JsonNode plnBill(String nik, String idpel) {
        return counter.post(PLN_BILL, "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"customerId\":\"" + idpel
                + "\"}}").json().path("result");
    }

    @Test
    void aPlnBillIsPaidOnceThroughTheBankAndConfirmedToPln() {
        String idpel = "543090512736";
        JsonNode bill = plnBill(HENDRA, idpel);
        long amount = bill.path("totalAmount").asLong();
        String body = plnPayment(HENDRA, idpel, amount, bill.path("items").size());
        String key = "loket-pln-" + System.nanoTime();

        Answer paid = counter.post(PLN_PAY, body, "application/json", key);
        Answer repeated = counter.post(PLN_PAY, body, "application/json", key);

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        JsonNode payment = paid.json().path("result");
        Canonical.assertValid("payment.schema.json", payment);
        assertThat(payment.path("status").asText()).isEqualTo("PAID");
        assertThat(payment.path("amount").asLong()).isEqualTo(amount);
        assertThat(payment.path("bankReference").asText()).isNotBlank();
        assertThat(payment.path("billerReference").asText()).isNotBlank();
        assertThat(repeated.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(bank().payments().recordedFor("88370", idpel)).hasSize(1);
        assertThat(plnBill(HENDRA, idpel).path("status").asText()).isEqualTo("PAID");
    }

    @Test
    void aPaidBillIsA409AndNothingIsPaid() {
        String idpel = "543110394852";

        Answer a = counter.post(PLN_PAY, plnPayment(RINA, idpel, 100_000, 1));

        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.json().path("type").asText()).endsWith("/already-paid");
        assertThat(bank().payments().recordedFor("88370", idpel)).isEmpty();
    }

    @Test
    void whenPlnDoesNotAnswerThePaymentItIsReversedAtPln() {
        String idpel = "543199000001";
        JsonNode bill = plnBill(HENDRA, idpel);
        assertThat(bill.path("status").asText()).isEqualTo("UNPAID");

        Answer a = counter.post(PLN_PAY, plnPayment(HENDRA, idpel, bill.path("totalAmount").asLong(),
                bill.path("items").size()));

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/payment-reversed");
        assertThat(a.json().path("agency").asText()).isEqualTo("pln");
        assertThat(plnBill(HENDRA, idpel).path("status").asText()).as("reversed at PLN").isEqualTo("UNPAID");
        String id = a.json().path("paymentRequestId").asText();
        Answer request = counter.get("/api/v1/requests/" + id);
        assertThat(request.json().path("status").asText()).isEqualTo("FAILED");
        assertThat(request.body()).contains("reversing");
    }

    @Test
    void whenTheBankAnswersLateItsStatusIsAskedAndThePaymentCountsOnce() {
        String customerNo = "3671092611000501";
        String body = "{\"citizen\":{\"nik\":\"" + HENDRA + "\"},\"data\":{\"partnerServiceId\":\"88367\","
                + "\"customerNo\":\"" + customerNo + "\",\"amount\":275000}}";

        Answer a = counter.post(BJB_PAY, body);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(bank().payments().recordedFor("88367", customerNo)).hasSize(1);
        Answer request = counter.await(a.header("Location"), r -> r.status() == 200, Duration.ofSeconds(5));
        assertThat(request.body()).contains("asking its payment status");
    }
}
