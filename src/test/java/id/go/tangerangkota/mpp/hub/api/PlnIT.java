package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.pln.PlnBackend;
import id.go.tangerangkota.mpp.hub.sandbox.pln.PlnLedger;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * PLN end to end: the counter API and the payment primitives' call routes against the simulated
 * PLN host over its own TCP port (ISO 8583, sign-on, bit 48 as the layout file says) and the
 * applications desk over HTTP. Payments are driven at route level ({@code direct:call-pln-*})
 * because the counter's payment flow is built separately.
 */
class PlnIT extends HubIntegrationTest {

    static final String INQUIRY = "/api/v1/agencies/pln/services/postpaid-inquiry";
    static final String BUDI = "3671011203850001";
    static final String BUDI_IDPEL = "543100287461";
    static final String RINA = "3671116304880006";

    @Autowired
    CamelContext camel;
    @Autowired
    SandboxServer sandboxServer;
    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    EnvelopeFactory envelopes;
    @Autowired
    Environment environment;

    private ProducerTemplate routes;
    private PlnBackend pln;

    @BeforeEach
    void routes() {
        routes = camel.createProducerTemplate();
        pln = sandboxServer.backend("pln", PlnBackend.class);
    }

    @Test
    void inquiryThroughTheCounterApiReturnsBudisCanonicalBill() {
        Answer a = counter.post(INQUIRY, inquiryBody(BUDI, BUDI_IDPEL));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("agency").asText()).isEqualTo("pln");
        JsonNode bill = a.json().path("result");
        assertThat(bill.path("biller").asText()).isEqualTo("pln");
        assertThat(bill.path("customerId").asText()).isEqualTo(BUDI_IDPEL);
        assertThat(bill.path("customerName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(bill.path("status").asText()).isEqualTo("UNPAID");
        assertThat(bill.path("totalAmount").asLong()).isEqualTo(414_850);
        assertThat(bill.path("adminFee").asLong()).isEqualTo(2_500);
        assertThat(bill.path("tariff").asText()).isEqualTo("R1/1300 VA");
        assertThat(bill.path("billReference").asText()).matches("[0-9A-F]{32}");
        assertThat(bill.path("items")).hasSize(1);
        JsonNode item = bill.path("items").get(0);
        assertThat(item.path("period").asText()).isEqualTo("2026-11");
        assertThat(item.path("amount").asLong()).isEqualTo(412_350);
        assertThat(item.path("dueDate").asText()).isEqualTo("2026-12-20");
        assertThat(item.path("meterBefore").asLong()).isEqualTo(12_345);
        assertThat(item.path("meterAfter").asLong()).isEqualTo(12_630);
        assertThat(item.path("usage").asLong()).isEqualTo(285);
        Canonical.assertValid("bill.schema.json", bill);
    }

    @Test
    void eachHostAnswerBecomesTheCounterAnswerItMeans() {
        Answer unknown = counter.post(INQUIRY, inquiryBody(BUDI, "543199999999"));
        Answer blocked = counter.post(INQUIRY, inquiryBody(BUDI, "543130271845"));
        Answer paidUp = counter.post(INQUIRY, inquiryBody(RINA, "543110394852"));
        Answer notYet = counter.post(INQUIRY, inquiryBody(BUDI, "543199000089"));
        Answer coreTimeout = counter.post(INQUIRY, inquiryBody(BUDI, "543199000068"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("type").asText()).endsWith("/agency-data-not-found");
        assertThat(unknown.json().path("detail").asText()).contains("0014");
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().path("detail").asText()).contains("0016").contains("DIBLOKIR");
        assertThat(paidUp.status()).isEqualTo(200);
        assertThat(paidUp.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(paidUp.json().path("result").path("totalAmount").asLong()).isZero();
        Canonical.assertValid("bill.schema.json", paidUp.json().path("result"));
        assertThat(notYet.json().path("result").path("status").asText()).isEqualTo("NO_BILL");
        assertThat(coreTimeout.status()).isEqualTo(502);
        assertThat(coreTimeout.json().path("type").asText()).endsWith("/agency-error");
        assertThat(coreTimeout.json().path("agency").asText()).isEqualTo("pln");
        assertThat(coreTimeout.json().path("detail").asText()).contains("0068");
    }

    @Test
    void aPaymentIsBookedOnceForTheSameReferenceAndAnotherReferenceIsRejectedAsAlreadyPaid() {
        PlnLedger ledger = pln.ledger();
        String idpel = ledger.customersWithOneUnpaidBill().get(0);
        JsonNode bill = inquiry(idpel);
        String externalId = UUID.randomUUID().toString();
        int booked = ledger.paymentsBooked();

        AgencyOutcome paid = call("postpaid-pay", payment(bill, externalId));
        AgencyOutcome repeated = call("postpaid-pay", payment(bill, externalId));
        AgencyOutcome again = call("postpaid-pay", payment(bill, UUID.randomUUID().toString()));

        assertThat(paid.kind()).as(String.valueOf(paid.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(paid.result().path("status").asText()).isEqualTo("PAID");
        assertThat(paid.result().path("externalId").asText()).isEqualTo(externalId);
        assertThat(paid.result().path("amount").asLong()).isEqualTo(bill.path("totalAmount").asLong());
        assertThat(paid.result().path("billerReference").asText()).isEqualTo(bill.path("billReference").asText());
        assertThat(paid.result().path("receiptText").asText()).contains("IDPEL       : " + idpel)
                .contains("BL/TH       : NOV26");
        Canonical.assertValid("payment.schema.json", paid.result());
        assertThat(repeated.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(repeated.result()).isEqualTo(paid.result());
        assertThat(ledger.paymentsBooked()).isEqualTo(booked + 1);
        assertThat(ledger.paymentMessages(externalId)).isEqualTo(2);
        assertThat(again.kind()).isEqualTo(AgencyOutcome.Kind.REJECTED);
        assertThat(again.reason()).contains("0088").contains("SUDAH TERBAYAR");
        assertThat(ledger.unpaidBills(idpel)).isZero();
    }

    @Test
    void aReversalAfterAPaymentMakesTheBillUnpaidAgain() {
        PlnLedger ledger = pln.ledger();
        String idpel = ledger.customersWithOneUnpaidBill().get(0);
        JsonNode bill = inquiry(idpel);
        String externalId = UUID.randomUUID().toString();
        assertThat(call("postpaid-pay", payment(bill, externalId)).kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(ledger.unpaidBills(idpel)).isZero();

        AgencyOutcome reversed = call("postpaid-reversal", payment(bill, externalId));

        assertThat(reversed.kind()).as(String.valueOf(reversed.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(reversed.result().path("status").asText()).isEqualTo("REVERSED");
        assertThat(reversed.result().path("externalId").asText()).isEqualTo(externalId);
        Canonical.assertValid("payment.schema.json", reversed.result());
        assertThat(ledger.unpaidBills(idpel)).isEqualTo(1);
        assertThat(ledger.isPaid(externalId)).isFalse();
        assertThat(call("postpaid-reversal", payment(bill, UUID.randomUUID().toString())).kind())
                .as("nothing to reverse: 0063").isEqualTo(AgencyOutcome.Kind.NOT_FOUND);
    }

    @Test
    void aPaymentWhoseAnswerNeverComesIsA503ThenTheAdviceFindsItAndTheReversalUndoesIt() {
        String idpel = "543199000001";
        JsonNode bill = inquiry(idpel);
        String externalId = UUID.randomUUID().toString();
        String quickRoute = quickPaymentRoute();

        assertThatThrownBy(() -> routes.requestBody(quickRoute, payment(bill, externalId).toString()))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(HubProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.AGENCY_UNAVAILABLE);
                    assertThat(problem.type().status()).isEqualTo(503);
                    assertThat(problem.detail()).contains("PLN").contains("no answer within the time limit");
                    assertThat(problem.extensions()).containsEntry("agency", "pln");
                });
        assertThat(pln.ledger().isPaid(externalId)).as("the host booked it all the same").isTrue();

        AgencyOutcome advice = call("postpaid-advice", payment(bill, externalId));
        assertThat(advice.kind()).as(String.valueOf(advice.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(advice.result().path("status").asText()).isEqualTo("PAID");
        AgencyOutcome reversed = call("postpaid-reversal", payment(bill, externalId));
        assertThat(reversed.kind()).as(String.valueOf(reversed.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(pln.ledger().unpaidBills(idpel)).isEqualTo(1);
        AgencyOutcome adviceAfter = call("postpaid-advice", payment(bill, externalId));
        assertThat(adviceAfter.kind()).isEqualTo(AgencyOutcome.Kind.NOT_FOUND);
    }

    @Test
    void theChannelSignsOnAgainAfterTheHostDroppedItsConnections() {
        assertThat(counter.post(INQUIRY, inquiryBody(BUDI, BUDI_IDPEL)).status()).isEqualTo(200);

        pln.dropConnections();

        // A call racing the drop may still write to the dead connection (a 503, as in production);
        // the one after it must reconnect, sign on and succeed.
        Answer after = counter.post(INQUIRY, inquiryBody(BUDI, BUDI_IDPEL));
        if (after.status() == 503) {
            after = counter.post(INQUIRY, inquiryBody(BUDI, BUDI_IDPEL));
        }
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().path("result").path("totalAmount").asLong()).isEqualTo(414_850);
    }

    @Test
    void theThreeApplicationsAreCompletedWithPlnsAgendaNumberAndSentOnce() {
        for (String service : new String[] {"new-connection", "power-upgrade", "complaint"}) {
            JsonNode example = example(service);
            int before = pln.applications().registered();
            Answer accepted = counter.post("/api/v1/agencies/pln/services/" + service, example.toString());
            assertThat(accepted.status()).as(service + ": " + accepted.body()).isEqualTo(202);
            String id = accepted.json().path("requestId").asText();

            Answer done = counter.await(accepted.header("Location"),
                    r -> r.json().path("status").asText().matches("COMPLETED|REJECTED|FAILED"), Duration.ofSeconds(20));

            assertThat(done.json().path("status").asText()).as(service + ": " + done.body()).isEqualTo("COMPLETED");
            assertThat(done.json().path("agencyReference").asText()).matches("54310[0-9]{11}");
            assertThat(done.json().path("result").path("registrationNumber").asText())
                    .isEqualTo(done.json().path("agencyReference").asText());
            Canonical.assertValid("application-result.schema.json", done.json().path("result"));
            assertThat(pln.applications().callsFor(id)).isEqualTo(1);
            assertThat(pln.applications().registered()).isGreaterThanOrEqualTo(before + 1);
        }
    }

    @Test
    void aPowerUpgradeWithArrearsEndsRejectedWithPlnsReason() {
        String body = """
                {"citizen":{"nik":"%s"},"data":{"customerId":"%s","currentPowerVA":1300,"newPowerVA":2200,
                 "product":"postpaid","phone":"081312345678"}}""".formatted(BUDI, BUDI_IDPEL);

        Answer accepted = counter.post("/api/v1/agencies/pln/services/power-upgrade", body);
        assertThat(accepted.status()).isEqualTo(202);
        Answer done = counter.await(accepted.header("Location"),
                r -> r.json().path("status").asText().matches("COMPLETED|REJECTED|FAILED"), Duration.ofSeconds(20));

        assertThat(done.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText()).isEqualTo("Masih ada tunggakan 1 lembar tagihan listrik");
    }

    /** The hub configured with a terminal id PLN never registered: its 0034 is a 502 naming PLN. */
    @Nested
    @TestPropertySource(properties = {
            "mpp.agency.pln.terminal-id=MPPTNG-LOKET-999",
            "mpp.data-dir=./target/it-data/${mpp.test.run:local}/pln-wrong-terminal"
    })
    class WithATerminalIdPlnDoesNotKnow {

        /** This context's own port: the enclosing instance's client talks to the shared context. */
        @LocalServerPort
        int ownPort;

        @Test
        void theRefusedSignOnIsA502NamingPln() {
            Answer a = new HubClient(ownPort, HubClient.COUNTER_MPP_KEY).post(INQUIRY, inquiryBody(BUDI, BUDI_IDPEL));

            assertThat(a.status()).as(a.body()).isEqualTo(502);
            assertThat(a.json().path("type").asText()).endsWith("/agency-error");
            assertThat(a.json().path("agency").asText()).isEqualTo("pln");
            assertThat(a.json().path("detail").asText()).contains("PLN").contains("0034")
                    .contains("TERMINAL TIDAK TERDAFTAR").doesNotContain("MPPTNG-LOKET-999");
        }
    }

    private static String inquiryBody(String nik, String idpel) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"customerId\":\"" + idpel + "\"}}";
    }

    /** The bill as the counter API answers it. */
    private JsonNode inquiry(String idpel) {
        Answer a = counter.post(INQUIRY, inquiryBody(BUDI, idpel));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("result");
    }

    /** The envelope the payment flow gives the payment primitives. */
    private ObjectNode payment(JsonNode bill, String externalId) {
        ObjectNode payload = HubClient.parse("{\"citizen\":{\"nik\":\"" + BUDI + "\"}}").deepCopy();
        payload.putObject("data")
                .put("customerId", bill.path("customerId").asText())
                .put("amount", bill.path("totalAmount").asLong())
                .put("billCount", bill.path("items").size())
                .put("billReference", bill.path("billReference").asText())
                .put("externalId", externalId);
        Connector connector = connectors.find("pln").orElseThrow();
        return envelopes.build(connector, UUID.randomUUID().toString(), payload, "payment-flow-test", "mpp-tangerang");
    }

    private AgencyOutcome call(String operation, ObjectNode envelope) {
        return routes.requestBody("direct:call-pln-" + operation, envelope.toString(), AgencyOutcome.class);
    }

    private JsonNode example(String service) {
        for (JsonNode s : counter.get("/api/v1/agencies/pln/services").json().path("services")) {
            if (s.path("id").asText().equals(service)) {
                return s.path("example");
            }
        }
        throw new AssertionError("no service " + service);
    }

    /**
     * The postpaid-pay call route as the connector makes it (template agency-call, kamelet
     * iso8583, the same mappings and host), with a 1.5 s time limit instead of PLN's 35 s.
     */
    private String quickPaymentRoute() {
        String id = "call-pln-postpaid-pay-quick";
        if (camel.getRoute(id) == null) {
            try {
                camel.addRouteFromTemplate(id, "agency-call", Map.of(
                        "slug", "pln",
                        "service", "postpaid-pay-quick",
                        "agencyName", "PLN",
                        "callHeaders", "{}",
                        "kameletUri", "kamelet:iso8583?endpoint=RAW(" + environment.getProperty("mpp.agency.pln.url")
                                + ")&requestMapping=RAW(classpath:mappings/pln/postpaid-pay.request.jsonata)"
                                + "&responseMapping=RAW(classpath:mappings/pln/postpaid-pay.response.jsonata)"
                                + "&timeoutMs=1500&operation=RAW(2200)"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return "direct:" + id;
    }
}
