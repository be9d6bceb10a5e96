package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.tangerangkota.mpp.hub.protocol.NikRules;

/** GET /test-data: what to send to each agency, consistent with what the agency answers. */
class SandboxTestDataTest {

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

    private static JsonNode dukcapil() throws Exception {
        HttpResponse<String> response = client.send("GET", "/test-data", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return DukcapilTestClient.JSON.readTree(response.body()).path("disdukcapil");
    }

    @Test
    void listsTheInstitutionAndTheShowcaseCitizens() throws Exception {
        JsonNode section = dukcapil();
        assertThat(section.path("institution").asText()).isEqualTo("MPP-TANGERANG");
        assertThat(section.path("basePath").asText()).isEqualTo("/dukcapil/get_json/MPP-TANGERANG");
        JsonNode showcase = section.path("showcaseCitizens");
        assertThat(showcase).hasSize(6);
        JsonNode budi = showcase.path(0);
        assertThat(budi.path("nik").asText()).isEqualTo("3671011203850001");
        assertThat(budi.path("name").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(budi.path("sex").asText()).isEqualTo("L");
        assertThat(budi.path("birthDate").asText()).isEqualTo("1985-03-12");
        assertThat(budi.path("familyCardNumber").asText()).isEqualTo("3671050101150001");
        assertThat(budi.path("kecamatan").asText()).isEqualTo("05 CIPONDOH");
        assertThat(showcase.path(5).path("nik").asText()).isEqualTo("3671116304880006");
        assertThat(showcase.path(5).path("kecamatan").asText()).isEqualTo("11 PINANG");
    }

    @Test
    void sampleNiksAreKnownValidAndSpreadOverKecamatanAndSexes() throws Exception {
        JsonNode samples = dukcapil().path("sampleNiks");
        assertThat(samples.size()).isGreaterThanOrEqualTo(20);
        Set<String> districts = new HashSet<>();
        Set<Citizen.Sex> sexes = new HashSet<>();
        for (JsonNode sample : samples) {
            String nik = sample.asText();
            assertThat(NikRules.isValid(nik)).as(nik).isTrue();
            Citizen citizen = server.citizens().byNik(nik).orElseThrow();
            assertThat(server.citizens().showcase()).doesNotContain(citizen);
            districts.add(nik.substring(4, 6));
            sexes.add(citizen.sex());
        }
        assertThat(districts).hasSize(13);
        assertThat(sexes).containsExactlyInAnyOrder(Citizen.Sex.values());
    }

    @Test
    void sampleNiksAnswerAtTheService() throws Exception {
        for (JsonNode sample : dukcapil().path("sampleNiks")) {
            assertThat(client.content("CALL_NIK", DukcapilTestClient.body("NIK", sample.asText()))
                    .path("NIK").asText()).isEqualTo(sample.asText());
        }
    }

    @Test
    void unknownNikIsValidButUnknown() throws Exception {
        String unknown = dukcapil().path("unknownNik").asText();
        assertThat(unknown).isEqualTo("3671061010909999");
        assertThat(NikRules.isValid(unknown)).isTrue();
        assertThat(client.respon("CALL_NIK", DukcapilTestClient.body("NIK", unknown))).isEqualTo("Data Tidak Ditemukan");
    }

    @Test
    void familyCardsListTheirMembers() throws Exception {
        JsonNode cards = dukcapil().path("familyCards");
        assertThat(cards.size()).isGreaterThanOrEqualTo(10);
        JsonNode budiAndSiti = cards.path(0);
        assertThat(budiAndSiti.path("familyCardNumber").asText()).isEqualTo("3671050101150001");
        assertThat(budiAndSiti.path("members").findValuesAsText("nik"))
                .containsExactly("3671011203850001", "3671055208920002");
        for (JsonNode card : cards) {
            String number = card.path("familyCardNumber").asText();
            List<String> members = card.path("members").findValuesAsText("nik");
            assertThat(members).as(number).isNotEmpty();
            for (String nik : members) {
                assertThat(server.citizens().byNik(nik).orElseThrow().familyCardNumber()).isEqualTo(number);
            }
            assertThat(card.path("members").path(0).path("relation").asText()).isEqualTo("KEPALA KELUARGA");
        }
    }

    @Test
    void otherAgenciesCanAddTheirSection() throws Exception {
        // A slug no simulated agency uses: the real ones register their sections at start.
        try (SandboxServer own = SandboxServer.start(SandboxSettings.demo(0))) {
            own.testData().register("example-agency", () -> Map.of("customerIds", List.of("537110012345")));
            JsonNode all = DukcapilTestClient.JSON.readTree(
                    new DukcapilTestClient(own).send("GET", "/test-data", null, null).body());
            assertThat(all.path("example-agency").path("customerIds").path(0).asText()).isEqualTo("537110012345");
            assertThat(all.path("disdukcapil").path("institution").asText()).isEqualTo("MPP-TANGERANG");
            assertThatThrownBy(() -> own.testData().register("example-agency", Map::of))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        HttpResponse<String> response = client.send("POST", "/test-data", "{}", "application/json");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(client.send("GET", "/test-data/extra", null, null).statusCode()).isEqualTo(404);
    }
}
