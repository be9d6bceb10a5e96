package id.go.tangerangkota.mpp.hub.sandbox.pln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.FaultInjection;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.jpos.iso.ISOMsg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults injected into PLN reach its ISO 8583 port, not only its REST applications desk: spoken
 * to over the real TCP port as a partner would, the host cuts while down (sign-on included, new
 * connections too), answers late while slow, answers "other error" (0005) to exactly the error
 * rate of the transactions while failing, and is itself again once the fault is cleared.
 */
class SandboxPlnFaultsTest {

    private static final String BUDI = PlnIsoTestClient.SWITCHER + PlnCustomers.BUDI_IDPEL;

    private static SandboxServer sandbox;
    private static PlnBackend pln;
    private static FaultInjection faults;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxSettings.demo(0), Map.of());
        pln = sandbox.backend("pln", PlnBackend.class);
        faults = sandbox.faults();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clear() {
        faults.set("pln", Fault.NONE);
    }

    private PlnIsoTestClient signedOn() throws Exception {
        PlnIsoTestClient client = new PlnIsoTestClient(pln.isoPort());
        assertThat(client.signOn().getString(39)).isEqualTo("0000");
        return client;
    }

    private static String rcOfInquiry(PlnIsoTestClient client) throws Exception {
        return client.send(client.postpaid("2100", BUDI)).getString(39);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Test
    void downCutsEveryMessageAtOnceSignOnAndNewConnectionsIncludedUntilCleared() throws Exception {
        try (PlnIsoTestClient client = signedOn()) {
            faults.set("pln", new Fault(Fault.Mode.DOWN, 0, 0));
            long before = faults.requests("pln");
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.send(client.postpaid("2100", BUDI)))
                    .as("the connection ends, no answer").isInstanceOf(IOException.class)
                    .isNotInstanceOf(SocketTimeoutException.class);
            assertThat(since(start)).as("cut at once, not left to time out").isLessThan(Duration.ofSeconds(1));

            try (PlnIsoTestClient fresh = new PlnIsoTestClient(pln.isoPort())) {
                assertThatThrownBy(fresh::signOn).as("a new connection's sign-on is cut too")
                        .isInstanceOf(IOException.class).isNotInstanceOf(SocketTimeoutException.class);
            }
            assertThat(faults.requests("pln") - before).as("each message counted").isEqualTo(2);
        }

        faults.set("pln", Fault.NONE);

        try (PlnIsoTestClient client = signedOn()) {
            assertThat(rcOfInquiry(client)).isEqualTo("0000");
        }
    }

    @Test
    void slowAnswersEachMessageAfterTheLatencyAndNotLaterOnceCleared() throws Exception {
        try (PlnIsoTestClient client = new PlnIsoTestClient(pln.isoPort())) {
            faults.set("pln", new Fault(Fault.Mode.SLOW, 400, 0));

            long start = System.nanoTime();
            ISOMsg signOn = client.signOn();
            Duration signOnTook = since(start);
            start = System.nanoTime();
            String rc = rcOfInquiry(client);
            Duration inquiryTook = since(start);

            assertThat(signOn.getString(39)).isEqualTo("0000");
            assertThat(signOnTook).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(rc).isEqualTo("0000");
            assertThat(inquiryTook).isGreaterThanOrEqualTo(Duration.ofMillis(400));

            faults.set("pln", Fault.NONE);
            start = System.nanoTime();
            assertThat(rcOfInquiry(client)).isEqualTo("0000");
            assertThat(since(start)).isLessThan(Duration.ofMillis(400));
        }
    }

    @Test
    void aSlowHostAnswersMessagesSentTogetherEachAfterItsOwnDelayNotOneAfterAnother() throws Exception {
        try (PlnIsoTestClient client = signedOn()) {
            faults.set("pln", new Fault(Fault.Mode.SLOW, 600, 0));
            Set<String> sent = new HashSet<>();

            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                ISOMsg inquiry = client.postpaid("2100", BUDI);
                sent.add(inquiry.getString(11));
                client.write(inquiry);
            }
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                ISOMsg answer = client.read();
                assertThat(answer.getString(39)).isEqualTo("0000");
                answered.add(answer.getString(11));
            }
            Duration took = since(start);

            assertThat(answered).isEqualTo(sent);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600))
                    .as("three answers one after another would take 1800 ms").isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void failingAnswersOtherErrorToExactlyTheRateOfTransactionsAndStillSignsOn() throws Exception {
        faults.set("pln", new Fault(Fault.Mode.FAILING, 0, 0.5));
        long before = faults.requests("pln");

        try (PlnIsoTestClient client = signedOn()) {
            List<String> codes = new ArrayList<>();
            ISOMsg failed = null;
            for (int i = 0; i < 10; i++) {
                ISOMsg inquiry = client.postpaid("2100", BUDI);
                ISOMsg answer = client.send(inquiry);
                codes.add(answer.getString(39));
                if ("0005".equals(answer.getString(39))) {
                    failed = answer;
                    assertThat(answer.getString(11)).as("answers its own request").isEqualTo(inquiry.getString(11));
                }
            }

            assertThat(codes).containsExactly("0000", "0005", "0000", "0005", "0000", "0005", "0000", "0005",
                    "0000", "0005");
            assertThat(failed).isNotNull();
            assertThat(failed.getMTI()).isEqualTo("2110");
            assertThat(failed.hasField(4)).as("no bill in a failure").isFalse();
            assertThat(faults.requests("pln") - before).as("sign-on and ten inquiries counted").isEqualTo(11);

            faults.set("pln", Fault.NONE);

            for (int i = 0; i < 3; i++) {
                assertThat(rcOfInquiry(client)).isEqualTo("0000");
            }
        }
    }

    @Test
    void aFailingHostBooksNoPaymentItAnsweredWithAnErrorAndBooksItOnceCleared() throws Exception {
        try (PlnIsoTestClient client = signedOn()) {
            String idpel = pln.ledger().customersWithOneUnpaidBill().get(0);
            ISOMsg inquiry = client.send(client.postpaid("2100", PlnIsoTestClient.SWITCHER + idpel));
            assertThat(inquiry.getString(39)).isEqualTo("0000");
            String reference = "hub-failing-" + idpel;
            faults.set("pln", new Fault(Fault.Mode.FAILING, 0, 1.0));

            assertThat(client.send(payment(client, inquiry, reference)).getString(39)).isEqualTo("0005");
            assertThat(pln.ledger().isPaid(reference)).isFalse();
            assertThat(pln.ledger().unpaidBills(idpel)).isEqualTo(1);

            faults.set("pln", Fault.NONE);

            assertThat(client.send(payment(client, inquiry, reference)).getString(39)).isEqualTo("0000");
            assertThat(pln.ledger().isPaid(reference)).isTrue();
        }
    }

    /** A 2200 for all bills of the inquiry answer, quoting its switcher reference. */
    private static ISOMsg payment(PlnIsoTestClient client, ISOMsg inquiryAnswer, String reference) throws Exception {
        ISOMsg payment = client.postpaid("2200", inquiryAnswer.getString(48).substring(0, 54));
        payment.set(4, inquiryAnswer.getString(4));
        payment.set(63, reference);
        return payment;
    }

    @Test
    void flakyTransactionsFailAlternatelyCutAndOtherErrorWhileSignOnIsAnswered() throws Exception {
        faults.set("pln", new Fault(Fault.Mode.FLAKY, 200, 1.0));

        try (PlnIsoTestClient client = signedOn()) {
            assertThatThrownBy(() -> rcOfInquiry(client)).isInstanceOf(IOException.class)
                    .isNotInstanceOf(SocketTimeoutException.class);
        }
        try (PlnIsoTestClient client = signedOn()) {
            assertThat(rcOfInquiry(client)).isEqualTo("0005");
            assertThatThrownBy(() -> rcOfInquiry(client)).isInstanceOf(IOException.class)
                    .isNotInstanceOf(SocketTimeoutException.class);
        }

        faults.set("pln", Fault.NONE);

        try (PlnIsoTestClient client = signedOn()) {
            assertThat(rcOfInquiry(client)).isEqualTo("0000");
        }
    }
}
