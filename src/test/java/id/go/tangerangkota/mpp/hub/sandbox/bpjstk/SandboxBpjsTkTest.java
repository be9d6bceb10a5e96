package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated BPJS Ketenagakerjaan gateway over a real socket: the API key, the shared checks,
 * the status look-ups, and each application with its refusals and its deduplication on
 * idPengajuan. Each test uses its own citizens, so the order of tests does not matter.
 */
class SandboxBpjsTkTest {

    private static final String BUDI = "3671011203850001";
    private static final String BUDI_KPJ = "15078342615";
    private static final String AHMAD = "3671071506780003";
    private static final String AHMAD_KPJ = "11053368427";
    private static final String DEWI = "3671134101000004";
    private static final String HENDRA = "3671092709650005";
    private static final String HENDRA_KPJ = "95031187204";
    private static final String RINA = "3671116304880006";

    private static SandboxServer server;
    private static BpjsTkTestClient client;
    private static BpjsTkBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new BpjsTkTestClient(server);
        backend = server.backend("bpjs-ketenagakerjaan", BpjsTkBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongOrMissingApiKeyIsRefusedWithKode40BeforeAnythingElse() throws Exception {
        String body = "{\"tipePencarian\":\"NIK\",\"nik\":\"" + BUDI + "\"}";
        for (String key : new String[] {"not-the-key", null, ""}) {
            HttpResponse<String> r = client.send("POST", "/peserta/status", body, "application/json", key);
            assertThat(r.statusCode()).isEqualTo(401);
            JsonNode answer = BpjsTkTestClient.JSON.readTree(r.body());
            assertThat(answer.path("kode").asText()).isEqualTo("40");
            assertThat(answer.path("pesan").asText()).isEqualTo("API Key tidak valid");
            assertThat(answer.path("data").isNull()).isTrue();
        }
    }

    @Test
    void protocolChecksAnswerTheGatewaysCodes() throws Exception {
        String key = BpjsTkTestClient.DEMO_KEY;
        assertThat(client.send("POST", "/peserta/hapus", "{}", "application/json", key).statusCode()).isEqualTo(404);
        assertThat(client.send("GET", "/peserta/status", null, null, key).statusCode()).isEqualTo(405);
        assertThat(client.send("POST", "/peserta/status", "nik=1", "text/plain", key).statusCode()).isEqualTo(415);
        HttpResponse<String> notJson = client.send("POST", "/peserta/status", "{\"nik\":", "application/json", key);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"kode\":\"10\"");
        HttpResponse<String> huge = client.send("POST", "/peserta/status", "{\"x\":\"" + "a".repeat(70_000) + "\"}",
                "application/json", key);
        assertThat(huge.statusCode()).isEqualTo(413);
        JsonNode incomplete = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "NIK"));
        assertThat(incomplete.path("kode").asText()).isEqualTo("10");
        assertThat(incomplete.path("pesan").asText()).isEqualTo("Parameter wajib tidak lengkap: nik");
    }

    @Test
    void statusByKpjGivesTheMembershipWithProgrammesAndTheJhtBalance() throws Exception {
        JsonNode a = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "KPJ", "nik", BUDI,
                "kpj", BUDI_KPJ));

        assertThat(a.path("kode").asText()).isEqualTo("00");
        JsonNode d = a.path("data");
        assertThat(d.path("kpj").asText()).isEqualTo(BUDI_KPJ);
        assertThat(d.path("statusKepesertaan").asText()).isEqualTo("AKTIF");
        assertThat(d.path("segmen").asText()).isEqualTo("PEKERJA PENERIMA UPAH");
        assertThat(d.path("tglLahir").asText()).isEqualTo("12-03-1985");
        assertThat(d.path("program").findValuesAsText("kodeProgram")).containsExactly("JHT", "JKK", "JKM", "JP");
        assertThat(d.path("program").get(0).path("saldo").asLong()).isEqualTo(64_318_750L);
        assertThat(d.path("program").get(1).has("saldo")).isFalse();
    }

    @Test
    void statusByNikGivesTheLatestMembershipOfSomeoneWhoLeftWork() throws Exception {
        JsonNode d = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "NIK", "nik", AHMAD))
                .path("data");

        assertThat(d.path("kpj").asText()).isEqualTo(AHMAD_KPJ);
        assertThat(d.path("statusKepesertaan").asText()).isEqualTo("NON AKTIF");
        assertThat(d.path("tglNonAktif").asText()).isEqualTo("30-09-2026");
        assertThat(d.path("perusahaan").path("namaPerusahaan").asText()).isEqualTo("PT SINAR CAHAYA PLASTINDO");
        assertThat(d.path("program").get(0).path("status").asText()).isEqualTo("NON AKTIF");
    }

    @Test
    void aKpjOfAnotherNikAndAnUnknownNikAreRefused() throws Exception {
        JsonNode other = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "KPJ", "nik", BUDI,
                "kpj", AHMAD_KPJ));
        JsonNode unknown = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "NIK", "nik", DEWI));
        JsonNode badType = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "NAMA", "nik", BUDI));

        assertThat(other.path("kode").asText()).isEqualTo("02");
        assertThat(other.path("data").isNull()).isTrue();
        assertThat(unknown.path("kode").asText()).isEqualTo("01");
        assertThat(badType.path("kode").asText()).isEqualTo("11");
    }

    @Test
    void dataUpdateChecksDukcapilAppliesOnceAndAnswersARepeatWithTheSameNumber() throws Exception {
        JsonNode wrongName = client.call("/peserta/perubahan-data", update("BPJSTK-T-DU-1", "BUDI SANTOSI"));
        assertThat(wrongName.path("kode").asText()).isEqualTo("21");
        assertThat(wrongName.path("pesan").asText()).contains("Dukcapil").contains("namaLengkap");
        assertThat(backend.participants().byKpj(BUDI_KPJ).orElseThrow().name()).isEqualTo("BUDI SANTOSA");
        int before = backend.applications().received();

        JsonNode done = client.call("/peserta/perubahan-data", update("BPJSTK-T-DU-2", "Budi  Santoso"));
        JsonNode again = client.call("/peserta/perubahan-data", update("BPJSTK-T-DU-2", "Budi  Santoso"));

        assertThat(done.path("kode").asText()).as(done.toString()).isEqualTo("00");
        assertThat(done.path("data").path("nomorPengajuan").asText()).matches("PDP-\\d{8}-\\d{6}");
        assertThat(done.path("data").path("dataDiubah").toString()).contains("namaLengkap", "noHp");
        assertThat(again).isEqualTo(done);
        assertThat(backend.applications().received()).isEqualTo(before + 1);
        assertThat(backend.applications().callsFor("BPJSTK-T-DU-2")).isEqualTo(2);
        Participant budi = backend.participants().byKpj(BUDI_KPJ).orElseThrow();
        assertThat(budi.name()).isEqualTo("BUDI SANTOSO");
        assertThat(budi.phone()).isEqualTo("081312345678");
        JsonNode status = client.call("/peserta/status", BpjsTkTestClient.body("tipePencarian", "NIK", "nik", BUDI));
        assertThat(status.path("data").path("namaLengkap").asText()).isEqualTo("BUDI SANTOSO");
    }

    @Test
    void jhtClaimIsRegisteredOnceThenASecondClaimWaitsForTheFirst() throws Exception {
        JsonNode claim = client.call("/klaim/jht", claim("BPJSTK-T-JHT-1", AHMAD, AHMAD_KPJ, "PHK", "30-09-2026",
                "AHMAD HIDAYAT"));
        JsonNode repeat = client.call("/klaim/jht", claim("BPJSTK-T-JHT-1", AHMAD, AHMAD_KPJ, "PHK", "30-09-2026",
                "AHMAD HIDAYAT"));
        JsonNode second = client.call("/klaim/jht", claim("BPJSTK-T-JHT-2", AHMAD, AHMAD_KPJ, "PHK", "30-09-2026",
                "AHMAD HIDAYAT"));

        assertThat(claim.path("kode").asText()).as(claim.toString()).isEqualTo("00");
        JsonNode d = claim.path("data");
        assertThat(d.path("saldoJht").asLong()).isEqualTo(48_725_300L);
        assertThat(d.path("statusKlaim").asText()).isEqualTo("DIVERIFIKASI");
        assertThat(d.path("rekeningTujuan").asText()).isEqualTo("BANK BJB ****6100");
        assertThat(repeat).isEqualTo(claim);
        assertThat(second.path("kode").asText()).isEqualTo("24");
        assertThat(second.path("pesan").asText()).contains(d.path("nomorKlaim").asText());
        assertThat(backend.participants().openClaim(AHMAD_KPJ)).contains(d.path("nomorKlaim").asText());
    }

    @Test
    void jhtClaimRefusalsSayWhyInTheAgencysWords() throws Exception {
        Participant left = claimable();
        String lastDay = BpjsTkRequest.DATE.format(left.leftOn());
        assertThat(code(claim("BPJSTK-T-JHT-R1", BUDI, BUDI_KPJ, "MENGUNDURKAN_DIRI", "31-10-2026", "BUDI SANTOSO")))
                .isEqualTo("22");
        assertThat(code(claim("BPJSTK-T-JHT-R2", HENDRA, HENDRA_KPJ, "USIA_PENSIUN", "30-09-2021", "HENDRA WIJAYA")))
                .isEqualTo("25");
        assertThat(code(claim("BPJSTK-T-JHT-R3", left.nik(), left.kpj(), "PHK", "01-01-2020", left.name())))
                .isEqualTo("23");
        assertThat(code(claim("BPJSTK-T-JHT-R4", left.nik(), left.kpj(), "PHK", lastDay, "ORANG LAIN")))
                .isEqualTo("28");
        assertThat(code(claim("BPJSTK-T-JHT-R5", left.nik(), left.kpj(), "USIA_PENSIUN", lastDay, left.name())))
                .isEqualTo("27");
        assertThat(code(claim("BPJSTK-T-JHT-R6", BUDI, left.kpj(), "PHK", lastDay, left.name()))).isEqualTo("02");
        assertThat(code(claim("BPJSTK-T-JHT-R7", left.nik(), left.kpj(), "BOSAN", lastDay, left.name())))
                .isEqualTo("11");
        assertThat(backend.participants().openClaim(left.kpj())).isEmpty();
        assertThat(backend.applications().answer("BPJSTK-T-JHT-R4")).isEmpty();
    }

    @Test
    void theWaitingPeriodIsOneMonthAfterTheLastDayOfWork() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Participant recent = backend.participants().all().stream()
                .filter(p -> !p.active() && !p.jhtPaidOut() && p.jhtBalance() > 0 && p.leftOn().plusMonths(1).isAfter(today.minusDays(1)))
                .findFirst().orElse(null);
        if (recent == null) {
            // The seed's latest last day is 2026-09-30: past its waiting period, there is nothing left to test.
            assertThat(today).isAfter(LocalDate.of(2026, 10, 31));
            return;
        }
        JsonNode a = client.call("/klaim/jht", claim("BPJSTK-T-JHT-W", recent.nik(), recent.kpj(), "PHK",
                BpjsTkRequest.DATE.format(recent.leftOn()), recent.name()));
        assertThat(a.path("kode").asText()).isEqualTo("26");
    }

    @Test
    void bpuRegistrationComputesTheContributionAndRefusesMembersAndRepeats() throws Exception {
        JsonNode dewi = client.call("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-1", DEWI, 1_500_000, List.of("JKK", "JKM", "JHT")));
        JsonNode repeat = client.call("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-1", DEWI, 1_500_000, List.of("JKK", "JKM", "JHT")));
        JsonNode again = client.call("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-2", DEWI, 1_500_000, List.of("JKK", "JKM")));

        assertThat(dewi.path("kode").asText()).as(dewi.toString()).isEqualTo("00");
        // JKK 1% of 1.500.000 + JKM 6.800 + JHT 2% of 1.500.000
        assertThat(dewi.path("data").path("iuranPerBulan").asLong()).isEqualTo(15_000 + 6_800 + 30_000);
        assertThat(dewi.path("data").path("statusPendaftaran").asText()).isEqualTo("MENUNGGU_PEMBAYARAN");
        assertThat(repeat).isEqualTo(dewi);
        assertThat(again.path("kode").asText()).isEqualTo("33");
        assertThat(backend.participants().pendingBpu(DEWI)).isPresent();
        assertThat(backend.applications().received("PENDAFTARAN_BPU")).isEqualTo(1);

        assertThat(code("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-3", RINA, 2_000_000, List.of("JKK", "JKM")))).isEqualTo("32");
        assertThat(code("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-4", "3671061010909999", 2_000_000, List.of("JKK", "JKM"))))
                .isEqualTo("21");
        String over65 = server.citizens().all().stream()
                .filter(c -> c.birthDate().isBefore(LocalDate.now().minusYears(66))).findFirst().orElseThrow().nik();
        assertThat(code("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-5", over65, 2_000_000, List.of("JKK", "JKM"))))
                .isEqualTo("27");
        assertThat(code("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-6", HENDRA, 500_000, List.of("JKK", "JKM"))))
                .isEqualTo("11");
        assertThat(code("/bpu/pendaftaran", bpu("BPJSTK-T-BPU-7", HENDRA, 2_000_000, List.of("JKK", "JHT"))))
                .isEqualTo("11");
    }

    @Test
    void theTestDataSectionListsShowcaseAndSampleMemberships() throws Exception {
        JsonNode all = BpjsTkTestClient.JSON.readTree(java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/test-data")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode section = all.path("bpjs-ketenagakerjaan");

        assertThat(section.path("showcase").findValuesAsText("kpj")).contains(BUDI_KPJ, AHMAD_KPJ);
        assertThat(section.path("activeWageEarners").size()).isPositive();
        assertThat(section.path("selfEmployed").size()).isPositive();
        assertThat(section.path("claimableJht").size()).isPositive();
        assertThat(section.path("withoutMembership").size()).isPositive();
        assertThat(backend.participants().all().size()).isGreaterThan(100);
    }

    /** A membership whose holder left work long enough ago to claim, never claimed. */
    private static Participant claimable() {
        return backend.participants().all().stream()
                .filter(p -> !p.active() && !p.jhtPaidOut() && p.jhtBalance() > 0
                        && p.jhtBalance() < JhtClaimService.NPWP_THRESHOLD
                        && p.birthDate().isAfter(LocalDate.of(1975, 1, 1))
                        && p.leftOn().isBefore(LocalDate.of(2026, 6, 1))
                        && backend.participants().openClaim(p.kpj()).isEmpty())
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> update(String id, String name) {
        return BpjsTkTestClient.body("idPengajuan", id, "kpj", BUDI_KPJ, "nik", BUDI,
                "perubahan", Map.of("namaLengkap", name, "noHp", "081312345678"),
                "alasan", "Nama tidak sesuai KTP-el");
    }

    private static Map<String, Object> claim(String id, String nik, String kpj, String ground, String lastDay,
            String holder) {
        return BpjsTkTestClient.body("idPengajuan", id, "kpj", kpj, "nik", nik, "sebabKlaim", ground,
                "tglBerhentiBekerja", lastDay,
                "rekening", Map.of("kodeBank", "110", "noRekening", "0087213456100", "namaPemilik", holder));
    }

    private static Map<String, Object> bpu(String id, String nik, long income, List<String> programmes) {
        return BpjsTkTestClient.body("idPengajuan", id, "nik", nik, "pekerjaan", "Pedagang", "penghasilan", income,
                "program", programmes, "periodeIuran", 1, "noHp", "085712345678");
    }

    private static String code(Map<String, Object> claim) throws Exception {
        return code("/klaim/jht", claim);
    }

    private static String code(String path, Map<String, Object> body) throws Exception {
        return client.call(path, body).path("kode").asText();
    }
}
