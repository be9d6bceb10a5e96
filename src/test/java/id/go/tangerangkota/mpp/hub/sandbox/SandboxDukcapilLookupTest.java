package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** CALL_NIK over a real socket, and the checks every Dukcapil service shares. */
class SandboxDukcapilLookupTest {

    private static final List<String> SIAK_COLUMNS = List.of("NIK", "NO_KK", "NAMA_LGKP", "JENIS_KLMIN",
            "TMPT_LHR", "TGL_LHR", "AGAMA", "STATUS_KAWIN", "STAT_HBKEL", "GOL_DRH", "PDDK_AKH", "JENIS_PKRJN",
            "NAMA_LGKP_IBU", "ALAMAT", "NO_RT", "NO_RW", "NO_PROP", "NO_KAB", "NO_KEC", "NO_KEL", "PROP_NAME",
            "KAB_NAME", "KEC_NAME", "KEL_NAME", "EKTP_STATUS");

    private static SandboxServer server;
    private static DukcapilTestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new DukcapilTestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersTheRecordWithSiakColumnNamesInsideTheEnvelope() throws Exception {
        HttpResponse<String> response = client.send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK",
                DukcapilTestClient.JSON.writeValueAsString(DukcapilTestClient.body("NIK", "3671011203850001")),
                "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");

        JsonNode envelope = DukcapilTestClient.JSON.readTree(response.body());
        assertThat(envelope.path("lastPage").asBoolean()).isTrue();
        assertThat(envelope.path("first").asBoolean()).isTrue();
        assertThat(envelope.path("numberOfElements").asInt()).isEqualTo(1);
        assertThat(envelope.path("totalElements").asInt()).isEqualTo(1);
        assertThat(envelope.path("totalPages").asInt()).isEqualTo(1);
        assertThat(envelope.path("size").asInt()).isEqualTo(1);
        assertThat(envelope.path("number").asInt()).isZero();
        assertThat(envelope.has("sort")).isTrue();
        assertThat(envelope.get("sort").isNull()).isTrue();
        assertThat(envelope.path("content")).hasSize(1);

        JsonNode record = envelope.path("content").path(0);
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(SIAK_COLUMNS);
        record.elements().forEachRemaining(value -> assertThat(value.isTextual()).isTrue());
        assertThat(record.path("NIK").asText()).isEqualTo("3671011203850001");
        assertThat(record.path("NO_KK").asText()).isEqualTo("3671050101150001");
        assertThat(record.path("NAMA_LGKP").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(record.path("JENIS_KLMIN").asText()).isEqualTo("LAKI-LAKI");
        assertThat(record.path("TMPT_LHR").asText()).isEqualTo("TANGERANG");
        assertThat(record.path("TGL_LHR").asText()).isEqualTo("12-03-1985");
        assertThat(record.path("STAT_HBKEL").asText()).isEqualTo("KEPALA KELUARGA");
        assertThat(record.path("STATUS_KAWIN").asText()).isEqualTo("KAWIN");
        assertThat(record.path("NO_RT").asText()).matches("\\d{3}");
        assertThat(record.path("NO_PROP").asText()).isEqualTo("36");
        assertThat(record.path("NO_KAB").asText()).isEqualTo("71");
        assertThat(record.path("NO_KEC").asText()).isEqualTo("05");
        assertThat(record.path("NO_KEL").asText()).matches("\\d{4}");
        assertThat(record.path("PROP_NAME").asText()).isEqualTo("BANTEN");
        assertThat(record.path("KAB_NAME").asText()).isEqualTo("KOTA TANGERANG");
        assertThat(record.path("KEC_NAME").asText()).isEqualTo("CIPONDOH");
        assertThat(record.path("RESPON").isMissingNode()).isTrue();
    }

    @Test
    void aWomansRecordSaysPerempuanAndHerMothersName() throws Exception {
        JsonNode record = client.content("CALL_NIK", DukcapilTestClient.body("NIK", "3671055208920002"));
        assertThat(record.path("JENIS_KLMIN").asText()).isEqualTo("PEREMPUAN");
        assertThat(record.path("TGL_LHR").asText()).isEqualTo("12-08-1992");
        assertThat(record.path("NAMA_LGKP_IBU").asText()).isEqualTo("SRI WAHYUNI");
        assertThat(record.path("STAT_HBKEL").asText()).isEqualTo("ISTRI");
    }

