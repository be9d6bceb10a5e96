package id.go.tangerangkota.mpp.hub.sandbox.polres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxHttp;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Polres gateway over a real socket: the API key and the shared checks, a new SKCK
 * and its refusals, SKCK and SIM renewals against the registers, deduplication on
 * nomorReferensiMpp; and, without the socket, the registers' seed and the date rules judged on a
 * fixed clock. Each test uses its own citizens and documents, so the order of tests does not matter.
 */
class SandboxPolresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String KEY = "sandbox-polres-demo-key";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final String AHMAD = "3671071506780003";
    private static final String DEWI = "3671134101000004";
    private static final String HENDRA = "3671092709650005";
    private static final String NAYLA = "3671114510110013";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static SandboxServer server;
    private static PolresBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        backend = server.backend("polres", PolresBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        return SandboxHttp.post(server.baseUrl() + PolresBackend.BASE + path, "application/json", body, key);
    }

    private static JsonNode call(String path, String body) throws Exception {
        return JSON.readTree(post(path, body, KEY).body());
    }

    private static String kode(JsonNode answer) {
        return answer.path("respon").path("kode").asText();
    }

    private static String uraian(JsonNode answer) {
        return answer.path("respon").path("uraian").asText();
    }

    private static String ref() {
        return UUID.randomUUID().toString();
    }

    /** A new-SKCK body as the hub's mapping sends it, for Dewi unless changed. */
    private static String skck(String ref, String nik, String card, String mother, String category, String extra) {
        return """
                {"nomorReferensiMpp":"%s","nik":"%s","keperluan":"Melamar pekerjaan di perusahaan swasta",
                 "jenisKeperluan":"%s","noKartuJkn":"%s",
                 "dataPribadi":{"agama":"ISLAM","statusPerkawinan":"BELUM KAWIN","pekerjaan":"Karyawan Swasta",
                   "tinggiBadanCm":158,"noTelepon":"085712345678"},
                 "dataKeluarga":{"namaAyah":"SUPARMAN","namaIbu":"%s"},
                 "pendidikan":{"jenjang":"S1","namaInstitusi":"Universitas Terbuka","tahunLulus":2022},
                 "riwayatPidana":{"pernahTersangkut":%s},
                 "kanal":"MPP","lokasiLayanan":"mpp-tangerang"}"""
                .formatted(ref, nik, category, card, mother, extra);
    }

    private static String renewal(String ref, String nik, String number, String card) {
        return """
                {"nomorReferensiMpp":"%s","nik":"%s","nomorSkckLama":"%s",
                 "keperluan":"Persyaratan perpanjangan kontrak kerja","noKartuJkn":"%s","noTelepon":"081312345678"}"""
                .formatted(ref, nik, number, card);
    }

    private static String sim(String ref, String nik, String simClass, String number, String expiry) {
        return """
                {"nomorReferensiMpp":"%s","nik":"%s","golonganSim":"%s","nomorSim":"%s","berlakuSampai":"%s",
                 "nomorSuratKeteranganSehat":"SKS/1187/XI/2026","nomorSertifikatPsikologi":"PSI-2026-11-004512",
                 "golonganDarah":"O","noTelepon":"081312345678"}"""
                .formatted(ref, nik, simClass, number, expiry);
    }

    @Test
    void aWrongOrMissingApiKeyIsRefusedWithU41AndCounted() throws Exception {
        long before = backend.applications().calls("/skck/permohonan");
        for (String key : new String[] {"not-the-key", null}) {
            HttpResponse<String> r = post("/skck/permohonan",
                    skck(ref(), DEWI, "0001893362047", "ENDANG KUSRINI", "MELAMAR_PEKERJAAN", "false"), key);
            assertThat(r.statusCode()).isEqualTo(401);
            JsonNode answer = JSON.readTree(r.body());
            assertThat(kode(answer)).isEqualTo("U-41");
            assertThat(uraian(answer)).isEqualTo("X-Api-Key tidak valid");
            assertThat(answer.has("permohonan")).isFalse();
        }
        assertThat(backend.applications().calls("/skck/permohonan")).isEqualTo(before + 2);
    }

    @Test
    void theGatewaysOwnChecksComeBeforeAnyService() throws Exception {
        HttpResponse<String> unknown = post("/skck/legalisir", "{}", KEY);
        HttpResponse<String> notJson = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + PolresBackend.BASE
                + "/sim/perpanjangan")).header("X-Api-Key", KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("nik=1")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + PolresBackend.BASE
                + "/sim/perpanjangan")).header("X-Api-Key", KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> malformed = post("/sim/perpanjangan", "[1,2]", KEY);
        HttpResponse<String> incomplete = post("/sim/perpanjangan", "{\"nomorReferensiMpp\":\"" + ref() + "\"}", KEY);
        HttpResponse<String> badClass = post("/sim/perpanjangan", sim(ref(), BUDI, "B1", "03850422001234", "2027-12-20"), KEY);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(kode(JSON.readTree(unknown.body()))).isEqualTo("U-44");
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(kode(JSON.readTree(malformed.body()))).isEqualTo("U-10");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(kode(JSON.readTree(incomplete.body()))).isEqualTo("U-11");
        assertThat(uraian(JSON.readTree(incomplete.body()))).isEqualTo("Data wajib tidak lengkap: nik");
        assertThat(badClass.statusCode()).isEqualTo(400);
        assertThat(uraian(JSON.readTree(badClass.body()))).isEqualTo("Format data tidak valid: golonganSim");
    }

    @Test
    void dewisNewSkckIsRegisteredForTheNextWorkingDayAndValidSixMonths() throws Exception {
        String ref = ref();
        long before = backend.applications().received("SKCK_BARU");

        HttpResponse<String> r = post("/skck/permohonan",
                skck(ref, DEWI, "0001893362047", "Endang  Kusrini", "MELAMAR_PEKERJAAN", "false"), KEY);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(kode(answer)).isEqualTo("000");
        assertThat(answer.path("respon").path("waktu").asText()).endsWith("+07:00");
        JsonNode p = answer.path("permohonan");
        assertThat(p.path("nomorReferensiMpp").asText()).isEqualTo(ref);
        assertThat(p.path("nomorPermohonan").asText()).matches("SKCK-MPP-\\d{8}-\\d{5}");
        assertThat(p.path("nomorSkck").asText()).matches("SKCK/YANMAS/\\d{5}/[IVX]{1,4}/\\d{4}/INTELKAM");
        LocalDate attend = LocalDate.parse(p.path("jadwalKehadiran").asText());
        assertThat(attend).isEqualTo(PolresServices.nextWorkingDay(LocalDate.now(WIB)));
        assertThat(p.path("tanggalTerbit").asText()).isEqualTo(attend.toString());
        assertThat(p.path("berlakuSampai").asText()).isEqualTo(attend.plusMonths(6).toString());
        assertThat(p.path("biayaPnbp").asLong()).isEqualTo(30_000L);
        assertThat(r.body()).doesNotContain(DEWI).doesNotContain("DEWI");
        assertThat(backend.applications().received("SKCK_BARU")).isEqualTo(before + 1);
        assertThat(backend.skcks().byNumber(p.path("nomorSkck").asText())).hasValueSatisfying(s ->
                assertThat(s.nik()).isEqualTo(DEWI));
        assertThat(backend.skcks().cardOf(DEWI)).hasValue("0001893362047");
    }

    @Test
    void aNewSkckIsRefusedOnTheMeritsWithSatIntelkamsCodes() throws Exception {
        JsonNode minor = call("/skck/permohonan", skck(ref(), NAYLA, "0002296471069", "RINA MARLINA", "PENDIDIKAN", "false"));
        JsonNode mother = call("/skck/permohonan", skck(ref(), DEWI, "0001893362047", "WARTINI", "MELAMAR_PEKERJAAN", "false"));
        JsonNode visa = call("/skck/permohonan", skck(ref(), DEWI, "0001893362047", "ENDANG KUSRINI", "VISA_LUAR_NEGERI", "false"));
        JsonNode convicted = call("/skck/permohonan", skck(ref(), DEWI, "0001893362047", "ENDANG KUSRINI", "MELAMAR_PEKERJAAN", "true"));
        JsonNode unknownNik = call("/skck/permohonan", skck(ref(), "3671011203850099", "0001893362047", "X", "LAINNYA", "false"));

        assertThat(kode(minor)).isEqualTo("SKCK-02");
        assertThat(uraian(minor)).startsWith("Pemohon belum berusia 17 tahun");
        assertThat(kode(mother)).isEqualTo("SKCK-06");
        assertThat(uraian(mother)).isEqualTo("Nama ibu kandung tidak sesuai dengan data kependudukan");
        assertThat(kode(visa)).isEqualTo("SKCK-03");
        assertThat(kode(convicted)).isEqualTo("SKCK-04");
        assertThat(kode(unknownNik)).isEqualTo("SKCK-01");
    }

    @Test
    void aPassportOrCaseDetailsLetTheSameApplicationsThrough() throws Exception {
        // Hendra: an SKCK to go abroad with his passport, though he declares an old conviction.
        JsonNode answer = call("/skck/permohonan", skck(ref(), HENDRA, "0002011583640", "ROHAYAH", "VISA_LUAR_NEGERI",
                "true,\"keterangan\":\"Perkara lalu lintas 1998, putusan PN Tangerang\"")
                .replace("\"noTelepon\":\"085712345678\"", "\"noTelepon\":\"085712345678\",\"noPaspor\":\"C1234567\"")
                .replace("BELUM KAWIN", "KAWIN"));

        assertThat(kode(answer)).as(answer.toString()).isEqualTo("000");
    }

    @Test
    void aJknCardThatIsNotTheApplicantsOnPolresRecordsIsRefused() throws Exception {
        // Budi's card is on record from his SKCK of December 2025; Siti presents it as hers.
        JsonNode sitiWithBudisCard = call("/skck/permohonan",
                skck(ref(), SITI, "0001427735619", "SRI WAHYUNI", "MELAMAR_PEKERJAAN", "false").replace("BELUM KAWIN", "KAWIN"));
        // Hendra's record says 0002011583640; a renewal with another card is refused.
        JsonNode hendraOtherCard = call("/skck/perpanjangan", renewal(ref(), HENDRA, SkckRegister.HENDRA_SKCK, "0002011583651"));

        assertThat(kode(sitiWithBudisCard)).isEqualTo("SKCK-05");
        assertThat(uraian(sitiWithBudisCard)).isEqualTo("Nomor kartu BPJS Kesehatan tercatat atas nama pemohon lain");
        assertThat(kode(hendraOtherCard)).isEqualTo("SKCK-05");
        assertThat(uraian(hendraOtherCard)).contains("tidak sesuai dengan kartu yang tercatat");
    }

    @Test
    void budisSkckIsRenewedOnceAndTheOldNumberCannotBeRenewedAgain() throws Exception {
        JsonNode first = call("/skck/perpanjangan", renewal(ref(), BUDI, SkckRegister.BUDI_SKCK, "0001427735619"));
        JsonNode again = call("/skck/perpanjangan", renewal(ref(), BUDI, SkckRegister.BUDI_SKCK, "0001427735619"));

        assertThat(kode(first)).as(first.toString()).isEqualTo("000");
        JsonNode p = first.path("permohonan");
        assertThat(p.path("jenisLayanan").asText()).isEqualTo("PERPANJANGAN_SKCK");
        assertThat(p.path("nomorSkckLama").asText()).isEqualTo(SkckRegister.BUDI_SKCK);
        assertThat(p.path("nomorSkck").asText()).isNotEqualTo(SkckRegister.BUDI_SKCK);
        assertThat(kode(again)).isEqualTo("SKCK-14");
        assertThat(uraian(again)).endsWith(p.path("nomorSkck").asText());
    }

    @Test
    void aRenewalOfAnUnknownAnotherCitizensOrLongExpiredSkckIsRefused() throws Exception {
        JsonNode unknown = call("/skck/perpanjangan",
                renewal(ref(), BUDI, "SKCK/YANMAS/00001/I/2026/INTELKAM", "0001427735619"));
        JsonNode another = call("/skck/perpanjangan", renewal(ref(), DEWI, SkckRegister.BUDI_SKCK, "0001893362047"));
        JsonNode expired = call("/skck/perpanjangan", renewal(ref(), AHMAD, SkckRegister.AHMAD_SKCK, "0001731904125"));
        JsonNode malformed = call("/skck/perpanjangan", renewal(ref(), BUDI, "SKCK/08812/2025", "0001427735619"));

        assertThat(kode(unknown)).isEqualTo("SKCK-11");
        assertThat(kode(another)).isEqualTo("SKCK-12");
        assertThat(uraian(another)).isEqualTo("SKCK lama terdaftar atas nama pemohon lain");
        assertThat(kode(expired)).isEqualTo("SKCK-13");
        assertThat(uraian(expired)).isEqualTo("Masa berlaku SKCK lama habis sejak 14-02-2025, lebih dari 1 tahun; "
                + "ajukan penerbitan SKCK baru");
        assertThat(kode(malformed)).isEqualTo("U-12");
    }

    @Test
    void budisSimAIsRenewedForFiveYearsAndASecondRenewalIsRefused() throws Exception {
        HttpResponse<String> r = post("/sim/perpanjangan", sim(ref(), BUDI, "A", SimRegister.BUDI_SIM_A, "2027-12-20"), KEY);
        JsonNode again = call("/sim/perpanjangan", sim(ref(), BUDI, "A", SimRegister.BUDI_SIM_A, "2027-12-20"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body()).path("permohonan");
        assertThat(p.path("nomorPermohonan").asText()).matches("PSIM-MPP-\\d{8}-\\d{5}");
        assertThat(p.path("nomorSim").asText()).isEqualTo(SimRegister.BUDI_SIM_A);
        assertThat(p.path("berlakuSebelumnya").asText()).isEqualTo("2027-12-20");
        LocalDate attend = LocalDate.parse(p.path("tanggalTerbit").asText());
        assertThat(p.path("berlakuSampai").asText()).isEqualTo(attend.plusYears(5).toString());
        assertThat(p.path("biayaPnbp").asLong()).isEqualTo(80_000L);
        assertThat(kode(again)).isEqualTo("SIM-06");
        assertThat(uraian(again)).endsWith(p.path("nomorPermohonan").asText());
    }

    @Test
    void aSimRenewalIsRefusedForAnUnknownAnotherCitizensExpiredOrMismatchedSim() throws Exception {
        JsonNode unknown = call("/sim/perpanjangan", sim(ref(), SITI, "C", "08920422999999", "2029-08-12"));
        JsonNode another = call("/sim/perpanjangan", sim(ref(), DEWI, "A", SimRegister.BUDI_SIM_A, "2027-12-20"));
        JsonNode wrongClass = call("/sim/perpanjangan", sim(ref(), SITI, "A", SimRegister.SITI_SIM_C, "2029-08-12"));
        JsonNode expired = call("/sim/perpanjangan", sim(ref(), AHMAD, "C", SimRegister.AHMAD_SIM_C, "2025-06-15"));
        JsonNode wrongDate = call("/sim/perpanjangan", sim(ref(), SITI, "C", SimRegister.SITI_SIM_C, "2029-08-21"));
        JsonNode sitiC = call("/sim/perpanjangan", sim(ref(), SITI, "C", SimRegister.SITI_SIM_C, "2029-08-12"));

        assertThat(kode(unknown)).isEqualTo("SIM-01");
        assertThat(kode(another)).isEqualTo("SIM-02");
        assertThat(kode(wrongClass)).isEqualTo("SIM-03");
        assertThat(uraian(wrongClass)).endsWith("SIM C");
        assertThat(kode(expired)).isEqualTo("SIM-04");
        assertThat(uraian(expired)).startsWith("SIM sudah habis masa berlakunya sejak 15-06-2025");
        assertThat(kode(wrongDate)).isEqualTo("SIM-05");
        assertThat(kode(sitiC)).as(sitiC.toString()).isEqualTo("000");
        assertThat(sitiC.path("permohonan").path("biayaPnbp").asLong()).isEqualTo(75_000L);
    }

    @Test
    void theSameReferenceGetsTheFirstAnswerAndRegistersNothingNew() throws Exception {
        String ref = ref();
        String body = sim(ref, AHMAD, "A", "06780422000588", "2028-02-06");
        int before = backend.applications().received();

        HttpResponse<String> first = post("/sim/perpanjangan", body, KEY);
        HttpResponse<String> again = post("/sim/perpanjangan", body, KEY);
        HttpResponse<String> elsewhere = post("/skck/perpanjangan",
                renewal(ref, AHMAD, SkckRegister.AHMAD_SKCK, "0001731904125"), KEY);

        assertThat(kode(JSON.readTree(first.body()))).as(first.body()).isEqualTo("000");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(backend.applications().received()).isEqualTo(before + 1);
        assertThat(backend.applications().registered(ref)).isTrue();
        assertThat(backend.applications().callsFor(ref)).isEqualTo(3);
        assertThat(elsewhere.statusCode()).isEqualTo(409);
        assertThat(kode(JSON.readTree(elsewhere.body()))).isEqualTo("U-19");
    }

    @Test
    void theTestDataSectionNamesTheShowcaseDocuments() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/test-data")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode section = JSON.readTree(r.body()).path("polres");

        assertThat(section.path("basePath").asText()).isEqualTo("/polres/yanmas/api/v1");
        assertThat(section.path("showcase").toString()).contains(SkckRegister.BUDI_SKCK).contains(SimRegister.BUDI_SIM_A);
        assertThat(section.path("skck").size()).isEqualTo(6);
        assertThat(section.path("sim").size()).isEqualTo(8);
    }

    @Test
    void theRegistersAreTheSameOnEveryRunAndHoldGeneratedCitizensToo() {
        CitizenRegistry citizens = CitizenRegistry.seeded();
        SkckRegister skcks = SkckRegister.seed(citizens);
        SimRegister sims = SimRegister.seed(citizens);

        assertThat(skcks.all()).isEqualTo(SkckRegister.seed(CitizenRegistry.seeded()).all());
        assertThat(sims.all()).isEqualTo(SimRegister.seed(CitizenRegistry.seeded()).all());
        assertThat(skcks.all()).hasSizeGreaterThan(30);
        LocalDate seedDay = SkckRegister.SEED_DAY;
        assertThat(sims.all()).hasSizeGreaterThan(100)
                .anySatisfy(s -> assertThat(s.validUntil()).isBefore(seedDay))
                .anySatisfy(s -> assertThat(s.validUntil()).isAfter(seedDay))
                .allSatisfy(s -> {
                    assertThat(s.number()).matches("\\d{14}");
                    // The first four digits are the holder's birth month and year.
                    String birth = citizens.byNik(s.nik()).orElseThrow().birthDate().toString();
                    assertThat(s.number().substring(0, 4)).isEqualTo(birth.substring(5, 7) + birth.substring(2, 4));
                });
        assertThat(sims.heldBy(BUDI)).singleElement().satisfies(s -> {
            assertThat(s.simClass()).isEqualTo("A");
            assertThat(s.validUntil()).isEqualTo(LocalDate.of(2027, 12, 20));
        });
    }

    @Test
    void expiryIsJudgedOnTheGatewaysClock() {
        CitizenRegistry citizens = CitizenRegistry.seeded();
        PolresServices lastValidDay = services(citizens, LocalDate.of(2027, 6, 9));
        PolresServices dayAfter = services(citizens, LocalDate.of(2027, 6, 10));
        PolresServices simExpired = services(citizens, LocalDate.of(2027, 12, 21));

        Map<String, Object> renewed = lastValidDay.answer(PolresServices.SKCK_RENEWAL,
                node(renewal(ref(), BUDI, SkckRegister.BUDI_SKCK, "0001427735619")));

        assertThat(renewed).containsKey("permohonan");
        assertThatThrownBy(() -> dayAfter.answer(PolresServices.SKCK_RENEWAL,
                node(renewal(ref(), BUDI, SkckRegister.BUDI_SKCK, "0001427735619"))))
                .isInstanceOfSatisfying(PolresRejection.class, e -> assertThat(e.kode()).isEqualTo("SKCK-13"));
        assertThatThrownBy(() -> simExpired.answer(PolresServices.SIM_RENEWAL,
                node(sim(ref(), BUDI, "A", SimRegister.BUDI_SIM_A, "2027-12-20"))))
                .isInstanceOfSatisfying(PolresRejection.class, e -> assertThat(e.kode()).isEqualTo("SIM-04"));
    }

    private static PolresServices services(CitizenRegistry citizens, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(WIB).toInstant(), WIB);
        return new PolresServices(SkckRegister.seed(citizens), SimRegister.seed(citizens), new PolresApplications(),
                citizens, clock);
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
