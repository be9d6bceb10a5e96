package id.go.tangerangkota.mpp.hub.sandbox.pln;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PLN's (invented) applications desk over real HTTP: API key, validation, dedup and refusals. */
class SandboxPlnApplicationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sandbox-pln-applications-key";
    private static SandboxServer sandbox;
    private static PlnApplications applications;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxSettings.demo(0), Map.of());
        applications = sandbox.backend("pln", PlnBackend.class).applications();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aWrongApiKeyIs401Kode01AndReachesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        Answer a = post("complaint", complaint(id, PlnCustomers.BUDI_IDPEL), "not-the-key");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().path("kode").asText()).isEqualTo("01");
        assertThat(applications.callsFor(id)).isZero();
    }

    @Test
    void aNewConnectionIsRegisteredOnceHoweverOftenItIsSent() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = """
                {"idPermohonan": "%s", "nik": "3671071506780003", "alamat": "Jl. Bojong Jaya Raya No. 27",
                 "kelurahan": "Bojong Jaya", "kecamatan": "KARAWACI", "latitude": -6.18, "longitude": 106.6,
                 "dayaVA": 1300, "tarif": "R1", "produk": "PRABAYAR", "noHp": "081398765432"}""".formatted(id);
        int before = applications.registered();

        Answer first = post("new-connection", body, KEY);
        Answer again = post("new-connection", body, KEY);

        assertThat(first.status()).as(first.json().toString()).isEqualTo(200);
        assertThat(first.json().path("kode").asText()).isEqualTo("00");
        assertThat(first.json().path("data").path("noAgenda").asText()).matches("54310[0-9]{11}");
        assertThat(first.json().path("data").path("biayaPenyambungan").asLong()).isEqualTo(1_218_000);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(applications.registered()).isEqualTo(before + 1);
        assertThat(applications.callsFor(id)).isEqualTo(2);
    }

    @Test
    void aPowerUpgradeWithArrearsIsRefusedAndTheRefusalIsKept() throws Exception {
        String id = UUID.randomUUID().toString();
        String budi = powerUpgrade(id, "3671011203850001", PlnCustomers.BUDI_IDPEL, 1300, 2200);

        Answer refused = post("power-upgrade", budi, KEY);
        Answer again = post("power-upgrade", budi, KEY);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("kode").asText()).isEqualTo("41");
        assertThat(refused.json().path("pesan").asText()).contains("tunggakan 1 lembar");
        assertThat(again.json()).isEqualTo(refused.json());
    }

    @Test
    void aPowerUpgradeChecksTheCustomersCurrentPower() throws Exception {
        Answer wrongPower = post("power-upgrade", powerUpgrade(UUID.randomUUID().toString(), "3671116304880006",
                PlnCustomers.RINA_IDPEL, 900, 2200), KEY);
        Answer accepted = post("power-upgrade", powerUpgrade(UUID.randomUUID().toString(), "3671116304880006",
                PlnCustomers.RINA_IDPEL, 1300, 2200), KEY);

        assertThat(wrongPower.json().path("kode").asText()).isEqualTo("43");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("data").path("biaya").asLong()).isEqualTo(844_000);
    }

    @Test
    void anUnknownIdpelIs404Kode14() throws Exception {
        Answer a = post("complaint", complaint(UUID.randomUUID().toString(), PlnCustomers.UNKNOWN_IDPEL), KEY);

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().path("kode").asText()).isEqualTo("14");
    }

    @Test
    void anInvalidParameterIsNotKeptSoTheCorrectedRequestGoesThrough() throws Exception {
        String id = UUID.randomUUID().toString();
        Answer invalid = post("complaint", complaint(id, PlnCustomers.BUDI_IDPEL).replace("TAGIHAN", "LISTRIK"), KEY);
        Answer corrected = post("complaint", complaint(id, PlnCustomers.BUDI_IDPEL), KEY);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("pesan").asText()).isEqualTo("Parameter tidak valid: kategori");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("data").path("jenis").asText()).isEqualTo("PENGADUAN");
    }

    private static String complaint(String id, String idpel) {
        return """
                {"idPermohonan": "%s", "nik": "3671011203850001", "idpel": "%s", "kategori": "TAGIHAN",
                 "uraian": "Tagihan naik dua kali lipat", "noHp": "081312345678"}""".formatted(id, idpel);
    }

    private static String powerUpgrade(String id, String nik, String idpel, int current, int wanted) {
        return """
                {"idPermohonan": "%s", "nik": "%s", "idpel": "%s", "dayaLamaVA": %d, "dayaBaruVA": %d,
                 "produk": "PASCABAYAR", "noHp": "087812345670"}""".formatted(id, nik, idpel, current, wanted);
    }

    private record Answer(int status, JsonNode json) {
    }

    private Answer post(String kind, String body, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/pln/applications/v1/" + kind))
                .header("Content-Type", "application/json").header("X-PLN-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }
}
