package id.go.tangerangkota.mpp.hub.sandbox.pln;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated PLN host over its real TCP port, spoken to message by message as a partner would:
 * it must refuse what the real host refuses, with PLN's own response codes.
 */
class SandboxPlnHostTest {

    private static SandboxServer sandbox;
    private static PlnBackend pln;
    private PlnIsoTestClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxSettings.demo(0), Map.of());
        pln = sandbox.backend("pln", PlnBackend.class);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void connect() throws Exception {
        client = new PlnIsoTestClient(pln.isoPort());
    }

    @AfterEach
    void disconnect() throws Exception {
        client.close();
    }

    @Test
    void theHostPublishesTheBoundPortAsTheHubsProperty() {
        assertThat(pln.isoPort()).isPositive();
        assertThat(sandbox.runtimeProperties()).containsEntry("mpp.sandbox.pln.port", pln.isoPort());
    }

    @Test
    void theTestDataListsTheIdpelsWithTheirOwnersAndWhatTheHostAnswers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/test-data")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode section = new ObjectMapper()
                .readTree(response.body()).path("pln");

        assertThat(section.path("isoPort").asInt()).isEqualTo(pln.isoPort());
        assertThat(section.path("partner").path("terminalId").asText()).isEqualTo(PlnIsoTestClient.TERMINAL);
        JsonNode budi = section.path("customers").get(0);
        assertThat(budi.path("idpel").asText()).isEqualTo("543100287461");
        assertThat(budi.path("nik").asText()).isEqualTo("3671011203850001");
        assertThat(budi.path("behaviour").asText()).contains("414.850");
        assertThat(section.path("customers").findValuesAsText("idpel")).contains("543110394852", "543199000001",
                "543199000089", "543130271845");
        assertThat(section.path("sampleUnpaidIdpels").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode customer : section.path("customers")) {
            assertThat(sandbox.citizens().byNik(customer.path("nik").asText())).as(customer.toString()).isPresent();
        }
    }

    @Test
    void aTransactionBeforeSignOnIsAnswered0011() throws Exception {
        ISOMsg answer = client.send(client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL)));

        assertThat(answer.getMTI()).isEqualTo("2110");
        assertThat(answer.getString(39)).isEqualTo("0011");
        assertThat(answer.hasField(4)).isFalse();
    }

    @Test
    void theSignOnChecksTerminalBankAndSwitcherEachWithItsOwnCode() throws Exception {
        ISOMsg wrongTerminal = client.message("2800");
        wrongTerminal.set(70, "001");
        wrongTerminal.set(41, "MPPTNG-LOKET-999");
        ISOMsg wrongBank = client.message("2800");
        wrongBank.set(70, "001");
        wrongBank.set(32, "4510099");
        ISOMsg wrongSwitcher = client.message("2800");
        wrongSwitcher.set(70, "001");
        wrongSwitcher.set(33, "OTHERSW");

        assertThat(client.send(wrongTerminal).getString(39)).isEqualTo("0034");
        assertThat(client.send(wrongBank).getString(39)).isEqualTo("0031");
        assertThat(client.send(wrongSwitcher).getString(39)).isEqualTo("0032");
        assertThat(client.send(client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL))).getString(39))
                .as("still not signed on").isEqualTo("0011");
        ISOMsg signOn = client.signOn();
        assertThat(signOn.getMTI()).isEqualTo("2810");
        assertThat(signOn.getString(39)).isEqualTo("0000");
    }

    @Test
    void aTransactionFromAnotherTerminalOnASignedOnSessionIsRefused() throws Exception {
        client.signOn();
        ISOMsg inquiry = client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL));
        inquiry.set(41, "MPPTNG-LOKET-999");

        assertThat(client.send(inquiry).getString(39)).isEqualTo("0034");
    }

    @Test
    void anAuditNumberUsedTwiceInASessionIsAnswered0093() throws Exception {
        client.signOn();
        ISOMsg first = client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL));
        ISOMsg again = client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL));
        again.set(11, first.getString(11));

        assertThat(client.send(first).getString(39)).isEqualTo("0000");
        assertThat(client.send(again).getString(39)).isEqualTo("0093");
    }

    @Test
    void budisInquiryAnswersOneBillOf414850WithTheBit48OfTheSpecification() throws Exception {
        client.signOn();
        ISOMsg answer = client.send(client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL)));

        assertThat(answer.getString(39)).isEqualTo("0000");
        assertThat(answer.getString(4)).isEqualTo("3600000000414850");
        String bit48 = answer.getString(48);
        assertThat(bit48).hasSize(121 + 111);
        assertThat(bit48.substring(0, 22)).isEqualTo("MPPTNG1" + "543100287461" + "1" + "01");
        assertThat(bit48.substring(54, 79)).isEqualTo("BUDI SANTOSO             ");
        assertThat(bit48.substring(99, 121)).isEqualTo("R1  " + "000001300" + "000002500");
        assertThat(bit48.substring(121, 121 + 22)).isEqualTo("202611" + "20261220" + "20261101");
        assertThat(bit48.substring(143, 154)).isEqualTo("00000412350");
    }

    @Test
    void eachCustomerCaseHasItsResponseCode() throws Exception {
        client.signOn();

        assertThat(rcOfInquiry(PlnCustomers.UNKNOWN_IDPEL)).isEqualTo("0014");
        assertThat(rcOfInquiry(PlnCustomers.SUPARMAN_IDPEL)).isEqualTo("0016");
        assertThat(rcOfInquiry(PlnCustomers.RINA_IDPEL)).isEqualTo("0088");
        assertThat(rcOfInquiry(PlnCustomers.BILL_NOT_YET_AVAILABLE_IDPEL)).isEqualTo("0089");
        assertThat(rcOfInquiry(PlnCustomers.CORE_TIMEOUT_IDPEL)).isEqualTo("0068");
        ISOMsg hendra = client.send(client.postpaid("2100", inquiry(PlnCustomers.HENDRA_IDPEL)));
        assertThat(hendra.getString(48)).hasSize(121 + 3 * 111);
        assertThat(hendra.getString(48).substring(19, 22)).isEqualTo("303");
        ISOMsg prepaid = client.postpaid("2100", inquiry(PlnCustomers.BUDI_IDPEL));
        prepaid.set(2, "99502");
        assertThat(client.send(prepaid).getString(39)).isEqualTo("0030");
    }

    @Test
    void aPaymentOfAnotherAmountIs0013AndBooksNothing() throws Exception {
        client.signOn();
        String idpel = pln.ledger().customersWithOneUnpaidBill().get(0);
        ISOMsg inquiry = client.send(client.postpaid("2100", inquiry(idpel)));
        ISOMsg payment = payment(inquiry, "hub-0013-" + idpel);
        payment.set(4, "3600" + String.format("%012d", amountOf(inquiry) - 1));

        assertThat(client.send(payment).getString(39)).isEqualTo("0013");
        assertThat(pln.ledger().unpaidBills(idpel)).isEqualTo(1);
        assertThat(pln.ledger().isPaid("hub-0013-" + idpel)).isFalse();
    }

    @Test
    void aPaymentIsBookedOncePerReferenceAndAnotherReferenceFindsItPaid() throws Exception {
        client.signOn();
        String idpel = pln.ledger().customersWithOneUnpaidBill().get(1);
        ISOMsg inquiry = client.send(client.postpaid("2100", inquiry(idpel)));
        int booked = pln.ledger().paymentsBooked();

        ISOMsg paid = client.send(payment(inquiry, "hub-once-" + idpel));
        ISOMsg repeated = client.send(payment(inquiry, "hub-once-" + idpel));
        ISOMsg other = client.send(payment(inquiry, "hub-other-" + idpel));

        assertThat(paid.getMTI()).isEqualTo("2210");
        assertThat(paid.getString(39)).isEqualTo("0000");
        assertThat(paid.getString(63)).isEqualTo("hub-once-" + idpel);
        assertThat(repeated.getString(39)).isEqualTo("0000");
        assertThat(repeated.getString(48)).isEqualTo(paid.getString(48));
        assertThat(other.getString(39)).isEqualTo("0088");
        assertThat(pln.ledger().paymentsBooked()).isEqualTo(booked + 1);
        assertThat(pln.ledger().paymentMessages("hub-once-" + idpel)).isEqualTo(2);
        assertThat(pln.ledger().unpaidBills(idpel)).isZero();
    }

    @Test
    void aPaymentMustQuoteTheSwitcherReferenceOfAnInquiry() throws Exception {
        client.signOn();
        String idpel = pln.ledger().customersWithOneUnpaidBill().get(2);
        ISOMsg inquiry = client.send(client.postpaid("2100", inquiry(idpel)));
        ISOMsg payment = payment(inquiry, "hub-ref-" + idpel);
        payment.set(48, inquiry.getString(48).substring(0, 22) + "0".repeat(32));

        assertThat(client.send(payment).getString(39)).isEqualTo("0030");
    }

    @Test
    void aReversalRestoresTheBillAndMustNameTheOriginalPayment() throws Exception {
        client.signOn();
        String idpel = PlnCustomers.HENDRA_IDPEL;
        ISOMsg inquiry = client.send(client.postpaid("2100", inquiry(idpel)));
        ISOMsg payment = payment(inquiry, "hub-reverse-" + idpel);
        ISOMsg paid = client.send(payment);
        assertThat(paid.getString(39)).isEqualTo("0000");
        assertThat(pln.ledger().unpaidBills(idpel)).isZero();

        ISOMsg wrongOriginal = reversal(paid, payment, "000000000001");
        assertThat(client.send(wrongOriginal).getString(39)).isEqualTo("0063");
        ISOMsg unknown = reversal(paid, payment, payment.getString(11));
        unknown.set(63, "hub-never-paid");
        assertThat(client.send(unknown).getString(39)).isEqualTo("0063");

        ISOMsg reversed = client.send(reversal(paid, payment, payment.getString(11)));
        assertThat(reversed.getMTI()).isEqualTo("2410");
        assertThat(reversed.getString(39)).isEqualTo("0000");
        assertThat(pln.ledger().unpaidBills(idpel)).isEqualTo(3);
        assertThat(pln.ledger().isPaid("hub-reverse-" + idpel)).isFalse();
        assertThat(client.send(client.postpaid("2100", inquiry(idpel))).getString(4)).isEqualTo(inquiry.getString(4));
    }

    @Test
    void aLostPaymentAnswerIsBookedAndTheAdviceTellsIt() throws Exception {
        client.signOn();
        String idpel = PlnCustomers.PAYMENT_ANSWER_LOST_IDPEL;
        ISOMsg inquiry = client.send(client.postpaid("2100", inquiry(idpel)));
        ISOMsg payment = payment(inquiry, "hub-lost-" + idpel);

        assertThat(client.unanswered(payment, 700)).isTrue();
        ISOMsg advice = payment(inquiry, "hub-lost-" + idpel);
        advice.setMTI("2220");
        ISOMsg status = client.send(advice);
        ISOMsg unknownAdvice = payment(inquiry, "hub-never-sent");
        unknownAdvice.setMTI("2221");

        assertThat(status.getMTI()).isEqualTo("2230");
        assertThat(status.getString(39)).isEqualTo("0000");
        assertThat(status.getString(4)).isEqualTo(inquiry.getString(4));
        assertThat(client.send(unknownAdvice).getString(39)).isEqualTo("0063");
        ISOMsg reversed = client.send(reversal(status, payment, payment.getString(11)));
        assertThat(reversed.getString(39)).isEqualTo("0000");
        assertThat(pln.ledger().unpaidBills(idpel)).isEqualTo(1);
    }

    @Test
    void duringTheCutOffFinancialMessagesAre0090() throws Exception {
        client.signOn();
        pln.cutOff(true);
        try {
            assertThat(rcOfInquiry(PlnCustomers.BUDI_IDPEL)).isEqualTo("0090");
        } finally {
            pln.cutOff(false);
        }
        assertThat(rcOfInquiry(PlnCustomers.BUDI_IDPEL)).isEqualTo("0000");
    }

    private String rcOfInquiry(String idpel) throws Exception {
        return client.send(client.postpaid("2100", inquiry(idpel))).getString(39);
    }

    private static String inquiry(String idpel) {
        return PlnIsoTestClient.SWITCHER + idpel;
    }

    /** A 2200 for all bills of the inquiry answer, quoting its switcher reference. */
    private ISOMsg payment(ISOMsg inquiryAnswer, String partnerReference) throws Exception {
        String header = inquiryAnswer.getString(48);
        ISOMsg payment = client.postpaid("2200", header.substring(0, 54));
        payment.set(4, inquiryAnswer.getString(4));
        payment.set(63, partnerReference);
        return payment;
    }

    private ISOMsg reversal(ISOMsg paidAnswer, ISOMsg payment, String originalAudit) throws Exception {
        ISOMsg reversal = client.postpaid("2400", paidAnswer.getString(48).substring(0, 54));
        reversal.set(4, paidAnswer.getString(4));
        reversal.set(56, "2200" + originalAudit + payment.getString(12) + PlnIsoTestClient.BANK);
        reversal.set(63, payment.getString(63));
        return reversal;
    }

    private static long amountOf(ISOMsg answer) {
        return Long.parseLong(answer.getString(4).substring(4));
    }
}