    @Test
    void everyGeneratedCitizenCanBeLookedUp() throws Exception {
        Citizen citizen = server.citizens().all().get(300);
        JsonNode record = client.content("CALL_NIK", DukcapilTestClient.body("NIK", citizen.nik()));
        assertThat(record.path("NAMA_LGKP").asText()).isEqualTo(citizen.fullName());
        assertThat(record.path("NO_KK").asText()).isEqualTo(citizen.familyCardNumber());
        assertThat(record.path("KEC_NAME").asText()).isEqualTo(citizen.address().kecamatan().siakName());
    }

    @Test
    void unknownNikIsDataTidakDitemukan() throws Exception {
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body("NIK", "3671061010909999")))
                .isEqualTo("Data Tidak Ditemukan");
    }

    @Test
    void nikThatIsNotSixteenDigitsIsNikTidakValid() throws Exception {
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body("NIK", "367101120385000"))).isEqualTo("NIK Tidak Valid");
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body("NIK", "36710112038500AB"))).isEqualTo("NIK Tidak Valid");
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body("NIK", " 3671011203850001"))).isEqualTo("NIK Tidak Valid");
    }

    @Test
    void wrongOrMissingCredentialsAreLoginGagal() throws Exception {
        Map<String, Object> wrongPassword = DukcapilTestClient.body("NIK", "3671011203850001");
        wrongPassword.put("password", "not-the-password");
        Map<String, Object> wrongUser = DukcapilTestClient.body("NIK", "3671011203850001");
        wrongUser.put("user_id", "someone-else");
        Map<String, Object> noUser = DukcapilTestClient.body("NIK", "3671011203850001");
        noUser.remove("user_id");
        assertThat(client.respon("CALL_NIK", wrongPassword)).isEqualTo("Login Gagal");
        assertThat(client.respon("CALL_NIK", wrongUser)).isEqualTo("Login Gagal");
        assertThat(client.respon("CALL_NIK", noUser)).isEqualTo("Login Gagal");
    }

    @Test
    void loginIsCheckedBeforeTheNik() throws Exception {
        Map<String, Object> body = DukcapilTestClient.body("NIK", "3671061010909999");
        body.put("password", "wrong");
        assertThat(client.respon("CALL_NIK", body)).isEqualTo("Login Gagal");
    }

    @Test
    void missingFieldIsNamedAfterParameterTidakLengkap() throws Exception {
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body())).isEqualTo("Parameter Tidak Lengkap: NIK");
        Map<String, Object> noIp = DukcapilTestClient.body("NIK", "3671011203850001");
        noIp.remove("ip_user");
        assertThat(client.respon("CALL_NIK", noIp)).isEqualTo("Parameter Tidak Lengkap: ip_user");
    }

    @Test
    void aNumberWhereSiakExpectsAStringIsRefused() throws Exception {
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body("NIK", 3671011203850001L)))
                .isEqualTo("Parameter Tidak Valid: NIK");
    }

    @Test
    void bodyThatIsNotJsonIsParameterTidakLengkap() throws Exception {
        for (String body : List.of("NIK=3671011203850001", "", "[1,2]", "{\"NIK\":\"1\"} trailing")) {
            HttpResponse<String> response = client.send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK",
                    body, "application/json");
            assertThat(response.statusCode()).as(body).isEqualTo(200);
            assertThat(DukcapilTestClient.JSON.readTree(response.body()).path("content").path(0).path("RESPON").asText())
                    .as(body).isEqualTo("Parameter Tidak Lengkap");
        }
    }

    @Test
    void remoteAddressOutsideTheWhitelistIsIpAddressTidakSesuai() throws Exception {
        DukcapilSettings elsewhere = new DukcapilSettings("MPP-TANGERANG", DukcapilTestClient.USER_ID,
                DukcapilTestClient.PASSWORD, Set.of("10.1.2.3"));
        try (SandboxServer strict = SandboxServer.start(new SandboxSettings("127.0.0.1", 0, 4, elsewhere))) {
            DukcapilTestClient strictClient = new DukcapilTestClient(strict);
            // Right credentials, known NIK: the address alone is refused, before anything else.
            assertThat(strictClient.respon("CALL_NIK", DukcapilTestClient.body("NIK", "3671011203850001")))
                    .isEqualTo("IP Address Tidak Sesuai");
            Map<String, Object> badLogin = DukcapilTestClient.body("NIK", "3671011203850001");
            badLogin.put("password", "wrong");
            assertThat(strictClient.respon("CALL_NIK", badLogin)).isEqualTo("IP Address Tidak Sesuai");
        }
    }

    @Test
    void whitelistAcceptsCompressedIpv6Notation() throws Exception {
        DukcapilSettings loopback = new DukcapilSettings("MPP-TANGERANG", DukcapilTestClient.USER_ID,
                DukcapilTestClient.PASSWORD, Set.of(" 127.0.0.1 ", "::1"));
        try (SandboxServer other = SandboxServer.start(new SandboxSettings("127.0.0.1", 0, 2, loopback))) {
            assertThat(new DukcapilTestClient(other).content("CALL_NIK", DukcapilTestClient.body("NIK", "3671011203850001"))
                    .path("NAMA_LGKP").asText()).isEqualTo("BUDI SANTOSO");
        }
    }

    @Test
    void unknownInstitutionIs404WithADukcapilBody() throws Exception {
        HttpResponse<String> response = client.send("POST", "/dukcapil/get_json/OTHER-CITY/CALL_NIK",
                DukcapilTestClient.JSON.writeValueAsString(DukcapilTestClient.body("NIK", "3671011203850001")),
                "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(DukcapilTestClient.JSON.readTree(response.body()).path("content").path(0).path("RESPON").asText())
                .isEqualTo("Instansi Tidak Terdaftar");
    }

    @Test
    void unknownServiceIs404LayananTidakDitemukan() throws Exception {
        for (String path : List.of("/dukcapil/get_json/MPP-TANGERANG/CALL_KK", "/dukcapil/get_json/MPP-TANGERANG",
                "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK/extra", "/dukcapil/other")) {
            HttpResponse<String> response = client.send("POST", path, "{}", "application/json");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(DukcapilTestClient.JSON.readTree(response.body()).path("content").path(0).path("RESPON").asText())
                    .as(path).isEqualTo("Layanan Tidak Ditemukan");
        }
    }

    @Test
    void anyOtherMethodIs405() throws Exception {
        HttpResponse<String> response = client.send("GET", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", null, null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(client.send("PUT", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", "{}", "application/json")
                .statusCode()).isEqualTo(405);
    }

    @Test
    void aBodyThatIsNotDeclaredAsJsonIs415() throws Exception {
        String body = DukcapilTestClient.JSON.writeValueAsString(DukcapilTestClient.body("NIK", "3671011203850001"));
        assertThat(client.send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", body, "text/plain").statusCode())
                .isEqualTo(415);
        assertThat(client.send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", body, null).statusCode())
                .isEqualTo(415);
        assertThat(client.send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", body,
                "application/json; charset=UTF-8").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOver64KibIs413() throws Exception {
        String body = "{\"NIK\":\"" + "1".repeat(70 * 1024) + "\"}";
        HttpResponse<String> response = client.send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", body,
                "application/json");
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void pathsNoAgencyServesAreJson404() throws Exception {
        HttpResponse<String> response = client.send("GET", "/nothing-here", null, null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(DukcapilTestClient.JSON.readTree(response.body()).path("error").asText()).isEqualTo("Not Found");
    }

    @Test
    void everyCallThatReachesAServiceIsMetered() throws Exception {
        long before = server.dukcapilCalls().calls("CALL_NIK");
        client.respon("CALL_NIK", DukcapilTestClient.body("NIK", "3671011203850001"));
        client.respon("CALL_NIK", DukcapilTestClient.body("NIK", "3671061010909999"));
        assertThat(server.dukcapilCalls().calls("CALL_NIK")).isEqualTo(before + 2);
        assertThat(server.dukcapilCalls().snapshot()).containsKey("CALL_NIK");
    }

    @Test
    void servesManyCallsAtOnce() throws Exception {
        List<Citizen> citizens = server.citizens().all().subList(0, 200);
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Citizen citizen : citizens) {
                answers.add(callers.submit(() -> client.content("CALL_NIK",
                        DukcapilTestClient.body("NIK", citizen.nik())).path("NAMA_LGKP").asText()));
            }
            Iterator<Citizen> expected = citizens.iterator();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected.next().fullName());
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
