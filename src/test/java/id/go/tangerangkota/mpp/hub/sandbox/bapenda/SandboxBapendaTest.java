package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Bapenda API over a real socket: the API key, the shared checks, the SPPT look-up
 * (the figures Bank BJB holds), the BPHTB computation and refusals, the mutasi's BPHTB check, and
 * the deduplication on idTransaksiMitra.
 */
class SandboxBapendaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final String KEY = "sandbox-bapenda-demo-key";

    private static SandboxServer server;
    private static BapendaBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        backend = server.backend("bapenda", BapendaBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongOrMissingKeyIsStatus41BeforeAnythingElse() throws Exception {
        for (String key : new String[] {"not-the-key", null}) {
            HttpResponse<String> r = send("/pbb/sppt", "{\"nop\":\"367107000501203450\",\"tahunPajak\":2026}",
                    "application/json", key);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(r.body()).path("status").asText()).isEqualTo("41");
            assertThat(JSON.readTree(r.body()).path("pesan").asText()).isEqualTo("X-Api-Key tidak dikenal");
        }
    }

    @Test
    void protocolChecksAnswerTheBackEndsCodes() throws Exception {
        assertThat(send("/pbb/hapus", "{}", "application/json", KEY).statusCode()).isEqualTo(404);
        assertThat(send("/pbb/sppt", "nop=1", "text/plain", KEY).statusCode()).isEqualTo(415);
        HttpResponse<String> notJson = send("/pbb/sppt", "{\"nop\":", "application/json", KEY);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"status\":\"10\"");
        HttpResponse<String> huge = send("/pbb/sppt", "{\"x\":\"" + "a".repeat(40_000) + "\"}", "application/json", KEY);
        assertThat(huge.statusCode()).isEqualTo(413);
        HttpResponse<String> badNop = send("/pbb/sppt", "{\"nop\":\"3201\",\"tahunPajak\":2026}", "application/json", KEY);
        assertThat(badNop.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badNop.body()).path("pesan").asText()).isEqualTo("Parameter tidak valid: nop");
    }

    @Test
    void ahmadsSpptIsPaidAsBankBjbRecordsItAndOneRowPageComesBack() throws Exception {
        JsonNode page = call("/pbb/sppt", "{\"nop\":\"367107000501203450\",\"tahunPajak\":2026}");

        assertThat(page.path("status").asText()).isEqualTo("00");
        assertThat(page.path("meta").path("totalData").asInt()).isEqualTo(1);
        JsonNode row = page.path("data").get(0);
        assertThat(row.path("nop").asText()).isEqualTo("36.71.070.005.012-0345.0");
        assertThat(row.path("pbbTerutang").asLong()).isEqualTo(1_284_500L);
        assertThat(row.path("statusBayar").asText()).isEqualTo("LUNAS");
        assertThat(row.path("tanggalBayar").asText()).isEqualTo("2026-11-20");
        assertThat(row.path("jumlahTagihan").asLong()).isZero();
        assertThat(call("/pbb/sppt", "{\"nop\":\"367107000501203450\",\"tahunPajak\":2019}").path("status").asText())
                .isEqualTo("01");
    }

    @Test
    void bphtbIsFivePercentAboveNpoptkpAndARepeatAnswersTheSameRegistration() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = bphtb(id, "3671011203850001", "3671071506780003", "01", 450_000_000L);
        int before = backend.submissions().received();

        JsonNode first = call("/bphtb/sspd", body);
        JsonNode again = call("/bphtb/sspd", body);

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("00");
        assertThat(first.path("data").path("npop").asLong()).isEqualTo(450_000_000L);
        assertThat(first.path("data").path("bphtbTerutang").asLong()).isEqualTo(18_500_000L);
        assertThat(first.path("data").path("nomorSspd").asText()).matches("SSPD-\\d{4}-\\d{6}");
        assertThat(again).isEqualTo(first);
        assertThat(backend.submissions().received()).isEqualTo(before + 1);
        assertThat(backend.submissions().callsFor(id)).isEqualTo(2);
    }

    @Test
    void bphtbRefusesAStrangerAsSellerAnUnpaidPbbAndAnUnknownNop() throws Exception {
        JsonNode stranger = call("/bphtb/sspd", bphtb(UUID.randomUUID().toString(), "3671011203850001",
                "3671055208920002", "01", 450_000_000L));
        String budisNop = SpptBook.nop(server.citizens().byNik(SpptBook.BUDI).orElseThrow().address(), 11, 21);
        JsonNode unpaid = call("/bphtb/sspd", "{\"idTransaksiMitra\":\"" + UUID.randomUUID() + "\",\"nop\":\"" + budisNop
                + "\",\"nikPenerimaHak\":\"3671055208920002\",\"nikPelepasHak\":\"3671011203850001\","
                + "\"jenisPerolehan\":\"01\",\"nilaiTransaksi\":900000000,\"luasTanah\":105,\"luasBangunan\":72}");
        JsonNode unknown = call("/bphtb/sspd", bphtb(UUID.randomUUID().toString(), "3671011203850001",
                "3671071506780003", "01", 1L).replace("367107000501204560", "367107000599999990"));

        assertThat(stranger.path("status").asText()).isEqualTo("21");
        assertThat(unpaid.path("status").asText()).isEqualTo("22");
        assertThat(unknown.path("status").asText()).isEqualTo("01");
    }

    @Test
    void aFullTransferNeedsTheValidatedBphtbOfThisNopAndTaxpayer() throws Exception {
        String template = "{\"idTransaksiMitra\":\"%s\",\"nop\":\"367111000300705670\",\"nikWajibPajakBaru\":\"%s\","
                + "\"jenisMutasi\":\"PENUH\",\"dasarMutasi\":{\"jenis\":\"PENETAPAN_AHLI_WARIS\",\"nomor\":\"0412/Pdt.P/2026/PA.Tng\","
                + "\"tanggal\":\"2026-10-14\"},\"nomorValidasiBphtb\":\"%s\"}";
        JsonNode ok = call("/pbb/mutasi", template.formatted(UUID.randomUUID(), SpptBook.RINA, SpptBook.RINA_BPHTB));
        JsonNode otherTaxpayer = call("/pbb/mutasi", template.formatted(UUID.randomUUID(), SpptBook.BUDI, SpptBook.RINA_BPHTB));
        JsonNode unknown = call("/pbb/mutasi", template.formatted(UUID.randomUUID(), SpptBook.RINA, "BPHTB-2026-0000001"));

        assertThat(ok.path("status").asText()).as(ok.toString()).isEqualTo("00");
        assertThat(ok.path("data").path("nomorPelayanan").asText()).matches("MUT-\\d{4}-\\d{6}");
        assertThat(ok.path("data").path("berlakuSpptTahun").asInt()).isEqualTo(2027);
        assertThat(otherTaxpayer.path("status").asText()).isEqualTo("23");
        assertThat(unknown.path("status").asText()).isEqualTo("23");
    }

    private static String bphtb(String id, String receiver, String transferor, String kind, long value) {
        return ("{\"idTransaksiMitra\":\"%s\",\"nop\":\"367107000501204560\",\"nikPenerimaHak\":\"%s\",\"nikPelepasHak\":\"%s\","
                + "\"jenisPerolehan\":\"%s\",\"nilaiTransaksi\":%d,\"luasTanah\":90,\"luasBangunan\":0}")
                .formatted(id, receiver, transferor, kind, value);
    }

    private static JsonNode call(String path, String body) throws Exception {
        HttpResponse<String> r = send(path, body, "application/json", KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(String path, String body, String type, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bapenda/api/v1" + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
