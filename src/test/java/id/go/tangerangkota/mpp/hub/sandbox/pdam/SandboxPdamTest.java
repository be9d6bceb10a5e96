package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Tirta Benteng back end over a real socket: Basic authentication, safe XML
 * parsing, bills as other PDAMs give them, payments deduplicated on no_ref, and the two
 * applications with their refusals. Each test uses its own customers, so their order does not
 * matter.
 */
class SandboxPdamTest {

    private static final String BUDI_CUSTOMER = "0501012873";
    private static final String RINA = "3671116304880006";
    private static final String RINA_CUSTOMER = "1101004562";
    private static final String HENDRA = "3671092709650005";
    private static final String HENDRA_CUSTOMER = "0903007781";
    private static final String AHMAD = "3671071506780003";

    private static SandboxServer server;
    private static PdamTestClient client;
    private static PdamBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new PdamTestClient(server);
        backend = server.backend("pdam", PdamBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongPasswordOrNoAuthenticationIsStatus41WithAChallenge() throws Exception {
        String body = "<request><cust_id>" + BUDI_CUSTOMER + "</cust_id></request>";
        for (String authorization : new String[] {PdamTestClient.basic("loket-mpp", "salah"),
                PdamTestClient.basic("other", PdamTestClient.PASSWORD), null, "Basic !!!", "Bearer x"}) {
            HttpResponse<String> r = client.send("POST", "/tagihan/inquiry", body, "application/xml", authorization);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            PdamTestClient.Answer a = PdamTestClient.Answer.of(r.body());
            assertThat(a.status()).isEqualTo("41");
            assertThat(a.message()).isEqualTo("USER ATAU PASSWORD SALAH");
        }
    }

    @Test
    void malformedXmlAndDoctypesAreRefusedNeverExpanded() throws Exception {
        String auth = PdamTestClient.basic(PdamTestClient.USERNAME, PdamTestClient.PASSWORD);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE request [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<request><cust_id>&x;</cust_id></request>";
        for (String body : new String[] {xxe, "<request><cust_id>1</request>", "not xml", "<other/>"}) {
            HttpResponse<String> r = client.send("POST", "/tagihan/inquiry", body, "application/xml", auth);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(PdamTestClient.Answer.of(r.body()).status()).isEqualTo("30");
        }
        assertThat(client.send("GET", "/tagihan/inquiry", null, null, auth).statusCode()).isEqualTo(405);
        assertThat(client.send("POST", "/tagihan/inquiry", "{}", "application/json", auth).statusCode()).isEqualTo(415);
        assertThat(client.send("POST", "/tagihan/hapus", "<request/>", "application/xml", auth).statusCode()).isEqualTo(404);
        assertThat(client.send("POST", "/tagihan/inquiry", "<request><x>" + "a".repeat(70_000) + "</x></request>",
                "application/xml", auth).statusCode()).isEqualTo(413);
        assertThat(client.call("/tagihan/inquiry", "<request/>").status()).isEqualTo("31");
        assertThat(client.call("/tagihan/inquiry", "<request><cust_id>12</cust_id></request>").status()).isEqualTo("32");
    }

    @Test
    void budisOctoberBillHasEveryFieldAndTotals187500() throws Exception {
        PdamTestClient.Answer a = client.call("/tagihan/inquiry",
                "<request><cust_id>" + BUDI_CUSTOMER + "</cust_id></request>");

        assertThat(a.status()).isEqualTo("00");
        assertThat(a.text("nama")).isEqualTo("BUDI SANTOSO");
        assertThat(a.text("gol")).isEqualTo("R2");
        assertThat(a.count("tagihan")).isEqualTo(1);
        assertThat(a.text("blth")).isEqualTo("202610");
        assertThat(a.text("pakai")).isEqualTo("24");
        for (String field : List.of("cust_id", "nama", "alamat", "gol", "blth", "stand_lalu", "stand_kini", "pakai",
                "harga_air", "abodemen", "materai", "limbah", "retribusi", "denda", "beban_tetap", "biaya_meter",
                "admin", "total")) {
            assertThat(a.text(field)).as(field).isNotNull();
        }
        long sum = 0;
        for (String charge : List.of("harga_air", "abodemen", "materai", "limbah", "retribusi", "denda", "beban_tetap",
                "biaya_meter", "admin")) {
            sum += Long.parseLong(a.text(charge));
        }
        assertThat(sum).isEqualTo(187_500L);
        assertThat(a.text("total")).isEqualTo("187500");
        assertThat(a.text("total_tagihan")).isEqualTo("187500");
    }

    @Test
    void arrearsCarryPenaltiesAPaidCustomerIs88AndAnUnknownOneIs14() throws Exception {
        PdamTestClient.Answer hendra = client.call("/tagihan/inquiry",
                "<request><cust_id>" + HENDRA_CUSTOMER + "</cust_id></request>");
        PdamTestClient.Answer august = client.call("/tagihan/inquiry",
                "<request><cust_id>" + HENDRA_CUSTOMER + "</cust_id><blth>202608</blth></request>");
        PdamTestClient.Answer rina = client.call("/tagihan/inquiry",
                "<request><cust_id>" + RINA_CUSTOMER + "</cust_id></request>");
        PdamTestClient.Answer future = client.call("/tagihan/inquiry",
                "<request><cust_id>" + RINA_CUSTOMER + "</cust_id><blth>202701</blth></request>");
        PdamTestClient.Answer unknown = client.call("/tagihan/inquiry", "<request><cust_id>9999999999</cust_id></request>");

        assertThat(hendra.count("tagihan")).isEqualTo(3);
        assertThat(hendra.text("denda")).isEqualTo("20000");
        assertThat(august.count("tagihan")).isEqualTo(1);
        assertThat(august.text("total_tagihan")).isEqualTo("299750");
        assertThat(rina.status()).isEqualTo("88");
        assertThat(rina.text("nama")).isEqualTo("RINA MARLINA");
        assertThat(future.status()).isEqualTo("89");
        assertThat(unknown.status()).isEqualTo("14");
        assertThat(backend.customers().all().size()).isGreaterThan(80);
    }

    @Test
    void aPaymentIsRecordedOnceAndABillPaidTwiceIsAlreadyPaid() throws Exception {
        var customer = oneMonthOnly(0);
        String month = "202610";
        long amount = customer.bills().get(customer.bills().size() - 1).total();
        String pay = payment("PDAM-T-PAY-1", customer.custId(), month, amount);

        PdamTestClient.Answer first = client.call("/tagihan/bayar", pay);
        PdamTestClient.Answer repeat = client.call("/tagihan/bayar", pay);
        PdamTestClient.Answer other = client.call("/tagihan/bayar", payment("PDAM-T-PAY-2", customer.custId(), month, amount));
        PdamTestClient.Answer inquiry = client.call("/tagihan/inquiry", "<request><cust_id>" + customer.custId()
                + "</cust_id></request>");

        assertThat(first.status()).as(first.xml()).isEqualTo("00");
        assertThat(first.text("no_resi")).matches("TB\\d{12}");
        assertThat(first.text("struk")).contains(customer.custId());
        assertThat(repeat.xml()).isEqualTo(first.xml());
        assertThat(other.status()).isEqualTo("88");
        assertThat(inquiry.status()).isEqualTo("88");
        assertThat(backend.payments().registered("PDAM-T-PAY-1")).isTrue();
        assertThat(backend.payments().callsFor("PDAM-T-PAY-1")).isEqualTo(2);
        assertThat(backend.payments().registered("PDAM-T-PAY-2")).isFalse();
    }

    @Test
    void paymentRefusalsUseTheBillersCodes() throws Exception {
        var customer = oneMonthOnly(1);
        long amount = customer.bills().get(customer.bills().size() - 1).total();
        client.call("/tagihan/bayar", payment("PDAM-T-PAY-R0", customer.custId(), "202610", amount));

        assertThat(client.call("/tagihan/bayar", payment("PDAM-T-PAY-R1", HENDRA_CUSTOMER, "202610", 262_300)).status())
                .as("October before August and September").isEqualTo("17");
        assertThat(client.call("/tagihan/bayar", payment("PDAM-T-PAY-R2", HENDRA_CUSTOMER, null, 1_000)).status())
                .isEqualTo("13");
        assertThat(client.call("/tagihan/bayar", payment("PDAM-T-PAY-R3", "9999999999", null, 1_000)).status())
                .isEqualTo("14");
        assertThat(client.call("/tagihan/bayar", payment("PDAM-T-PAY-R4", HENDRA_CUSTOMER, "202701", 1_000)).status())
                .isEqualTo("89");
        assertThat(client.call("/tagihan/bayar", payment("PDAM-T-PAY-R0", HENDRA_CUSTOMER, null, 869_250)).status())
                .as("a reference used for another payment").isEqualTo("94");
        assertThat(backend.customers().unpaid(backend.customers().byId(HENDRA_CUSTOMER).orElseThrow())).hasSize(3);
    }

    @Test
    void newConnectionChecksTheRegisterAndTheKelurahanAndDeduplicates() throws Exception {
        String ok = connection("PDAM-T-SB-1", AHMAD, "BOJONG JAYA", "KARAWACI");
        long before = backend.applications().received("SAMBUNGAN_BARU");

        PdamTestClient.Answer first = client.call("/layanan/sambungan-baru", ok);
        PdamTestClient.Answer repeat = client.call("/layanan/sambungan-baru", ok);

        assertThat(first.status()).as(first.xml()).isEqualTo("00");
        assertThat(first.text("no_registrasi")).matches("SB-\\d{6}-\\d{6}");
        assertThat(first.text("status_permohonan")).isEqualTo("MENUNGGU SURVEI");
        assertThat(repeat.xml()).isEqualTo(first.xml());
        assertThat(backend.applications().received("SAMBUNGAN_BARU")).isEqualTo(before + 1);
        assertThat(client.call("/layanan/sambungan-baru", connection("PDAM-T-SB-2", AHMAD, "KENANGA", "KARAWACI"))
                .status()).isEqualTo("58");
        assertThat(client.call("/layanan/sambungan-baru", connection("PDAM-T-SB-3", "3671061010909999", "BOJONG JAYA",
                "KARAWACI")).status()).isEqualTo("57");
        assertThat(client.call("/layanan/sambungan-baru", connection("PDAM-T-SB-4", AHMAD, "BOJONG JAYA", "SERPONG"))
                .status()).isEqualTo("32");
    }

    @Test
    void capacityUpgradeNeedsTheOwnerNoArrearsTheRecordedPipeAndALargerOne() throws Exception {
        PdamTestClient.Answer rina = client.call("/layanan/penambahan-kapasitas",
                upgrade("PDAM-T-PK-1", RINA, RINA_CUSTOMER, "KAPASITAS_DAN_GOLONGAN", "1/2", "3/4", "N1"));

        assertThat(rina.status()).as(rina.xml()).isEqualTo("00");
        assertThat(rina.text("jenis")).isEqualTo("PENAMBAHAN_KAPASITAS");
        assertThat(code(upgrade("PDAM-T-PK-2", HENDRA, RINA_CUSTOMER, "KAPASITAS", "1/2", "3/4", null))).isEqualTo("52");
        assertThat(code(upgrade("PDAM-T-PK-3", HENDRA, HENDRA_CUSTOMER, "KAPASITAS", "3/4", "1", null))).isEqualTo("53");
        assertThat(code(upgrade("PDAM-T-PK-4", RINA, RINA_CUSTOMER, "KAPASITAS", "3/4", "1", null))).isEqualTo("54");
        assertThat(code(upgrade("PDAM-T-PK-5", RINA, RINA_CUSTOMER, "KAPASITAS", "1/2", "1/2", null))).isEqualTo("55");
        assertThat(code(upgrade("PDAM-T-PK-6", RINA, RINA_CUSTOMER, "GOLONGAN", null, null, "R2"))).isEqualTo("56");
        assertThat(code(upgrade("PDAM-T-PK-7", RINA, "9999999999", "GOLONGAN", null, null, "N1"))).isEqualTo("14");
    }

    @Test
    void theTestDataSectionListsCustomersByStanding() throws Exception {
        var body = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.baseUrl() + "/test-data")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var section = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("pdam");

        assertThat(section.path("showcase").findValuesAsText("custId")).contains(BUDI_CUSTOMER, RINA_CUSTOMER);
        assertThat(section.path("currentMonthOnly").size()).isPositive();
        assertThat(section.path("withArrears").size()).isPositive();
        assertThat(section.path("fullyPaid").size()).isPositive();
    }

    /** A generated customer with only October unpaid; {@code index} keeps tests apart. */
    private static Customer oneMonthOnly(int index) {
        return backend.customers().all().stream().skip(4)
                .filter(c -> backend.customers().unpaid(c).size() == 1)
                .skip(10 + index).findFirst().orElseThrow();
    }

    private static String code(String xml) throws Exception {
        return client.call("/layanan/penambahan-kapasitas", xml).status();
    }

    private static String payment(String ref, String custId, String month, long amount) {
        return "<request><no_ref>" + ref + "</no_ref><cust_id>" + custId + "</cust_id>"
                + (month == null ? "" : "<blth_list><blth>" + month + "</blth></blth_list>")
                + "<jumlah_bayar>" + amount + "</jumlah_bayar><ref_bank>BANK-" + ref + "</ref_bank></request>";
    }

    private static String connection(String ref, String nik, String kelurahan, String kecamatan) {
        return "<request><no_ref>" + ref + "</no_ref><nik>" + nik + "</nik><alamat>JL. BOJONG JAYA RAYA NO. 27</alamat>"
                + "<kelurahan>" + kelurahan + "</kelurahan><kecamatan>" + kecamatan + "</kecamatan>"
                + "<gol_diminta>R2</gol_diminta><peruntukan>RUMAH_TINGGAL</peruntukan>"
                + "<status_bangunan>MILIK_SENDIRI</status_bangunan><no_hp>081398765432</no_hp></request>";
    }

    private static String upgrade(String ref, String nik, String custId, String change, String from, String to,
            String gol) {
        return "<request><no_ref>" + ref + "</no_ref><nik>" + nik + "</nik><cust_id>" + custId + "</cust_id>"
                + "<jenis_perubahan>" + change + "</jenis_perubahan>"
                + (from == null ? "" : "<ukuran_pipa_lama>" + from + "</ukuran_pipa_lama>")
                + (to == null ? "" : "<ukuran_pipa_baru>" + to + "</ukuran_pipa_baru>")
                + (gol == null ? "" : "<gol_baru>" + gol + "</gol_baru>")
                + "<no_hp>087812345670</no_hp></request>";
    }
}
