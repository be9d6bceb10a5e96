package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxHttp;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated land-office gateway over a real socket: the account in the body, the paged
 * envelope, the land-book checks with their refusals, and deduplication on nomorPermohonanMitra.
 */
class SandboxAtrBpnTest {

    private static final String ACCOUNT = "\"otentikasi\":{\"namaPengguna\":\"mpp-kota-tangerang\",\"kataSandi\":\"sandbox-atrbpn-demo-password\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SandboxServer server;
    private static LandOffice office;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        office = server.backend("atr-bpn", AtrBpnBackend.class).office();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongOrMissingAccountIsRefusedWithE401AsAnEmptyPage() throws Exception {
        for (String account : new String[] {
                "\"otentikasi\":{\"namaPengguna\":\"mpp-kota-tangerang\",\"kataSandi\":\"salah\"}",
                "\"otentikasi\":{\"namaPengguna\":\"orang-lain\",\"kataSandi\":\"sandbox-atrbpn-demo-password\"}",
                "\"tanpa\":1"}) {
            HttpResponse<String> r = post("/berkas/cari", "{" + account + ",\"nomorBerkas\":12873,\"tahunBerkas\":2026}");
            JsonNode answer = JSON.readTree(r.body());
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(answer.at("/meta/kodeStatus").asText()).isEqualTo("E401");
            assertThat(answer.at("/meta/pesan").asText()).isEqualTo("Nama pengguna atau kata sandi salah");
            assertThat(answer.path("data").size()).isZero();
        }
    }

    @Test
    void aFileSearchIsAPageAndAnUnknownFileAnEmptyOne() throws Exception {
        JsonNode found = JSON.readTree(post("/berkas/cari", "{" + ACCOUNT + ",\"nomorBerkas\":12873,\"tahunBerkas\":2026}").body());
        JsonNode none = JSON.readTree(post("/berkas/cari", "{" + ACCOUNT + ",\"nomorBerkas\":12873,\"tahunBerkas\":2025}").body());
        JsonNode secondPage = JSON.readTree(post("/berkas/cari",
                "{" + ACCOUNT + ",\"nomorBerkas\":12873,\"tahunBerkas\":2026,\"halaman\":2}").body());

        assertThat(found.at("/meta/kodeStatus").asText()).isEqualTo("0000");
        assertThat(found.at("/meta/totalData").asInt()).isEqualTo(1);
        assertThat(found.at("/meta/totalHalaman").asInt()).isEqualTo(1);
        assertThat(found.at("/data/0/statusBerkas").asText()).isEqualTo("PROSES");
        assertThat(found.at("/data/0/objekHak").asText()).isEqualTo("HM 02346/BOJONG JAYA");
        assertThat(none.at("/meta/totalData").asInt()).isZero();
        assertThat(none.path("data").size()).isZero();
        assertThat(secondPage.at("/meta/totalData").asInt()).isEqualTo(1);
        assertThat(secondPage.path("data").size()).isZero();
    }

    @Test
    void aCheckOpensADoneFileOnceAndNamesWhatTheLandBookRecords() throws Exception {
        String id = UUID.randomUUID().toString();
        int before = office.checksOpened();
        JsonNode first = JSON.readTree(post("/pengecekan-sertipikat", check(id, "HGB", "01187", "KETAPANG", "CIPONDOH", "")).body());
        JsonNode again = JSON.readTree(post("/pengecekan-sertipikat", check(id, "HGB", "01187", "KETAPANG", "CIPONDOH", "")).body());

        assertThat(first.at("/meta/kodeStatus").asText()).isEqualTo("0000");
        assertThat(first.at("/data/0/hasilPengecekan").asText()).isEqualTo("SESUAI");
        assertThat(first.at("/data/0/catatanBukuTanah/0").asText()).startsWith("Hak Tanggungan Peringkat I");
        assertThat(first.at("/data/0/catatanBukuTanah").toString()).contains("12990/2026");
        assertThat(again).isEqualTo(first);
        assertThat(office.checksOpened()).isEqualTo(before + 1);
        assertThat(office.callsFor(id)).isEqualTo(2);
        String file = first.at("/data/0/nomorBerkas").asInt() + "/" + first.at("/data/0/tahunBerkas").asInt();
        assertThat(office.fileState(file)).contains("SELESAI");
    }

    @Test
    void whatDoesNotMatchTheLandBookIsRefused() throws Exception {
        HttpResponse<String> unknown = post("/pengecekan-sertipikat", check(UUID.randomUUID().toString(), "HM", "09999", "BOJONG JAYA", "KARAWACI", ""));
        HttpResponse<String> wrongKecamatan = post("/pengecekan-sertipikat", check(UUID.randomUUID().toString(), "HM", "02346", "BOJONG JAYA", "PINANG", ""));
        HttpResponse<String> wrongNib = post("/pengecekan-sertipikat", check(UUID.randomUUID().toString(), "HM", "02346", "BOJONG JAYA", "KARAWACI", "28030107009999"));
        HttpResponse<String> incomplete = post("/pengecekan-sertipikat", "{" + ACCOUNT + ",\"nomorPermohonanMitra\":\"x\"}");

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknown.body()).at("/meta/kodeStatus").asText()).isEqualTo("E204");
        assertThat(JSON.readTree(wrongKecamatan.body()).at("/meta/kodeStatus").asText()).isEqualTo("E205");
        assertThat(JSON.readTree(wrongNib.body()).at("/meta/kodeStatus").asText()).isEqualTo("E206");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(incomplete.body()).at("/meta/kodeStatus").asText()).isEqualTo("E100");
    }

    private static String check(String id, String type, String number, String kelurahan, String kecamatan, String nib) {
        return """
                {%s,"nomorPermohonanMitra":"%s","nikPemohon":"3671055208920002","keperluan":"PENGECEKAN_SENDIRI",
                 "sertipikat":{"jenisHak":"%s","nomorHak":"%s","kelurahan":"%s","kecamatan":"%s","nib":"%s"}}"""
                .formatted(ACCOUNT, id, type, number, kelurahan, kecamatan, nib);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return SandboxHttp.post(server.baseUrl() + AtrBpnBackend.BASE + path, "application/json", body, null);
    }
}
