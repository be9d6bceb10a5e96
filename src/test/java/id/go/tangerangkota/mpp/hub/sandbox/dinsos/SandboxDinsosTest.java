package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxHttp;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Dinsos service over a real socket: the API key, the paginated DTKS check, the
 * registration and reactivation refusals, and deduplication on idPermohonanMpp. Each test uses
 * its own citizens, so the order of tests does not matter.
 */
class SandboxDinsosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sandbox-dinsos-demo-key";
    private static final String RINA = "3671116304880006";

    private static SandboxServer server;
    private static DinsosBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        backend = server.backend("dinsos", DinsosBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        return SandboxHttp.post(server.baseUrl() + "/dinsos/api/v1" + path, "application/json", body, key);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aWrongOrMissingApiKeyIsRefusedWithKode41() throws Exception {
        for (String key : new String[] {"not-the-key", null}) {
            HttpResponse<String> r = post("/dtks/cek", "{\"nik\":\"" + RINA + "\",\"keperluan\":\"cek\"}", key);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r).path("kode").asText()).isEqualTo("41");
            assertThat(json(r).path("pesan").asText()).isEqualTo("API key tidak dikenali");
            assertThat(r.body()).doesNotContain("RINA");
        }
    }

    @Test
    void theCheckAnswersTheHouseholdsProgrammesPageByPage() throws Exception {
        JsonNode first = json(post("/dtks/cek", "{\"nik\":\"" + RINA + "\",\"keperluan\":\"cek\",\"perHalaman\":3}", KEY));
        JsonNode second = json(post("/dtks/cek",
                "{\"nik\":\"" + RINA + "\",\"keperluan\":\"cek\",\"perHalaman\":3,\"halaman\":2}", KEY));

        assertThat(first.path("kode").asText()).isEqualTo("00");
        assertThat(first.path("rumahTangga").path("desil").asInt()).isEqualTo(1);
        assertThat(first.path("meta").path("totalHalaman").asInt()).isEqualTo(2);
        assertThat(first.path("meta").path("totalData").asInt()).isEqualTo(4);
        assertThat(first.path("data").findValuesAsText("kodeProgram")).containsExactly("PKH", "BPNT", "PBI-JK");
        assertThat(first.path("data").get(2).path("statusPenerima").asText()).isEqualTo("NONAKTIF");
        assertThat(second.path("data").findValuesAsText("kodeProgram")).containsExactly("PIP");
    }

    @Test
    void aCitizenOutsideTheRegisterIs404AndAMissingPurposeIs400() throws Exception {
        HttpResponse<String> none = post("/dtks/cek", "{\"nik\":\"3671011203850001\",\"keperluan\":\"cek\"}", KEY);
        HttpResponse<String> noPurpose = post("/dtks/cek", "{\"nik\":\"" + RINA + "\"}", KEY);

        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).path("kode").asText()).isEqualTo("01");
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(json(noPurpose).path("pesan").asText()).isEqualTo("Parameter wajib tidak lengkap: keperluan");
    }

    @Test
    void registrationChecksTheFamilyCardAndIsDeduplicatedOnTheRequestId() throws Exception {
        String template = """
                {"idPermohonanMpp":"%s","nikPengusul":"%s","noKk":"%s","jumlahArt":3,"penghasilanBulanan":%d,
                 "rumah":{"statusKepemilikan":"SEWA","luasLantaiM2":20,"jenisDinding":"TEMBOK","dayaListrikVa":450},
                 "noHp":"081234567890"}""";
        // Ahmad's household (KK 3671070202100003) is not in the register.
        String ahmad = "3671071506780003";
        String kk = "3671070202100003";
        assertThat(json(post("/dtks/usulan", template.formatted("t-1", ahmad, "3671079999999999", 1_000_000), KEY))
                .path("kode").asText()).isEqualTo("21");
        assertThat(json(post("/dtks/usulan", template.formatted("t-2", RINA, kk, 1_000_000), KEY))
                .path("kode").asText()).isEqualTo("22");
        assertThat(json(post("/dtks/usulan", template.formatted("t-3", RINA, DtksRegister.RINA_KK, 1_000_000), KEY))
                .path("kode").asText()).isEqualTo("23");
        HttpResponse<String> rich = post("/dtks/usulan", template.formatted("t-4", ahmad, kk, 9_000_000), KEY);
        assertThat(rich.statusCode()).isEqualTo(422);
        assertThat(json(rich).path("kode").asText()).isEqualTo("25");
        int before = backend.applications().received();

        JsonNode ok = json(post("/dtks/usulan", template.formatted("t-5", ahmad, kk, 2_000_000), KEY));
        JsonNode again = json(post("/dtks/usulan", template.formatted("t-5", ahmad, kk, 2_000_000), KEY));
        JsonNode other = json(post("/dtks/usulan", template.formatted("t-6", ahmad, kk, 2_000_000), KEY));

        assertThat(ok.path("kode").asText()).isEqualTo("00");
        assertThat(ok.path("data").path("noUsulan").asText()).matches("USL-\\d{8}-\\d{6}");
        assertThat(again).isEqualTo(ok);
        assertThat(other.path("kode").asText()).isEqualTo("24");
        assertThat(backend.applications().received()).isEqualTo(before + 1);
        assertThat(backend.applications().callsFor("t-5")).isEqualTo(2);
        assertThat(backend.register().pendingProposal(kk)).contains(ok.path("data").path("noUsulan").asText());
    }

    @Test
    void reactivationNeedsTheRegisterAndTheCitizensOwnDeactivatedCard() throws Exception {
        String template = "{\"idPermohonanMpp\":\"%s\",\"nik\":\"%s\",\"noKartuJkn\":\"%s\",\"alasan\":\"BUTUH_PERAWATAN\"}";
        String nayla = "3671114510110013";
        assertThat(json(post("/pbi/reaktivasi", template.formatted("r-1", "3671011203850001", "0002296471069"), KEY))
                .path("kode").asText()).isEqualTo("31");
        assertThat(json(post("/pbi/reaktivasi", template.formatted("r-2", nayla, "0002296471058"), KEY))
                .path("kode").asText()).isEqualTo("32");

        JsonNode ok = json(post("/pbi/reaktivasi", template.formatted("r-3", nayla, "0002296471069"), KEY));
        JsonNode twice = json(post("/pbi/reaktivasi", template.formatted("r-4", nayla, "0002296471069"), KEY));

        assertThat(ok.path("kode").asText()).isEqualTo("00");
        assertThat(ok.path("data").path("noUsulan").asText()).matches("RPBI-\\d{8}-\\d{6}");
        assertThat(twice.path("kode").asText()).isEqualTo("34");
        assertThat(backend.register().pbi(nayla).orElseThrow().reactivationNumber())
                .isEqualTo(ok.path("data").path("noUsulan").asText());
    }
}
