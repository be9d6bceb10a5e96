package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three operations of the Samsat host with the showcase vehicles and generated ones from
 * {@code GET /test-data}: the notice, the annual endorsement and the bank's payment, each with its
 * own codes and each deduplicated on the caller's id.
 */
class SandboxSamsatServicesTest {

    private static final String BUDI = "3671011203850001";
    private static final String RINA = "3671116304880006";
    private static final String RINA_PLATE = "B 4721 VKL";
    private static final String RINA_CHASSIS = "MH1JM8115MK123456";
    private static final String RINA_NTPD = "B5D2C8A91F3E0746";
    private static SandboxServer server;
    private static SamsatSoapClient client;
    private static SamsatBackend samsat;
    private static JsonNode testData;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new SamsatSoapClient(server);
        samsat = server.backend("samsat", SamsatBackend.class);
        testData = new ObjectMapper().readTree(client.get("/test-data").body()).path("samsat");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SamsatSoapClient.Answer call(String operation, String payload) throws Exception {
        SamsatSoapClient.Answer a = client.send(new SamsatSoapClient.Call(operation, payload));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    @Test
    void budisNoticeIsUnpaidWithComponentsAddingUpToTheTotal() throws Exception {
        SamsatSoapClient.Answer a = call("InquiryPKB", SamsatSoapClient.inquiry("B 1234 CVA", BUDI));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(a.text("kodeRespon")).isEqualTo("00");
        assertThat(a.text("namaPemilik")).isEqualTo("BUDI SANTOSO");
        assertThat(a.text("statusPkb")).isEqualTo("BELUM_BAYAR");
        assertThat(a.text("kodeBayar")).isEqualTo("3671261122004512");
        assertThat(a.text("ntpd")).isNull();
        assertThat(a.text("tanggalJatuhTempoPkb")).isEqualTo(today.plusDays(12).toString());
        assertThat(a.text("tanggalJatuhTempoStnk")).isEqualTo(today.plusDays(12).plusYears(3).toString());
        assertThat(a.text("pkbPokok")).isEqualTo("1650000");
        assertThat(a.text("opsenPkbPokok")).isEqualTo("1089000");
        assertThat(a.text("swdklljPokok")).isEqualTo("143000");
        assertThat(a.text("pkbDenda")).isEqualTo("0");
        assertThat(a.text("total")).isEqualTo("2882000");
    }

    @Test
    void theOwnersNameIsMaskedForAnyoneElse() throws Exception {
        SamsatSoapClient.Answer a = call("InquiryPKB", SamsatSoapClient.inquiry("B 1234 CVA", RINA));

        assertThat(a.text("namaPemilik")).isEqualTo("B*** S******");
    }

    @Test
    void arrearsCarryFinesOnPkbOpsenAndSwdkllj() throws Exception {
        SamsatSoapClient.Answer a = call("InquiryPKB", SamsatSoapClient.inquiry("B 2468 CPK", "3671071506780003"));

        // Two years owed, 75 days late: 3 and 15 months at 1% of 1.200.000.
        assertThat(a.text("pkbPokok")).isEqualTo("2400000");
        assertThat(a.text("pkbDenda")).isEqualTo("216000");
        assertThat(a.text("opsenPkbDenda")).isEqualTo("142560");
        assertThat(a.text("swdklljDenda")).isEqualTo("200000");
        long sum = 0;
        for (String part : new String[] {"pkbPokok", "opsenPkbPokok", "pkbDenda", "opsenPkbDenda", "swdklljPokok",
                "swdklljDenda", "pnbpStnk", "pnbpTnkb"}) {
            sum += Long.parseLong(a.text(part));
        }
        assertThat(Long.parseLong(a.text("total"))).isEqualTo(sum).isEqualTo(4_828_560);
    }

    @Test
    void unknownBlockedAndWrongChassisHaveTheirCodes() throws Exception {
        assertThat(call("InquiryPKB", SamsatSoapClient.inquiry("B 9999 CZZ", BUDI)).text("kodeRespon"))
                .isEqualTo("14");
        SamsatSoapClient.Answer blocked = call("InquiryPKB", SamsatSoapClient.inquiry("B 8080 VSP", BUDI));
        assertThat(blocked.text("kodeRespon")).isEqualTo("46");
        assertThat(blocked.text("pesanRespon")).isEqualTo("KENDARAAN DIBLOKIR: MUTASI KELUAR DAERAH");
        String wrongChassis = SamsatSoapClient.inquiry("B 1234 CVA", BUDI)
                .replace("<p:kodeKanal>", "<p:nomorRangka5>ZZZZZ</p:nomorRangka5><p:kodeKanal>");
        assertThat(call("InquiryPKB", wrongChassis).text("kodeRespon")).isEqualTo("43");
    }

    @Test
    void rinasRenewalIsEndorsedOnceWhateverTheRepeats() throws Exception {
        int applications = samsat.endorsements().applicationsReceived();
        String id = "0195a1b2-0000-7000-8000-00000000a001";

        SamsatSoapClient.Answer first = call("PengesahanSTNK",
                SamsatSoapClient.renewal(id, RINA_PLATE, RINA_CHASSIS, RINA_NTPD, RINA, true));
        SamsatSoapClient.Answer repeat = call("PengesahanSTNK",
                SamsatSoapClient.renewal(id, RINA_PLATE, RINA_CHASSIS, RINA_NTPD, RINA, true));
        SamsatSoapClient.Answer other = call("PengesahanSTNK", SamsatSoapClient.renewal(
                "0195a1b2-0000-7000-8000-00000000a002", RINA_PLATE, RINA_CHASSIS, RINA_NTPD, RINA, true));

        assertThat(first.text("kodeRespon")).isEqualTo("00");
        assertThat(first.text("nomorPengesahan")).startsWith("PGS.3671.");
        assertThat(first.text("berlakuSampai"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(9).plusYears(1).toString());
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(other.text("nomorPengesahan")).isEqualTo(first.text("nomorPengesahan"));
        assertThat(other.text("pesanRespon")).contains("SUDAH DISAHKAN");
        assertThat(samsat.endorsements().applicationsReceived()).isEqualTo(applications + 2);
        assertThat(samsat.endorsements().callsFor(id)).isEqualTo(2);
        assertThat(samsat.endorsements().endorsementFor(id)).isPresent();
    }

    @Test
    void renewalsAreRefusedWithTheHostsReasons() throws Exception {
        String wrongNtpd = SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000b001", RINA_PLATE, RINA_CHASSIS,
                "0000000000000000", RINA, true);
        String unpaid = SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000b002", "B 1234 CVA",
                "MHRRV5850MJ004512", RINA_NTPD, BUDI, true);
        String notOwner = SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000b003", RINA_PLATE, RINA_CHASSIS,
                RINA_NTPD, BUDI, true);
        String fiveYearly = SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000b004", "B 1965 CHW",
                "MMBGUKS10MH004321", RINA_NTPD, "3671092709650005", true);
        String wrongChassis = SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000b005", RINA_PLATE,
                "MH1JM8115MK999999", RINA_NTPD, RINA, true);

        assertThat(call("PengesahanSTNK", wrongNtpd).text("pesanRespon")).isEqualTo("NTPD TIDAK SESUAI");
        assertThat(call("PengesahanSTNK", unpaid).text("kodeRespon")).isEqualTo("42");
        assertThat(call("PengesahanSTNK", notOwner).text("kodeRespon")).isEqualTo("44");
        assertThat(call("PengesahanSTNK", fiveYearly).text("kodeRespon")).isEqualTo("45");
        assertThat(call("PengesahanSTNK", wrongChassis).text("kodeRespon")).isEqualTo("43");
        // A proxy (kuasa) applies with their own NIK.
        assertThat(call("PengesahanSTNK", SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000b006",
                RINA_PLATE, RINA_CHASSIS, RINA_NTPD, BUDI, false)).text("kodeRespon")).isEqualTo("00");
    }

    @Test
    void aPaymentSettlesOnceAndTheNoticeThenEndorses() throws Exception {
        JsonNode vehicle = testData.path("samples").path("unpaid").path(0);
        String code = vehicle.path("billingCode").asText();
        long total = vehicle.path("total").asLong();
        String id = "0195a1b2-0000-7000-8000-00000000c001";
        int settled = samsat.payments().paymentsReceived();

        SamsatSoapClient.Answer paid = call("BayarPKB", SamsatSoapClient.payment(id, code, total));
        SamsatSoapClient.Answer repeat = call("BayarPKB", SamsatSoapClient.payment(id, code, total));
        SamsatSoapClient.Answer otherBank = call("BayarPKB",
                SamsatSoapClient.payment("0195a1b2-0000-7000-8000-00000000c002", code, total));

        assertThat(paid.text("kodeRespon")).isEqualTo("00");
        String ntpd = paid.text("ntpd");
        assertThat(ntpd).matches("[A-Z0-9]{16}");
        assertThat(paid.text("tanggalBayar")).isEqualTo("2026-11-22T10:15:00+07:00");
        assertThat(repeat.body()).isEqualTo(paid.body());
        assertThat(otherBank.text("kodeRespon")).isEqualTo("88");
        assertThat(otherBank.text("ntpd")).isNull();
        assertThat(samsat.payments().paymentsReceived()).isEqualTo(settled + 1);
        assertThat(samsat.payments().callsFor(id)).isEqualTo(2);

        String plate = vehicle.path("plate").asText();
        String owner = vehicle.path("ownerNik").asText();
        SamsatSoapClient.Answer notice = call("InquiryPKB", SamsatSoapClient.inquiry(plate, owner));
        assertThat(notice.text("statusPkb")).isEqualTo("LUNAS");
        assertThat(notice.text("ntpd")).isEqualTo(ntpd);
        assertThat(call("PengesahanSTNK", SamsatSoapClient.renewal("0195a1b2-0000-7000-8000-00000000c003", plate,
                vehicle.path("chassisNumber").asText(), ntpd, owner, true)).text("kodeRespon")).isEqualTo("00");
    }

    @Test
    void wrongAmountUnknownCodeAndAReusedIdAreRefused() throws Exception {
        JsonNode vehicle = testData.path("samples").path("unpaid").path(1);
        String code = vehicle.path("billingCode").asText();
        long total = vehicle.path("total").asLong();

        assertThat(call("BayarPKB", SamsatSoapClient.payment("0195a1b2-0000-7000-8000-00000000d001", code,
                total - 1)).text("kodeRespon")).isEqualTo("13");
        assertThat(call("BayarPKB", SamsatSoapClient.payment("0195a1b2-0000-7000-8000-00000000d002",
                "3671000000000000", total)).text("kodeRespon")).isEqualTo("14");
        assertThat(call("BayarPKB", SamsatSoapClient.payment("0195a1b2-0000-7000-8000-00000000d003", code,
                total)).text("kodeRespon")).isEqualTo("00");
        JsonNode another = testData.path("samples").path("unpaid").path(2);
        assertThat(call("BayarPKB", SamsatSoapClient.payment("0195a1b2-0000-7000-8000-00000000d003",
                another.path("billingCode").asText(), another.path("total").asLong())).text("kodeRespon"))
                .isEqualTo("94");
    }

    @Test
    void testDataListsTheShowcaseVehiclesAndSamplesOfEachKind() {
        assertThat(testData.path("service").asText()).isEqualTo("/samsat/services/PkbService");
        JsonNode budi = testData.path("showcaseVehicles").path(0);
        assertThat(budi.path("plate").asText()).isEqualTo("B 1234 CVA");
        assertThat(budi.path("ownerNik").asText()).isEqualTo(BUDI);
        assertThat(budi.path("billingCode").asText()).isEqualTo("3671261122004512");
        assertThat(budi.path("total").asLong()).isEqualTo(2_882_000);
        JsonNode rina = testData.path("showcaseVehicles").path(1);
        assertThat(rina.path("chassisNumber").asText()).isEqualTo(RINA_CHASSIS);
        assertThat(rina.path("ntpd").asText()).isEqualTo(RINA_NTPD);
        for (String kind : new String[] {"unpaid", "arrears", "paid", "stnkReplacementDue", "blocked"}) {
            assertThat(testData.path("samples").path(kind)).as(kind).isNotEmpty();
        }
        assertThat(testData.path("samples").path("arrears").path(0).path("total").asLong()).isPositive();
        assertThat(testData.path("unknownPlate").asText()).isEqualTo("B 9999 CZZ");
    }

    @Test
    void theXxeTrapAnswersWithExternalEntities() throws Exception {
        SamsatSoapClient.Answer a = client.send(new SamsatSoapClient.Call("InquiryPKB",
                SamsatSoapClient.inquiry(XxeTrap.PLATE, BUDI)));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("<!DOCTYPE").contains("SYSTEM \"" + server.baseUrl() + "/samsat/xxe-probe");
        assertThat(samsat.xxeProbeHits()).isZero();
    }
}
