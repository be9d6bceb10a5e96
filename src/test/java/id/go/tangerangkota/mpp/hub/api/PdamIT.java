package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.pdam.Customer;
import id.go.tangerangkota.mpp.hub.sandbox.pdam.PdamBackend;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PDAM Tirta Benteng end to end: the counter API, the rest-xml kamelet (XSLT 3 mappings, HTTP
 * Basic), and the simulated billing and customer-service API over its socket; the bill-pay payment
 * primitive at route level, on {@code direct:call-pdam-bill-pay}, over the same socket.
 */
class PdamIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/pdam/services/";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final String HENDRA = "3671092709650005";
    private static final String RINA = "3671116304880006";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    ProducerTemplate producer;

    private PdamBackend backend() {
        return sandbox.backend("pdam", PdamBackend.class);
    }

    @Test
    void budisBillIsTheCanonicalBillOfOctober() {
        Answer a = counter.post(SERVICES + "bill-inquiry", citizenBody(BUDI, "{\"customerId\":\"0501012873\"}"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode bill = a.json().path("result");
        Canonical.assertValid("bill.schema.json", bill);
        assertThat(bill.path("biller").asText()).isEqualTo("pdam");
        assertThat(bill.path("customerName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(bill.path("status").asText()).isEqualTo("UNPAID");
        assertThat(bill.path("totalAmount").asLong()).isEqualTo(187_500L);
        assertThat(bill.path("tariff").asText()).isEqualTo("R2");
        assertThat(bill.path("items")).hasSize(1);
        assertThat(bill.path("items").get(0).path("period").asText()).isEqualTo("2026-10");
        assertThat(bill.path("items").get(0).path("usage").asInt()).isEqualTo(24);
        assertThat(bill.path("items").get(0).path("dueDate").asText()).isEqualTo("2026-11-25");
    }

    @Test
    void arrearsListEveryMonthWithPenaltiesAndOneMonthCanBeAsked() {
        Answer all = counter.post(SERVICES + "bill-inquiry", citizenBody(HENDRA, "{\"customerId\":\"0903007781\"}"));
        Answer august = counter.post(SERVICES + "bill-inquiry",
                citizenBody(HENDRA, "{\"customerId\":\"0903007781\",\"period\":\"202608\"}"));

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        Canonical.assertValid("bill.schema.json", all.json().path("result"));
        assertThat(all.json().path("result").path("items").findValuesAsText("period"))
                .containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(all.json().path("result").path("items").get(0).path("penalty").asLong()).isEqualTo(20_000L);
        assertThat(august.json().path("result").path("totalAmount").asLong()).isEqualTo(299_750L);
    }

    @Test
    void aPaidUpCustomerIsPaidAndAnUnknownOneIs404() {
        Answer paid = counter.post(SERVICES + "bill-inquiry", citizenBody(RINA, "{\"customerId\":\"1101004562\"}"));
        Answer unknown = counter.post(SERVICES + "bill-inquiry", citizenBody(RINA, "{\"customerId\":\"9999999999\"}"));

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        Canonical.assertValid("bill.schema.json", paid.json().path("result"));
        assertThat(paid.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(paid.json().path("result").path("totalAmount").asLong()).isZero();
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("agency").asText()).isEqualTo("pdam");
        assertThat(unknown.json().path("detail").asText()).contains("ID PELANGGAN TIDAK DITEMUKAN");
    }

    @Test
    void aWaterBillIsPaidThroughTheCounterAndNotifiedToPdamOnce() {
        var customer = backend().customers().all().stream()
                .filter(c -> !c.custId().equals("0501012873") && backend().customers().unpaid(c).size() == 1)
                .findFirst().orElseThrow();
        long total = counter.post(SERVICES + "bill-inquiry", citizenBody(customer.nik(),
                "{\"customerId\":\"" + customer.custId() + "\"}")).json().path("result").path("totalAmount").asLong();

        Answer paid = counter.post(SERVICES + "bill-payment",
                citizenBody(customer.nik(), "{\"customerId\":\"" + customer.custId() + "\",\"amount\":" + total + "}"));

        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().path("result").path("status").asText()).isEqualTo("PAID");
        assertThat(paid.json().path("result").path("billerReference").asText()).isNotBlank();
        assertThat(backend().customers().unpaid(customer)).isEmpty();
    }

    @Test
    void newConnectionCompletesWithTheSurveyAndCarriesTheRequestIdAsNoRef() {
        long before = backend().applications().received("SAMBUNGAN_BARU");
        Answer accepted = counter.post(SERVICES + "new-connection", citizenBody(SITI, """
                {"address":"Jl. Melati Raya No. 23, RT 003/RW 005","kelurahan":"Kenanga","kecamatan":"Cipondoh",
                 "tariffClass":"R1","buildingUse":"house","ownership":"tenant","nearestCustomerId":"0501012873",
                 "phone":"081212345678"}"""));
        String id = accepted.json().path("requestId").asText();

        Answer done = counter.awaitFinal(accepted);

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        JsonNode result = done.json().path("result");
        Canonical.assertValid("application-result.schema.json", result);
        assertThat(result.path("documentType").asText()).isEqualTo("SAMBUNGAN_BARU");
        assertThat(result.path("message").asText()).contains("MENUNGGU SURVEI");
        assertThat(done.json().path("agencyReference").asText()).matches("SB-\\d{6}-\\d{6}");
        assertThat(backend().applications().registered(id)).isTrue();
        assertThat(backend().applications().callsFor(id)).isEqualTo(1);
        assertThat(backend().applications().received("SAMBUNGAN_BARU")).isEqualTo(before + 1);
    }

    @Test
    void aKelurahanOfAnotherKecamatanEndsRejectedWithTheAgencysReason() {
        Answer done = counter.awaitFinal(counter.post(SERVICES + "new-connection", citizenBody(SITI, """
                {"address":"Jl. Melati Raya No. 23, RT 003/RW 005","kelurahan":"Kenanga","kecamatan":"Karawaci",
                 "tariffClass":"R1","buildingUse":"house","ownership":"owner","phone":"081212345678"}""")));

        assertThat(done.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(done.json().path("reason").asText()).isEqualTo("KELURAHAN TIDAK SESUAI KECAMATAN");
    }

    @Test
    void capacityUpgradeCompletesForAPaidUpOwnerAndIsRejectedWithArrears() {
        Customer paidUp = backend().customers().all().stream().skip(4)
                .filter(c -> c.pipeSize().equals("1/2") && backend().customers().unpaid(c).isEmpty())
                .findFirst().orElseThrow();
        String upgrade = """
                {"customerId":"%s","change":"capacity","currentPipeSize":"1/2","newPipeSize":"1","phone":"081212345678"}""";

        Answer done = counter.awaitFinal(counter.post(SERVICES + "capacity-upgrade",
                citizenBody(paidUp.nik(), upgrade.formatted(paidUp.custId()))));
        Answer arrears = counter.awaitFinal(counter.post(SERVICES + "capacity-upgrade", citizenBody(HENDRA, """
                {"customerId":"0903007781","change":"both","currentPipeSize":"3/4","newPipeSize":"1",
                 "newTariffClass":"N1","phone":"081212345678"}""")));

        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        Canonical.assertValid("application-result.schema.json", done.json().path("result"));
        assertThat(done.json().path("result").path("documentType").asText()).isEqualTo("PENAMBAHAN_KAPASITAS");
        assertThat(arrears.json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(arrears.json().path("reason").asText()).isEqualTo("MASIH ADA TUNGGAKAN REKENING AIR");
    }

    @Test
    void billPayPaysOnceAnswersARepeatWithTheSameReceiptAndRefusesAPaidBill() {
        Customer customer = backend().customers().all().stream().skip(4)
                .filter(c -> backend().customers().unpaid(c).size() == 1).skip(20).findFirst().orElseThrow();
        long amount = backend().customers().unpaid(customer).get(0).total();
        String data = """
                {"customerId":"%s","amount":%d,"periods":["202610"],"bankReference":"BJB-%s"}"""
                .formatted(customer.custId(), amount, UUID.randomUUID());
        String externalId = UUID.randomUUID().toString();
        ObjectNode payment = agencyRoutes.envelope("pdam", externalId, customer.nik(), data);
        int before = backend().payments().received();

        AgencyOutcome paid = agencyRoutes.outcome("direct:call-pdam-bill-pay", payment);
        AgencyOutcome repeat = agencyRoutes.outcome("direct:call-pdam-bill-pay", payment);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-pdam-bill-pay", agencyRoutes.envelope("pdam", UUID.randomUUID().toString(), customer.nik(), data));

        assertThat(paid.kind()).as(String.valueOf(paid.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        Canonical.assertValid("payment.schema.json", paid.result());
        assertThat(paid.result().path("status").asText()).isEqualTo("PAID");
        assertThat(paid.result().path("externalId").asText()).isEqualTo(externalId);
        assertThat(paid.result().path("amount").asLong()).isEqualTo(amount);
        assertThat(paid.result().path("billerReference").asText()).matches("TB\\d{12}")
                .isEqualTo(paid.agencyReference());
        assertThat(paid.result().path("receiptText").asText()).contains(customer.custId());
        assertThat(repeat.kind()).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(repeat.result()).isEqualTo(paid.result());
        assertThat(again.kind()).isEqualTo(AgencyOutcome.Kind.REJECTED);
        assertThat(again.reason()).isEqualTo("TAGIHAN SUDAH LUNAS");
        assertThat(backend().payments().received()).isEqualTo(before + 1);
        assertThat(backend().payments().callsFor(externalId)).isEqualTo(2);
        assertThat(backend().customers().unpaid(customer)).isEmpty();
    }

    @Test
    void theSameApplicationSentTwiceOnItsRouteRegistersOnce() {
        String requestId = UUID.randomUUID().toString();
        ObjectNode application = agencyRoutes.envelope("pdam", requestId, RINA, """
                {"customerId":"1101004562","change":"tariff-class","newTariffClass":"N2","phone":"087812345670"}""");
        int before = backend().applications().received();

        AgencyOutcome first = agencyRoutes.outcome("direct:call-pdam-capacity-upgrade", application);
        AgencyOutcome again = agencyRoutes.outcome("direct:call-pdam-capacity-upgrade", application);

        assertThat(first.kind()).as(String.valueOf(first.reason())).isEqualTo(AgencyOutcome.Kind.OK);
        assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
        assertThat(backend().applications().received()).isEqualTo(before + 1);
        assertThat(backend().applications().callsFor(requestId)).isEqualTo(2);
    }

    @Test
    void anAgencyAnswerWithADoctypeIsRefusedAsAnAgencyErrorAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE response [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<response><status>14</status><message>&x;</message></response>").getBytes(StandardCharsets.UTF_8);
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, xxe.length);
            exchange.getResponseBody().write(xxe);
            exchange.close();
        });
        evil.start();
        try {
            ObjectNode envelope = agencyRoutes.envelope("pdam", UUID.randomUUID().toString(), BUDI, "{\"customerId\":\"0501012873\"}");
            Exchange done = producer.send("kamelet:rest-xml?endpoint=RAW(http://127.0.0.1:" + evil.getAddress().getPort()
                    + ")&method=POST&path=/tagihan/inquiry"
                    + "&requestMapping=RAW(classpath:mappings/pdam/bill-inquiry.request.xsl)"
                    + "&responseMapping=RAW(classpath:mappings/pdam/bill-inquiry.response.xsl)&timeoutMs=5000", e -> {
                        e.setProperty(FlowKeys.AGENCY, "pdam");
                        e.setProperty(FlowKeys.AGENCY_NAME, "PDAM Tirta Benteng");
                        e.setProperty(FlowKeys.ENVELOPE, envelope);
                        e.getMessage().setBody(envelope.toString());
                    });

            assertThat(done.getException()).isInstanceOf(HubProblem.class);
            HubProblem problem = (HubProblem) done.getException();
            assertThat(problem.type()).isEqualTo(ProblemType.AGENCY_ERROR);
            assertThat(problem.extensions()).containsEntry("agency", "pdam");
            assertThat(problem.getMessage()).contains("DTD").doesNotContain("TOP-SECRET-CONTENT");
        } finally {
            evil.stop(0);
        }
    }
}
