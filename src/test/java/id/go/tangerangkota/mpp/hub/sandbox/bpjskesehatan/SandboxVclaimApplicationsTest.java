package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.VclaimTestClient.Answer;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.VclaimTestClient.Signing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invented membership applications: data correction against Dukcapil's record, FKTP change
 * with its rules, deduplication on noRefMitra and the count of receipts.
 */
class SandboxVclaimApplicationsTest {

    private static final String CORRECTION = "/Kepesertaan/perbaikanData";
    private static final String FKTP = "/Kepesertaan/pindahFKTP";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private static final AtomicInteger IDS = new AtomicInteger();

    private static SandboxServer server;
    private static VclaimTestClient client;
    private static MembershipApplications applications;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new VclaimTestClient(server);
        applications = server.backend("bpjs-kesehatan", BpjsKesehatanBackend.class).applications();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String newReference() {
        return "0195a1b2-0000-7000-8000-" + String.format("%012d", IDS.incrementAndGet());
    }

    private static Map<String, Object> correction(String reference, String card, String nik, Map<String, String> values) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("noRefMitra", reference);
        request.put("noKartu", card);
        request.put("nik", nik);
        request.put("perbaikan", values);
        request.put("alasan", "Nama tidak sesuai KTP-el");
        request.put("user", "test");
        return Map.of("request", request);
    }

    private static Map<String, Object> move(String reference, String card, String nik, String provider, boolean family) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("noRefMitra", reference);
        request.put("noKartu", card);
        request.put("nik", nik);
        request.put("kdProviderTujuan", provider);
        request.put("sekeluarga", family ? "1" : "0");
        request.put("user", "test");
        return Map.of("request", request);
    }

    private static JsonNode pesertaOn(String card, LocalDate date) {
        return client.get("/Peserta/nokartu/" + card + "/tglSEP/" + date).opened().path("peserta");
    }

    @Test
    void correctionToDukcapilsNameIsApprovedAppliedAndDeduplicated() {
        String reference = newReference();
        int registeredBefore = applications.registered();
        Map<String, Object> body = correction(reference, "0001427735620", SITI, Map.of("nama", "Siti Nurhaliza Rahmawati"));

        Answer first = client.post(CORRECTION, body);
        Answer again = client.post(CORRECTION, body);

        assertThat(first.code()).as(first.json().toString()).isEqualTo("200");
        JsonNode pengajuan = first.opened().path("pengajuan");
        assertThat(pengajuan.path("noPengajuan").asText()).matches("0414RMPP\\d{4}D\\d{6}");
        assertThat(pengajuan.path("noRefMitra").asText()).isEqualTo(reference);
        assertThat(pengajuan.path("status").asText()).isEqualTo("DISETUJUI");
        assertThat(pengajuan.path("dataBaru").path("nama").asText()).isEqualTo("SITI NURHALIZA RAHMAWATI");
        assertThat(again.opened()).isEqualTo(first.opened());
        assertThat(applications.registered()).isEqualTo(registeredBefore + 1);
        assertThat(applications.receiptsFor(reference)).isEqualTo(2);
        assertThat(pesertaOn("0001427735620", TODAY).path("nama").asText()).isEqualTo("SITI NURHALIZA RAHMAWATI");
    }

    @Test
    void correctionsThatDisagreeWithDukcapilOrTouchAnotherCardAreRefused() {
        String reference = newReference();
        Answer wrongName = client.post(CORRECTION, correction(reference, "0001427735620", SITI,
                Map.of("nama", "SITI NUR HALIZA")));
        Answer notHers = client.post(CORRECTION, correction(newReference(), "0001427735619", SITI,
                Map.of("nama", "SITI NURHALIZA RAHMAWATI")));
        Answer unknownCard = client.post(CORRECTION, correction(newReference(), "0009999999999", SITI,
                Map.of("nama", "SITI NURHALIZA RAHMAWATI")));
        Answer wrongBirthDate = client.post(CORRECTION, correction(newReference(), "0001427735619", BUDI,
                Map.of("tglLahir", "1985-03-13")));

        assertThat(wrongName.code()).isEqualTo("202");
        assertThat(wrongName.message()).isEqualTo("Data perbaikan tidak sesuai dengan data Dukcapil: nama");
        assertThat(notHers.code()).isEqualTo("202");
        assertThat(notHers.message()).isEqualTo("Nomor kartu bukan milik NIK pemohon");
        assertThat(unknownCard.code()).isEqualTo("201");
        assertThat(wrongBirthDate.message()).endsWith("tglLahir");
        // Received, but nothing registered under a refused reference.
        assertThat(applications.receiptsFor(reference)).isEqualTo(1);
        assertThat(applications.application(reference)).isEmpty();
    }

    @Test
    void malformedApplicationsAreBadRequests() {
        Answer noBody = client.post(CORRECTION, Map.of("perbaikan", "x"));
        Answer unknownField = client.post(CORRECTION, correction(newReference(), "0001427735620", SITI,
                Map.of("golonganDarah", "O")));
        Answer badSex = client.post(CORRECTION, correction(newReference(), "0001427735620", SITI, Map.of("sex", "W")));
        Answer badFamilyFlag = client.post(FKTP, Map.of("request", Map.of("noRefMitra", newReference(),
                "noKartu", "0001427735619", "nik", BUDI, "kdProviderTujuan", "0414U057", "sekeluarga", "ya")));

        assertThat(noBody.code()).isEqualTo("400");
        assertThat(unknownField.message()).isEqualTo("Parameter tidak valid: perbaikan.golonganDarah");
        assertThat(badSex.code()).isEqualTo("400");
        assertThat(badFamilyFlag.message()).isEqualTo("Parameter tidak valid: sekeluarga");
    }

    @Test
    void aWronglySignedApplicationIsCountedButNotRegistered() {
        String reference = newReference();

        Answer a = client.post(FKTP, move(reference, "0001427735619", BUDI, "0414U057", true),
                Signing.demo().withSecret("wrong"));

        assertThat(a.code()).isEqualTo("401");
        assertThat(applications.receiptsFor(reference)).isEqualTo(1);
        assertThat(applications.application(reference)).isEmpty();
    }

    @Test
    void familyMovesToTheNewFktpOnTheFirstOfNextMonth() {
        String reference = newReference();
        LocalDate effective = TODAY.withDayOfMonth(1).plusMonths(1);

        Answer a = client.post(FKTP, move(reference, "0001427735619", BUDI, "0414U057", true));
        Answer again = client.post(FKTP, move(reference, "0001427735619", BUDI, "0414U057", true));

        assertThat(a.code()).as(a.json().toString()).isEqualTo("200");
        JsonNode pengajuan = a.opened().path("pengajuan");
        assertThat(pengajuan.path("fktpAsal").path("kdProvider").asText()).isEqualTo("0414P005");
        assertThat(pengajuan.path("fktpTujuan").path("nmProvider").asText())
                .isEqualTo("KLINIK PRATAMA SEHAT SENTOSA CIPONDOH");
        assertThat(pengajuan.path("tglBerlaku").asText()).isEqualTo(effective.toString());
        assertThat(pengajuan.path("jumlahPeserta").asInt()).isEqualTo(2);
        assertThat(again.opened()).isEqualTo(a.opened());
        assertThat(applications.receiptsFor(reference)).isEqualTo(2);
        // Budi and Siti: still at the puskesmas today, at the clinic from the effective date.
        for (String card : new String[] {"0001427735619", "0001427735620"}) {
            assertThat(pesertaOn(card, TODAY).path("provUmum").path("kdProvider").asText()).isEqualTo("0414P005");
            assertThat(pesertaOn(card, effective).path("provUmum").path("kdProvider").asText()).isEqualTo("0414U057");
        }
        // A new choice before it takes effect replaces the approved one (the last choice wins).
        Answer changedMind = client.post(FKTP, move(newReference(), "0001427735619", BUDI, "0414U051", false));
        assertThat(changedMind.code()).isEqualTo("200");
        assertThat(pesertaOn("0001427735619", effective).path("provUmum").path("kdProvider").asText())
                .isEqualTo("0414U051");
        assertThat(pesertaOn("0001427735620", effective).path("provUmum").path("kdProvider").asText())
                .isEqualTo("0414U057");
    }

    @Test
    void fktpChangesAgainstTheRulesAreRefusedWithTheBranchOfficesReason() {
        assertThat(client.post(FKTP, move(newReference(), "0001427735619", BUDI, "0414X999", false)).message())
                .isEqualTo("Kode FKTP tujuan tidak terdaftar");
        assertThat(client.post(FKTP, move(newReference(), "0001427735619", BUDI, "0414P005", false)).message())
                .isEqualTo("FKTP tujuan sama dengan FKTP saat ini");
        assertThat(client.post(FKTP, move(newReference(), "0002296471058", "3671116304880006", "0414U054", false))
                .message()).isEqualTo("Status kepesertaan tidak aktif, perubahan FKTP tidak dapat diproses");
        assertThat(client.post(FKTP, move(newReference(), "0001731904147", "3671071909050009", "0414U052", false))
                .message()).isEqualTo("Peserta belum 3 bulan terdaftar di FKTP saat ini");
        Answer notHis = client.post(FKTP, move(newReference(), "0001427735620", BUDI, "0414U057", false));
        assertThat(notHis.code()).isEqualTo("202");
        assertThat(notHis.message()).isEqualTo("Nomor kartu bukan milik NIK pemohon");
    }
}
