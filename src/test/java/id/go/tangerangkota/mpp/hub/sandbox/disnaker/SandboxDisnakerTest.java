package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxHttp;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.sandbox.disnaker.JobSeekerRegister.Registration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Disnaker e-layanan over a real socket: the account in the body, AK/1 issuing and
 * its refusals against the SIAPkerja registrations, dispute registration and its refusals, and
 * deduplication on idTransaksiMitra. Each test uses its own citizens, so their order does not
 * matter.
 */
class SandboxDisnakerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ACCOUNT = "{\"idPengguna\":\"mpp-kota-tangerang\",\"kataKunci\":\"sandbox-disnaker-demo-password\"}";
    private static final String AHMAD = "3671071506780003";
    private static final String AK1 = """
            {"akunLayanan":%s,"idTransaksiMitra":"%s","kanal":"MPP","lokasiLoket":"mpp-tangerang",
             "pencaker":{"nik":"%s","nomorPencaker":"%s","statusPerkawinan":"BELUM KAWIN","tinggiBadanCm":165,"beratBadanKg":60},
             "pendidikan":{"jenjang":"S-1","jurusan":"Manajemen","namaSekolah":"Universitas Terbuka","tahunLulus":%d},
             "keterampilan":["Microsoft Excel"],"jabatanDiminati":[]}""";
    private static final String LONG_SUMMARY = "Pemohon di-PHK per 30 September 2026 dengan alasan efisiensi; pesangon belum dibayar.";
    private static final String MEDIATION = """
            {"akunLayanan":%s,"idTransaksiMitra":"%s","kanal":"MPP","pemohon":{"nik":"%s"},"jenisPerselisihan":"PHK",
             "pengusaha":{"namaPerusahaan":"PT Sinar Cahaya Plastindo","alamat":"Jl. Industri Raya Blok B No. 12, Jatiuwung"},
             "uraianPerselisihan":"%s","tanggalBipartit":%s}""";

    private static SandboxServer server;
    private static DisnakerBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        backend = server.backend("disnaker", DisnakerBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return SandboxHttp.post(server.baseUrl() + "/disnaker/e-layanan/v1" + path, "application/json", body, null);
    }

    private static JsonNode ak1(String id, String nik, String number, int graduated) throws Exception {
        return JSON.readTree(post("/ak1/penerbitan", AK1.formatted(ACCOUNT, id, nik, number, graduated)).body());
    }

    private static HttpResponse<String> mediation(String id, String nik, String summary, String dates) throws Exception {
        return post("/phi/pencatatan", MEDIATION.formatted(ACCOUNT, id, nik, summary, dates));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aWrongOrMissingAccountIsRefusedWithA01BeforeAnythingIsRead() throws Exception {
        int before = backend.ledger().received();
        for (String account : new String[] {
                "{\"idPengguna\":\"mpp-kota-tangerang\",\"kataKunci\":\"not-the-password\"}",
                "{\"idPengguna\":\"someone-else\",\"kataKunci\":\"sandbox-disnaker-demo-password\"}", "null"}) {
            HttpResponse<String> r = post("/ak1/penerbitan", AK1.formatted(account, "acc-1", JobSeekerRegister.DEWI,
                    JobSeekerRegister.DEWI_NUMBER, 2022));
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r).path("sukses").asBoolean(true)).isFalse();
            assertThat(json(r).path("kodeRespon").asText()).isEqualTo("A-01");
            assertThat(json(r).path("pesan").asText()).isEqualTo("ID pengguna atau kata kunci akun layanan salah");
            assertThat(r.body()).doesNotContain("not-the-password").doesNotContain(JobSeekerRegister.DEWI);
        }
        assertThat(backend.ledger().callsFor("acc-1")).isZero();
        assertThat(backend.ledger().received()).isEqualTo(before);
    }

    @Test
    void theGatewayAnswersUnknownPathsMethodsAndBodiesInItsOwnFormat() throws Exception {
        HttpResponse<String> unknown = post("/ak2/penerbitan", "{}");
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/disnaker/e-layanan/v1/ak1/penerbitan")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notJson = post("/ak1/penerbitan", "[1,2]");
        HttpResponse<String> noId = post("/ak1/penerbitan", "{\"akunLayanan\":" + ACCOUNT + "}");
        HttpResponse<String> badLevel = post("/ak1/penerbitan", AK1.formatted(ACCOUNT, "lvl-1", JobSeekerRegister.DEWI,
                JobSeekerRegister.DEWI_NUMBER, 2022).replace("\"S-1\"", "\"S1\""));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("kodeRespon").asText()).isEqualTo("X-04");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).path("kodeRespon").asText()).isEqualTo("V-03");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(json(noId).path("pesan").asText()).isEqualTo("Data wajib belum diisi: idTransaksiMitra");
        assertThat(badLevel.statusCode()).isEqualTo(400);
        assertThat(json(badLevel).path("kodeRespon").asText()).isEqualTo("V-02");
        assertThat(json(badLevel).path("pesan").asText()).isEqualTo("Format data tidak sesuai: pendidikan.jenjang");
    }

    @Test
    void dewiGetsACardValidTwoYearsOnceAndAnotherApplicationIsToldTheCardSheHolds() throws Exception {
        int issued = backend.register().cardsIssued();
        int received = backend.ledger().received();

        JsonNode card = ak1("dewi-1", JobSeekerRegister.DEWI, JobSeekerRegister.DEWI_NUMBER, 2022);
        JsonNode again = ak1("dewi-1", JobSeekerRegister.DEWI, JobSeekerRegister.DEWI_NUMBER, 2022);
        JsonNode other = ak1("dewi-2", JobSeekerRegister.DEWI, JobSeekerRegister.DEWI_NUMBER, 2022);

        assertThat(card.path("kodeRespon").asText()).as(card.toString()).isEqualTo("S-00");
        JsonNode hasil = card.path("hasil");
        String number = hasil.path("nomorKartu").asText();
        String month = today().format(java.time.format.DateTimeFormatter.ofPattern("yyMM"));
        assertThat(number).matches("AK1-3671-" + month + "-\\d{5}");
        assertThat(Integer.parseInt(number.substring(number.length() - 5))).isGreaterThanOrEqualTo(JobSeekerRegister.FIRST_NEW_CARD);
        assertThat(hasil.path("idTransaksiMitra").asText()).isEqualTo("dewi-1");
        assertThat(hasil.path("jenisPenerbitan").asText()).isEqualTo("BARU");
        assertThat(hasil.path("tanggalTerbit").asText()).isEqualTo(today().toString());
        assertThat(hasil.path("berlakuSampai").asText()).isEqualTo(today().plusYears(2).toString());
        assertThat(hasil.path("wajibLaporBerikutnya").asText()).isEqualTo(today().plusMonths(6).toString());
        assertThat(again).isEqualTo(card);
        assertThat(other.path("kodeRespon").asText()).isEqualTo("T-14");
        assertThat(other.path("pesan").asText()).startsWith("Pemohon masih memiliki Kartu AK/1 yang berlaku: " + number)
                .contains(today().plusYears(2).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(backend.register().cardsIssued()).isEqualTo(issued + 1);
        assertThat(backend.ledger().received()).isEqualTo(received + 1);
        assertThat(backend.ledger().callsFor("dewi-1")).isEqualTo(2);
        assertThat(backend.ledger().callsFor("dewi-2")).isEqualTo(1);
        assertThat(backend.ledger().registered("dewi-2")).isFalse();
        assertThat(backend.register().validCard(JobSeekerRegister.DEWI, today()).orElseThrow().number()).isEqualTo(number);
    }

    @Test
    void theSameTransactionIdForADifferentApplicationIsRefusedAsV09() throws Exception {
        JsonNode first = json(mediation("reuse-1", AHMAD, LONG_SUMMARY, "[\"2026-10-07\",\"2026-10-21\"]"));
        HttpResponse<String> changed = mediation("reuse-1", AHMAD, LONG_SUMMARY + " Tambahan.", "[\"2026-10-07\",\"2026-10-21\"]");

        assertThat(first.path("kodeRespon").asText()).isEqualTo("S-00");
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(json(changed).path("kodeRespon").asText()).isEqualTo("V-09");
    }

    @Test
    void ak1IsRefusedForStrangersToSiapkerjaOthersNumbersNonResidentsAndCardHolders() throws Exception {
        JsonNode unknown = ak1("ref-1", AHMAD, "3671260199999", 1996);
        JsonNode othersNumber = ak1("ref-2", AHMAD, JobSeekerRegister.DEWI_NUMBER, 1996);
        JsonNode nonResident = ak1("ref-3", "3603124501950001", JobSeekerRegister.DEWI_NUMBER, 2016);
        JsonNode holder = ak1("ref-4", JobSeekerRegister.FAJAR, JobSeekerRegister.FAJAR_NUMBER, 2023);

        assertThat(unknown.path("kodeRespon").asText()).isEqualTo("T-11");
        assertThat(unknown.path("pesan").asText()).contains("3671260199999").contains("tidak terdaftar di SIAPkerja");
        assertThat(othersNumber.path("kodeRespon").asText()).isEqualTo("T-12");
        assertThat(othersNumber.path("pesan").asText()).endsWith("terdaftar atas NIK lain")
                .doesNotContain(JobSeekerRegister.DEWI).doesNotContain(AHMAD);
        assertThat(nonResident.path("kodeRespon").asText()).isEqualTo("T-13");
        assertThat(nonResident.path("pesan").asText()).startsWith("Pemohon tidak berdomisili di Kota Tangerang");
        assertThat(holder.path("kodeRespon").asText()).isEqualTo("T-14");
        assertThat(holder.path("pesan").asText()).isEqualTo("Pemohon masih memiliki Kartu AK/1 yang berlaku: "
                + JobSeekerRegister.FAJAR_CARD + ", berlaku s.d. 16-03-2028; kartu baru dapat diterbitkan setelah masa berlaku habis");
        for (String id : List.of("ref-1", "ref-2", "ref-3", "ref-4")) {
            assertThat(backend.ledger().registered(id)).as(id).isFalse();
        }
    }

    @Test
    void budisExpiredCardIsRenewedOnceHisDiplomaYearHasCome() throws Exception {
        JsonNode early = ak1("budi-1", JobSeekerRegister.BUDI, JobSeekerRegister.BUDI_NUMBER, today().getYear() + 1);
        JsonNode renewed = ak1("budi-2", JobSeekerRegister.BUDI, JobSeekerRegister.BUDI_NUMBER, 2006);

        assertThat(early.path("kodeRespon").asText()).isEqualTo("T-15");
        assertThat(renewed.path("kodeRespon").asText()).as(renewed.toString()).isEqualTo("S-00");
        assertThat(renewed.path("hasil").path("jenisPenerbitan").asText()).isEqualTo("PERPANJANGAN");
        assertThat(renewed.path("hasil").path("nomorKartu").asText()).isNotEqualTo(JobSeekerRegister.BUDI_EXPIRED_CARD);
        assertThat(backend.register().cards(JobSeekerRegister.BUDI)).hasSize(2);
    }

    @Test
    void generatedJobSeekersAreDeterministicResidentsWithUniqueNumbersAndSomeHoldCards() throws Exception {
        CitizenRegistry citizens = CitizenRegistry.seeded();
        List<Registration> seeded = JobSeekerRegister.seed(citizens).registrations();
        List<Registration> again = JobSeekerRegister.seed(CitizenRegistry.seeded()).registrations();
        assertThat(again).isEqualTo(seeded);
        assertThat(seeded).hasSizeGreaterThan(30);
        Set<String> numbers = new HashSet<>();
        for (Registration r : seeded) {
            assertThat(r.number()).matches("3671\\d{9}");
            assertThat(r.number().substring(4, 8)).isEqualTo(r.registeredOn().format(java.time.format.DateTimeFormatter.ofPattern("yyMM")));
            assertThat(numbers.add(r.number())).as(r.number() + " unique").isTrue();
            assertThat(citizens.byNik(r.nik())).as("registered NIK is a sandbox citizen").isPresent();
        }
        JobSeekerRegister register = backend.register();
        Registration holder = register.registrations().stream().skip(3)
                .filter(r -> register.validCard(r.nik(), today()).isPresent()).findFirst().orElseThrow();
        Registration seeker = register.registrations().stream().skip(3)
                .filter(r -> register.cards(r.nik()).isEmpty()).findFirst().orElseThrow();

        JsonNode refused = ak1("gen-1", holder.nik(), holder.number(), 2015);
        JsonNode issued = ak1("gen-2", seeker.nik(), seeker.number(), 2015);

        assertThat(refused.path("kodeRespon").asText()).isEqualTo("T-14");
        assertThat(refused.path("pesan").asText()).contains(register.validCard(holder.nik(), today()).orElseThrow().number());
        assertThat(issued.path("kodeRespon").asText()).as(issued.toString()).isEqualTo("S-00");
    }

    @Test
    void aDisputeIsRegisteredWithAMediatorAndDeadlinesInWorkingDaysOnce() throws Exception {
        int before = (int) backend.ledger().received(DisnakerLedger.MEDIATION);

        JsonNode first = json(mediation("phi-1", AHMAD, LONG_SUMMARY, "[\"2026-10-07\",\"2026-10-21\"]"));
        JsonNode again = json(mediation("phi-1", AHMAD, LONG_SUMMARY, "[\"2026-10-07\",\"2026-10-21\"]"));

        assertThat(first.path("kodeRespon").asText()).as(first.toString()).isEqualTo("S-00");
        JsonNode hasil = first.path("hasil");
        assertThat(hasil.path("nomorPencatatan").asText()).matches("565/\\d{4}-PHI/" + today().getYear());
        assertThat(Integer.parseInt(hasil.path("nomorPencatatan").asText().substring(4, 8)))
                .isGreaterThanOrEqualTo(MediationService.FIRST_CASE);
        assertThat(MediationService.MEDIATORS).extracting(m -> m.get("nama")).contains(hasil.path("mediator").path("nama").asText());
        assertThat(hasil.path("jenisPerselisihan").asText()).isEqualTo("Perselisihan pemutusan hubungan kerja");
        assertThat(hasil.path("perundinganBipartit").asInt()).isEqualTo(2);
        LocalDate session = LocalDate.parse(hasil.path("sidangPertamaPalingLambat").asText());
        LocalDate deadline = LocalDate.parse(hasil.path("batasPenyelesaian").asText());
        assertThat(session).isEqualTo(MediationService.workingDaysAfter(today(), 7)).isAfter(today().plusDays(8));
        // 7 and 30 working days are at least 9 and 40 calendar days (from a Sunday).
        assertThat(deadline).isEqualTo(MediationService.workingDaysAfter(today(), 30)).isAfterOrEqualTo(today().plusDays(40));
        assertThat(session.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(deadline.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(MediationService.HOLIDAYS).doesNotContain(session, deadline);
        assertThat(again).isEqualTo(first);
        assertThat(backend.ledger().received(DisnakerLedger.MEDIATION)).isEqualTo(before + 1);
        assertThat(backend.ledger().callsFor("phi-1")).isEqualTo(2);
    }

    @Test
    void aDisputeIsRefusedWithoutTwoPastBipartiteNegotiationsOrWithATooShortAccount() throws Exception {
        String future = today().plusDays(3).toString();
        HttpResponse<String> once = mediation("phi-r1", AHMAD, LONG_SUMMARY, "[\"2026-10-07\"]");
        JsonNode sameDayTwice = json(mediation("phi-r2", AHMAD, LONG_SUMMARY, "[\"2026-10-07\",\"2026-10-07\"]"));
        JsonNode ahead = json(mediation("phi-r3", AHMAD, LONG_SUMMARY, "[\"2026-10-07\",\"" + future + "\"]"));
        JsonNode terse = json(mediation("phi-r4", AHMAD, "Pesangon belum dibayar oleh perusahaan.", "[\"2026-10-07\",\"2026-10-21\"]"));
        JsonNode badDate = json(mediation("phi-r5", AHMAD, LONG_SUMMARY, "[\"2026-10-07\",\"21-10-2026\"]"));

        assertThat(once.statusCode()).isEqualTo(422);
        assertThat(json(once).path("kodeRespon").asText()).isEqualTo("T-21");
        assertThat(json(once).path("pesan").asText()).startsWith("Perundingan bipartit baru 1 kali");
        assertThat(sameDayTwice.path("kodeRespon").asText()).isEqualTo("T-21");
        assertThat(ahead.path("kodeRespon").asText()).isEqualTo("T-22");
        assertThat(ahead.path("pesan").asText()).contains(LocalDate.parse(future)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(terse.path("kodeRespon").asText()).isEqualTo("T-23");
        assertThat(badDate.path("kodeRespon").asText()).isEqualTo("V-02");
        assertThat(badDate.path("pesan").asText()).endsWith("tanggalBipartit");
        for (String id : List.of("phi-r1", "phi-r2", "phi-r3", "phi-r4", "phi-r5")) {
            assertThat(backend.ledger().registered(id)).as(id).isFalse();
        }
    }

    @Test
    void theTestDataSectionNamesTheShowcaseJobSeekers() throws Exception {
        JsonNode section = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/test-data"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body()).path("disnaker");

        assertThat(section.path("basePath").asText()).isEqualTo("/disnaker/e-layanan/v1");
        assertThat(section.path("jobSeekers").findValuesAsText("jobSeekerNumber"))
                .containsExactly(JobSeekerRegister.DEWI_NUMBER, JobSeekerRegister.FAJAR_NUMBER, JobSeekerRegister.BUDI_NUMBER);
        assertThat(section.path("generatedJobSeekers").size()).isEqualTo(8);
    }
}
