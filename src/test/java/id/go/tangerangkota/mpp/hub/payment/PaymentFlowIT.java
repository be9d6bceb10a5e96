package id.go.tangerangkota.mpp.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The counter payment flow, end to end over real sockets, with a fictitious biller and bank plugged
 * in by descriptor and mappings only (src/test/resources/payment-it): paid exactly once, the bank
 * asked instead of paying again when it answers late, the biller's confirmation reversed when it
 * answers late, refusals as clear problems, and a PENDING payment finished by the reconciler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentFlowIT {

    private static final String PAY = "/api/v1/agencies/test-biller/services/bill-payment";
    private static final String NIK = "3671011203850001";

    private TestBillerAndBank parties;
    private ConfigurableApplicationContext hub;
    private HubClient counter;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        parties = new TestBillerAndBank();
        FileTrees.copy(Path.of("connectors"), dir.resolve("connectors"));
        FileTrees.copy(Path.of("mappings"), dir.resolve("mappings"));
        FileTrees.copy(Path.of("src/test/resources/payment-it/connectors"), dir.resolve("connectors"));
        FileTrees.copy(Path.of("src/test/resources/payment-it/mappings"), dir.resolve("mappings"));
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "payments");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + dir.resolve("connectors").toAbsolutePath(),
                "--mpp.locations.mappings=file:" + dir.resolve("mappings").toAbsolutePath(),
                "--mpp.agency.test-biller.url=" + parties.url("biller"),
                "--mpp.agency.test-bank.url=" + parties.url("bank"),
                "--mpp.payment.reconcile-interval=PT1S", "--mpp.payment.stale-after=PT3S");
        counter = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), HubClient.COUNTER_MPP_KEY);
    }

    @AfterAll
    void stop() {
        hub.close();
        parties.close();
    }

    private static String body(String customer, long amount) {
        return "{\"citizen\":{\"nik\":\"" + NIK + "\"},\"data\":{\"customerId\":\"" + customer + "\",\"amount\":"
                + amount + "}}";
    }

    @Test
    void aBillIsPaidOnceEvenWhenTheCounterRepeatsTheCall() {
        String key = "loket-1-" + System.nanoTime();

        Answer paid = counter.post(PAY, body("C-1", 100_000), "application/json", key);
        Answer repeated = counter.post(PAY, body("C-1", 100_000), "application/json", key);
        Answer again = counter.post(PAY, body("C-1", 100_000));

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(paid.json().path("result").path("billerReference").asText()).startsWith("RCPT-");
        Canonical.assertValid("payment.schema.json", paid.json().path("result"));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/already-paid");
        assertThat(parties.bankPaymentsOf("C-1")).isEqualTo(1);
        assertThat(parties.billStatus("C-1")).isEqualTo("PAID");
    }

    @Test
    void aWrongAmountOrAnUnknownBillIsRefusedBeforeTheBankIsAsked() {
        Answer wrongAmount = counter.post(PAY, body("C-2", 99));
        Answer unknown = counter.post(PAY, body("C-NONE", 1000));

        assertThat(wrongAmount.status()).isEqualTo(422);
        assertThat(wrongAmount.json().path("type").asText()).endsWith("/amount-mismatch");
        assertThat(wrongAmount.json().path("detail").asText()).contains("250000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(parties.bankPaymentsOf("C-2")).isZero();
        assertThat(parties.billStatus("C-2")).isEqualTo("UNPAID");
    }

    @Test
    void whenTheBankAnswersLateTheHubAsksItsStatusInsteadOfPayingAgain() {
        Answer paid = counter.post(PAY, body("C-SLOWBANK", 75_000));

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(parties.bankPaymentsOf("C-SLOWBANK")).isEqualTo(1);
        assertThat(parties.billStatus("C-SLOWBANK")).isEqualTo("PAID");
        Answer request = counter.get(paid.header("Location"));
        assertThat(request.body()).contains("asking its payment status");
        assertThat(request.json().path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void whenTheBillerConfirmsTooLateTheConfirmationIsReversedThere() {
        String key = "loket-reversal-" + System.nanoTime();
        Answer reversed = counter.post(PAY, body("C-SLOWCONFIRM", 80_000), "application/json", key);
        Answer retried = counter.post(PAY, body("C-SLOWCONFIRM", 80_000), "application/json", key);

        assertThat(reversed.status()).as(reversed.body()).isEqualTo(502);
        assertThat(reversed.json().path("type").asText()).endsWith("/payment-reversed");
        assertThat(reversed.json().path("detail").asText()).contains("reversed").contains("marked for refund");
        // The bank was paid once: a retry under the same key gets the same answer, never a second payment.
        assertThat(retried.status()).isEqualTo(502);
        assertThat(retried.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retried.contentType()).startsWith("application/problem+json");
        assertThat(parties.bankPaymentsOf("C-SLOWCONFIRM")).isEqualTo(1);
        assertThat(parties.billStatus("C-SLOWCONFIRM")).isEqualTo("UNPAID");
        String id = reversed.json().path("paymentRequestId").asText();
        assertThat(counter.get("/api/v1/requests/" + id).json().path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void aPaymentTheBankLeftUnansweredIsPendingThenDecidedByTheReconciler() {
        parties.bankDown();
        Answer pending;
        try {
            pending = counter.post(PAY, body("C-DOWNBANK", 90_000));
        } finally {
            parties.bankBack();
        }

        assertThat(pending.status()).as(pending.body()).isEqualTo(202);
        assertThat(pending.json().path("status").asText()).isEqualTo("PENDING");
        // The bank, back, says it never took the payment: a definite "not paid", nothing paid twice.
        Answer decided = counter.await(pending.header("Location"),
                r -> r.json().path("status").asText().equals("FAILED"), Duration.ofSeconds(30));
        assertThat(decided.json().path("reason").asText()).contains("nothing was paid");
        assertThat(parties.bankPaymentsOf("C-DOWNBANK")).isZero();
        assertThat(parties.billStatus("C-DOWNBANK")).isEqualTo("UNPAID");
    }

}
