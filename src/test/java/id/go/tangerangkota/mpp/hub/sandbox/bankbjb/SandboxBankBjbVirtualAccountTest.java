package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import static id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.inquiry;
import static id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.payment;
import static id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.Answer;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.Call;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Services 24, 25 and 26 of the sandbox bank: the seeded bills, payments exactly once per
 * paymentRequestId, open-amount settlement VAs, the load-test bills, the slow and the in-progress
 * test VAs, and the test-data section.
 */
class SandboxBankBjbVirtualAccountTest {

    private static final String INQUIRY = "/v1.0/transfer-va/inquiry";
    private static final String PAYMENT = "/v1.0/transfer-va/payment";
    private static final String STATUS = "/v1.0/transfer-va/status";
    private static final long SLOW_MS = 400;

    private static SandboxServer server;
    private static BankBjbTestClient client;
    private static VaPayments payments;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0),
                Map.of("mpp.sandbox.bank-bjb.slow-answer-ms", String.valueOf(SLOW_MS)));
        client = new BankBjbTestClient(server);
        payments = server.backend("bank-bjb", BankBjbBackend.class).payments();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Answer send(String path, String body) throws Exception {
        return client.call(path, body).send();
    }

    private static String id(String prefix) {
        return prefix + "-" + BankBjbTestClient.freshExternalId();
    }

    @Test
    void inquiryOfRinasRetributionGivesTheUnpaidBill() throws Exception {
        Answer a = send(INQUIRY, inquiry("88367", "3671112611000123", "INQ-RINA"));

        assertThat(a.code()).isEqualTo("2002400");
        JsonNode va = a.json().path("virtualAccountData");
        assertThat(va.path("virtualAccountName").asText()).isEqualTo("RINA MARLINA");
        assertThat(va.path("partnerServiceId").asText()).isEqualTo("   88367");
        assertThat(va.path("virtualAccountNo").asText()).isEqualTo("   883673671112611000123");
        assertThat(va.path("totalAmount").path("value").asText()).isEqualTo("1875000.00");
        assertThat(va.path("inquiryRequestId").asText()).isEqualTo("INQ-RINA");
        assertThat(va.path("virtualAccountTrxType").asText()).isEqualTo("C");
        assertThat(va.path("billDetails").get(0).path("billName").asText()).contains("PBG");
    }

    @Test
    void inquiryOfAhmadsPaidPbbIsPaidBillStillDescribingTheVa() throws Exception {
        Answer a = send(INQUIRY, inquiry("88368", "367107000501203450", "INQ-AHMAD"));

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.code()).isEqualTo("4042414");
        assertThat(a.message()).isEqualTo("Paid Bill");
        assertThat(a.json().path("virtualAccountData").path("virtualAccountName").asText()).isEqualTo("AHMAD HIDAYAT");
    }

    @Test
    void unknownVaAndUnknownBillerAreNotFound() throws Exception {
        assertThat(send(INQUIRY, inquiry("88367", "3671019999999999", "I-U")).code()).isEqualTo("4042412");
        assertThat(send(INQUIRY, inquiry("12345", "3671112611000123", "I-V")).code()).isEqualTo("4042412");
        assertThat(send(INQUIRY, inquiry("88370", "123", "I-W")).code()).as("IDPEL is 12 digits").isEqualTo("4042412");
    }

    @Test
    void openAmountVaHasNoBillAndAcceptsAnyPositiveAmountEachRecorded() throws Exception {
        Answer inquiry = send(INQUIRY, inquiry("88370", "537110012345", "I-PLN"));
        assertThat(inquiry.code()).isEqualTo("2002400");
        assertThat(inquiry.json().path("virtualAccountData").path("virtualAccountTrxType").asText()).isEqualTo("O");
        assertThat(inquiry.json().path("virtualAccountData").path("totalAmount").path("value").asText()).isEqualTo("0.00");

        assertThat(send(PAYMENT, payment("88370", "537110012345", id("PLN"), "352750.00")).code()).isEqualTo("2002500");
        assertThat(send(PAYMENT, payment("88370", "537110012345", id("PLN"), "120000.00")).code()).isEqualTo("2002500");
        assertThat(send(PAYMENT, payment("88371", "1100234", id("PDAM"), "87500.00")).code()).isEqualTo("2002500");
        assertThat(send(PAYMENT, payment("88372", "3671000123456789", id("SAMSAT"), "2475000.00")).code())
                .isEqualTo("2002500");
        assertThat(send(PAYMENT, payment("88370", "537110012345", id("PLN"), "0.00")).code()).isEqualTo("4042513");

        assertThat(payments.recordedFor("88370", "537110012345")).extracting(VaPayment::amount)
                .containsExactly(352_750L, 120_000L);
    }

    @Test
    void paymentIsRecordedOnceAndTheSameRequestIdAnswersTheSameReference() throws Exception {
        String requestId = id("PAY-BUDI");
        String customerNo = budiNop();

        Answer first = send(PAYMENT, payment("88368", customerNo, requestId, "976300.00"));
        Answer repeat = send(PAYMENT, payment("88368", customerNo, requestId, "976300.00"));

        assertThat(first.code()).isEqualTo("2002500");
        String reference = first.json().path("virtualAccountData").path("referenceNo").asText();
        assertThat(reference).matches("[0-9]{15}");
        assertThat(repeat.code()).isEqualTo("2002500");
        assertThat(repeat.json().path("virtualAccountData").path("referenceNo").asText()).isEqualTo(reference);
        assertThat(payments.recordedFor("88368", customerNo)).hasSize(1);
        assertThat(payments.recordedCount(requestId)).isEqualTo(1);
        assertThat(payments.callsFor(requestId)).isEqualTo(2);

        Answer otherAmount = send(PAYMENT, payment("88368", customerNo, requestId, "1.00"));
        assertThat(otherAmount.code()).isEqualTo("4042518");
        Answer otherRequest = send(PAYMENT, payment("88368", customerNo, id("PAY-BUDI-2"), "976300.00"));
        assertThat(otherRequest.code()).isEqualTo("4042514");
        assertThat(payments.recordedFor("88368", customerNo)).hasSize(1);

        Answer status = send(STATUS, status("88368", customerNo, requestId));
        assertThat(status.code()).isEqualTo("2002600");
        assertThat(status.json().path("virtualAccountData").path("paymentFlagStatus").asText()).isEqualTo("00");
        assertThat(status.json().path("virtualAccountData").path("referenceNo").asText()).isEqualTo(reference);
    }

    @Test
    void closedVaRefusesAWrongAmountAndABillAlreadyPaid() throws Exception {
        Answer wrong = send(PAYMENT, payment("88367", "3671132611000318", id("DEWI"), "400000.00"));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.code()).isEqualTo("4042513");
        assertThat(payments.recordedFor("88367", "3671132611000318")).isEmpty();

        Answer paid = send(PAYMENT, payment("88368", "367107000501203450", id("AHMAD"), "1284500.00"));
        assertThat(paid.code()).isEqualTo("4042514");
        assertThat(payments.recordedFor("88368", "367107000501203450")).hasSize(1);
    }

    @Test
    void loadTestBillerMakesAFreshUnpaidBillOfEveryNumberPayableOnceAtItsAmount() throws Exception {
        // A number no other test (or earlier run of this one) uses: 20 digits from the external-id counter.
        String customerNo = String.format("%020d", Long.parseLong(BankBjbTestClient.freshExternalId()));

        Answer inquiry = send(INQUIRY, inquiry("88399", customerNo, "INQ-UJI"));
        assertThat(inquiry.code()).isEqualTo("2002400");
        JsonNode va = inquiry.json().path("virtualAccountData");
        assertThat(va.path("virtualAccountNo").asText()).isEqualTo("   88399" + customerNo);
        assertThat(va.path("virtualAccountTrxType").asText()).as("a closed bill").isEqualTo("C");
        assertThat(va.path("totalAmount").path("value").asText()).isEqualTo("150000.00");
        assertThat(payments.recordedFor("88399", customerNo)).as("nothing stored by asking").isEmpty();

        Answer wrongAmount = send(PAYMENT, payment("88399", customerNo, id("UJI"), "150001.00"));
        assertThat(wrongAmount.code()).isEqualTo("4042513");
        assertThat(payments.recordedFor("88399", customerNo)).isEmpty();

        Answer paid = send(PAYMENT, payment("88399", customerNo, id("UJI"), "150000.00"));
        assertThat(paid.code()).isEqualTo("2002500");
        assertThat(paid.json().path("virtualAccountData").path("paidAmount").path("value").asText())
                .isEqualTo("150000.00");
        assertThat(payments.recordedFor("88399", customerNo)).extracting(VaPayment::amount).containsExactly(150_000L);

        Answer again = send(PAYMENT, payment("88399", customerNo, id("UJI"), "150000.00"));
        assertThat(again.code()).as("a second payment of the bill").isEqualTo("4042514");
        assertThat(send(INQUIRY, inquiry("88399", customerNo, "INQ-UJI-2")).code()).isEqualTo("4042414");
        assertThat(payments.recordedFor("88399", customerNo)).hasSize(1);

        String other = customerNo.substring(0, 19) + (customerNo.charAt(19) == '9' ? '8' : '9');
        assertThat(send(INQUIRY, inquiry("88399", other, "INQ-UJI-3")).code())
                .as("another number is a bill of its own, still unpaid").isEqualTo("2002400");
        assertThat(send(INQUIRY, inquiry("88399", customerNo.substring(1), "INQ-UJI-4")).code())
                .as("19 digits is no load-test bill").isEqualTo("4042412");
    }

    @Test
    void malformedAmountsAreFieldFormatErrors() throws Exception {
        assertThat(send(PAYMENT, payment("88367", "3671052611000207", id("SITI"), "150000")).message())
                .isEqualTo("Invalid Field Format [paidAmount.value]");
        assertThat(send(PAYMENT, payment("88367", "3671052611000207", id("SITI"), "150000.50")).code())
                .isEqualTo("4002501");
        assertThat(send(PAYMENT, payment("88367", "3671052611000207", id("SITI"), "150000.00")
                .replace("\"IDR\"", "\"USD\"")).message()).isEqualTo("Invalid Field Format [paidAmount.currency]");
        assertThat(send(PAYMENT, payment("88367", "3671052611000207", id("SITI"), "150000.00")
                .replace("\"paymentRequestId\"", "\"other\"")).message())
                .isEqualTo("Invalid Mandatory Field [paymentRequestId]");
    }

    @Test
    void slowVaRecordsThePaymentBeforeItsLateAnswer() throws Exception {
        String requestId = id("SLOW");
        Call call = client.call(PAYMENT, payment("88367", "3671092611000501", requestId, "275000.00"));
        call.timeout = Duration.ofMillis(SLOW_MS / 4);

        assertThatThrownBy(call::send).isInstanceOf(HttpTimeoutException.class);

        Answer status = send(STATUS, status("88367", "3671092611000501", requestId));
        assertThat(status.code()).isEqualTo("2002600");
        assertThat(status.json().path("virtualAccountData").path("paymentFlagStatus").asText()).isEqualTo("00");
        assertThat(payments.recordedCount(requestId)).isEqualTo(1);
    }

    @Test
    void inProgressVaAnswers202AndTheStatusSaysPending() throws Exception {
        String requestId = id("PENDING");

        Answer a = send(PAYMENT, payment("88367", "3671092611000502", requestId, "300000.00"));

        assertThat(a.status()).isEqualTo(202);
        assertThat(a.code()).isEqualTo("2022500");
        Answer status = send(STATUS, status("88367", "3671092611000502", requestId));
        assertThat(status.json().path("virtualAccountData").path("paymentFlagStatus").asText()).isEqualTo("02");
    }

    @Test
    void statusOfAhmadsPaymentAndOfOneNeverMade() throws Exception {
        Answer a = send(STATUS, status("88368", "367107000501203450", "MPP-20261120-000045"));

        assertThat(a.code()).isEqualTo("2002600");
        JsonNode va = a.json().path("virtualAccountData");
        assertThat(va.path("paymentFlagStatus").asText()).isEqualTo("00");
        assertThat(va.path("referenceNo").asText()).isEqualTo("202611200000045");
        assertThat(va.path("paidAmount").path("value").asText()).isEqualTo("1284500.00");
        assertThat(va.path("transactionDate").asText()).startsWith("2026-11-20");

        assertThat(send(STATUS, status("88368", "367107000501203450", "NEVER-SENT")).code()).isEqualTo("4042601");
        assertThat(send(STATUS, status("88367", "3671112611000123", "MPP-20261120-000045")).code())
                .as("a payment of another VA").isEqualTo("4042601");
    }

    @Test
    void testDataListsTheShowcaseVasAndEveryGeneratedBillIsServed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/test-data")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode section = BankBjbTestClient.JSON.readTree(response.body()).path("bank-bjb");

        assertThat(section.path("paidExample").path("paymentRequestId").asText()).isEqualTo("MPP-20261120-000045");
        assertThat(section.path("slowPayment").path("customerNo").asText()).isEqualTo("3671092611000501");
        assertThat(section.path("loadTestBills").path("partnerServiceId").asText()).isEqualTo("88399");
        assertThat(section.path("loadTestBills").path("amount").asLong()).isEqualTo(150_000);
        assertThat(section.path("showcaseVirtualAccounts").size()).isGreaterThanOrEqualTo(6);
        assertThat(section.toString()).doesNotContain(BankBjbTestClient.CLIENT_SECRET);
        JsonNode samples = section.path("samplePbbBills");
        assertThat(samples.size()).isGreaterThanOrEqualTo(13);
        for (JsonNode bill : samples) {
            assertThat(server.citizens().byNik(bill.path("ownerNik").asText())).isPresent();
            Answer a = send(INQUIRY, inquiry("88368", bill.path("customerNo").asText(), "I-SAMPLE"));
            assertThat(a.code()).as(bill.toString())
                    .isEqualTo(bill.path("seededStatus").asText().equals("PAID") ? "4042414" : "2002400");
            if (a.code().equals("2002400")) {
                assertThat(a.json().path("virtualAccountData").path("totalAmount").path("value").asText())
                        .isEqualTo(bill.path("amount").asLong() + ".00");
            }
        }
    }

    private static String budiNop() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/test-data")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode va : BankBjbTestClient.JSON.readTree(response.body()).path("bank-bjb").path("showcaseVirtualAccounts")) {
            if (va.path("ownerNik").asText().equals("3671011203850001")) {
                return va.path("customerNo").asText();
            }
        }
        throw new AssertionError("Budi has no VA in the test data");
    }
}
