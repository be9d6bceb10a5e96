package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** CALL_VERIFY_BY_ELEMEN: match answers per element, exact and scored, and never the record. */
class SandboxDukcapilVerifyTest {

    private static final String SITI = "3671055208920002";
    private static final String BUDI = "3671011203850001";

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

    private static JsonNode verify(Object... fieldsAndValues) throws Exception {
        return client.content("CALL_VERIFY_BY_ELEMEN", DukcapilTestClient.body(fieldsAndValues));
    }

    @Test
    void answersOnlyNikAndTheElementsSentNeverTheRecord() throws Exception {
        JsonNode answer = verify("NIK", SITI, "TRESHOLD", "80", "NAMA_LGKP", "Siti Nurhaliza Rahmawati",
                "TGL_LHR", "12-08-1992");
        List<String> keys = new ArrayList<>();
        answer.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("NIK", "NAMA_LGKP", "TGL_LHR");
        assertThat(answer.path("NIK").asText()).isEqualTo("Sesuai");
        assertThat(answer.toString()).doesNotContain("SRI WAHYUNI", "TANGERANG", "3671050101150001");
    }

    @Test
    void exactElementsMatchOnlyWhenIdentical() throws Exception {
        JsonNode match = verify("NIK", SITI, "TGL_LHR", "12-08-1992", "NO_KK", "3671050101150001");
        assertThat(match.path("TGL_LHR").asText()).isEqualTo("Sesuai");
        assertThat(match.path("NO_KK").asText()).isEqualTo("Sesuai");

        // An ISO date is a connector bug: SIAK compares dd-MM-yyyy.
        JsonNode mismatch = verify("NIK", SITI, "TGL_LHR", "1992-08-12", "NO_KK", "3671050101150002");
        assertThat(mismatch.path("TGL_LHR").asText()).isEqualTo("Tidak Sesuai");
        assertThat(mismatch.path("NO_KK").asText()).isEqualTo("Tidak Sesuai");
    }

    @Test
    void fuzzyElementsCarryTheirScore() throws Exception {
        JsonNode answer = verify("NIK", SITI,
                "NAMA_LGKP", "siti  nurhaliza rahmawati",
                "TMPT_LHR", "TANGERANG",
                "NAMA_LGKP_IBU", "SRI WAHYUNI",
                "ALAMAT", "JL. MELATI RAYA NO. 21");
        assertThat(answer.path("NAMA_LGKP").asText()).isEqualTo("Sesuai (100.0)");
        assertThat(answer.path("TMPT_LHR").asText()).isEqualTo("Sesuai (100.0)");
        assertThat(answer.path("NAMA_LGKP_IBU").asText()).isEqualTo("Sesuai (100.0)");
        assertThat(answer.path("ALAMAT").asText()).isEqualTo("Sesuai (100.0)");

        JsonNode typo = verify("NIK", SITI, "NAMA_LGKP", "SITI NURHALIZA RAHMAWATY");
        assertThat(typo.path("NAMA_LGKP").asText()).isEqualTo("Sesuai (95.8)");

        JsonNode other = verify("NIK", SITI, "NAMA_LGKP", "DEWI LESTARI", "TMPT_LHR", "SURABAYA");
        assertThat(other.path("NAMA_LGKP").asText()).matches("Tidak Sesuai \\((\\d|[1-7]\\d)\\.\\d\\)");
        assertThat(other.path("TMPT_LHR").asText()).startsWith("Tidak Sesuai (");
    }

    @Test
    void theThresholdDecidesWhatMatches() throws Exception {
        // BUDI SANTOSA against BUDI SANTOSO: one edit in 12 characters, 91.7.
        assertThat(verify("NIK", BUDI, "NAMA_LGKP", "BUDI SANTOSA").path("NAMA_LGKP").asText())
                .as("default threshold 80").isEqualTo("Sesuai (91.7)");
        assertThat(verify("NIK", BUDI, "TRESHOLD", "90", "NAMA_LGKP", "BUDI SANTOSA").path("NAMA_LGKP").asText())
                .isEqualTo("Sesuai (91.7)");
        assertThat(verify("NIK", BUDI, "TRESHOLD", "95", "NAMA_LGKP", "BUDI SANTOSA").path("NAMA_LGKP").asText())
                .isEqualTo("Tidak Sesuai (91.7)");
        assertThat(verify("NIK", BUDI, "TRESHOLD", "91.7", "NAMA_LGKP", "BUDI SANTOSA").path("NAMA_LGKP").asText())
                .as("the score equal to the threshold matches").isEqualTo("Sesuai (91.7)");
        // BUDI alone: eight edits in 12 characters, 33.3, below the default.
        assertThat(verify("NIK", BUDI, "NAMA_LGKP", "BUDI").path("NAMA_LGKP").asText()).isEqualTo("Tidak Sesuai (33.3)");
    }

    @Test
    void invalidThresholdIsRefused() throws Exception {
        for (String threshold : List.of("tinggi", "101", "-5", "80d")) {
            assertThat(client.respon("CALL_VERIFY_BY_ELEMEN",
                    DukcapilTestClient.body("NIK", BUDI, "TRESHOLD", threshold, "NAMA_LGKP", "BUDI")))
                    .as(threshold).isEqualTo("Parameter Tidak Valid: TRESHOLD");
        }
    }

    @Test
    void withoutAnyElementThereIsNothingToVerify() throws Exception {
        assertThat(client.respon("CALL_VERIFY_BY_ELEMEN", DukcapilTestClient.body("NIK", BUDI, "TRESHOLD", "80")))
                .isEqualTo("Parameter Tidak Lengkap: ELEMEN");
    }

    @Test
    void unknownNikIsDataTidakDitemukan() throws Exception {
        assertThat(client.respon("CALL_VERIFY_BY_ELEMEN",
                DukcapilTestClient.body("NIK", "3671061010909999", "NAMA_LGKP", "BUDI SANTOSO")))
                .isEqualTo("Data Tidak Ditemukan");
    }

    @Test
    void sharedChecksApplyHereToo() throws Exception {
        assertThat(client.respon("CALL_VERIFY_BY_ELEMEN", DukcapilTestClient.body("NAMA_LGKP", "BUDI SANTOSO")))
                .isEqualTo("Parameter Tidak Lengkap: NIK");
        assertThat(client.respon("CALL_VERIFY_BY_ELEMEN", DukcapilTestClient.body("NIK", "12345", "NAMA_LGKP", "X")))
                .isEqualTo("NIK Tidak Valid");
        var body = DukcapilTestClient.body("NIK", BUDI, "NAMA_LGKP", "BUDI SANTOSO");
        body.put("password", "wrong");
        assertThat(client.respon("CALL_VERIFY_BY_ELEMEN", body)).isEqualTo("Login Gagal");
    }
}
