package id.go.tangerangkota.mpp.hub.sandbox.bnn;

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
 * The simulated BNN gateway over a real socket: the API key, the clinic calendar and slots, the
 * outreach sessions, and deduplication on idPermohonan. Each test uses its own dates.
 */
class SandboxBnnTest {

    private static final String DEMO_KEY = "sandbox-bnn-demo-key";
    private static final String DEWI = "3671134101000004";
    private static final String RINA = "3671116304880006";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SandboxServer server;
    private static BnnBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        backend = server.backend("bnn", BnnBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongOrMissingApiKeyIsRefusedWithBnn401() throws Exception {
        int before = backend.applications().received("SKHPN");
        for (String key : new String[] {"not-the-key", null}) {
            HttpResponse<String> r = post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), DEWI, "02/12/2026"), key);
            JsonNode answer = JSON.readTree(r.body());
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(answer.path("berhasil").asBoolean()).isFalse();
            assertThat(answer.path("kodeRespon").asText()).isEqualTo("BNN-401");
            assertThat(answer.path("pesan").asText()).isEqualTo("Kunci API tidak dikenali");
        }
        assertThat(backend.applications().received("SKHPN")).isEqualTo(before);
    }

    @Test
    void skhpnGivesQueueNumbersAndFifteenMinuteSlotsAndDeduplicatesOnIdPermohonan() throws Exception {
        String id = UUID.randomUUID().toString();
        JsonNode first = ok(post("/skhpn/pendaftaran", skhpn(id, DEWI, "03/12/2026"), DEMO_KEY));
        JsonNode again = ok(post("/skhpn/pendaftaran", skhpn(id, DEWI, "03/12/2026"), DEMO_KEY));
        JsonNode second = ok(post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), RINA, "03/12/2026"), DEMO_KEY));

        assertThat(first.path("hasil").path("nomorRegistrasi").asText()).isEqualTo("SKHPN/20261203/001");
        assertThat(first.path("hasil").path("jadwal").path("jam").asText()).isEqualTo("08:00");
        assertThat(first.path("hasil").path("tarif").asLong()).isEqualTo(290_000L);
        assertThat(again).isEqualTo(first);
        assertThat(second.path("hasil").path("nomorAntrean").asInt()).isEqualTo(2);
        assertThat(second.path("hasil").path("jadwal").path("jam").asText()).isEqualTo("08:15");
        assertThat(backend.applications().callsFor(id)).isEqualTo(2);
    }

    @Test
    void theClinicRefusesWeekendsHolidaysASecondBookingAndAFullDay() throws Exception {
        HttpResponse<String> weekend = post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), DEWI, "05/12/2026"), DEMO_KEY);
        HttpResponse<String> holiday = post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), DEWI, "25/12/2026"), DEMO_KEY);
        ok(post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), DEWI, "07/12/2026"), DEMO_KEY));
        HttpResponse<String> twice = post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), DEWI, "07/12/2026"), DEMO_KEY);

        assertThat(weekend.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(weekend.body()).path("kodeRespon").asText()).isEqualTo("BNN-410");
        assertThat(JSON.readTree(holiday.body()).path("kodeRespon").asText()).isEqualTo("BNN-410");
        assertThat(JSON.readTree(twice.body()).path("kodeRespon").asText()).isEqualTo("BNN-412");
        assertThat(JSON.readTree(twice.body()).path("pesan").asText()).contains("SKHPN/20261207/001");

        var citizens = server.citizens().all();
        for (int i = 0; i < SkhpnService.SLOTS_PER_DAY; i++) {
            JsonNode booked = ok(post("/skhpn/pendaftaran", skhpn(UUID.randomUUID().toString(), citizens.get(i).nik(), "08/12/2026"), DEMO_KEY));
            if (i == SkhpnService.SLOTS_PER_DAY - 1) {
                assertThat(booked.path("hasil").path("jadwal").path("jam").asText()).isEqualTo("14:45");
            }
        }
        HttpResponse<String> full = post("/skhpn/pendaftaran",
                skhpn(UUID.randomUUID().toString(), citizens.get(SkhpnService.SLOTS_PER_DAY).nik(), "08/12/2026"), DEMO_KEY);
        assertThat(JSON.readTree(full.body()).path("kodeRespon").asText()).isEqualTo("BNN-411");
    }

    @Test
    void anIncompleteRequestIsBnn400AndAnUnknownNikBnn430() throws Exception {
        HttpResponse<String> incomplete = post("/skhpn/pendaftaran",
                "{\"idPermohonan\":\"x\",\"nik\":\"" + DEWI + "\"}", DEMO_KEY);
        HttpResponse<String> unknown = post("/skhpn/pendaftaran",
                skhpn(UUID.randomUUID().toString(), "3671019999990009", "02/12/2026"), DEMO_KEY);

        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(incomplete.body()).path("kodeRespon").asText()).isEqualTo("BNN-400");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknown.body()).path("kodeRespon").asText()).isEqualTo("BNN-430");
    }

    @Test
    void outreachTakesTheFreeSessionsOfAWorkingDayThenRefuses() throws Exception {
        JsonNode morning = ok(post("/p4gn/sosialisasi", outreach(UUID.randomUUID().toString(), "14/12/2026"), DEMO_KEY));
        JsonNode afternoon = ok(post("/p4gn/sosialisasi", outreach(UUID.randomUUID().toString(), "14/12/2026"), DEMO_KEY));
        HttpResponse<String> third = post("/p4gn/sosialisasi", outreach(UUID.randomUUID().toString(), "14/12/2026"), DEMO_KEY);
        HttpResponse<String> seeded = post("/p4gn/sosialisasi", outreach(UUID.randomUUID().toString(), "09/12/2026"), DEMO_KEY);
        HttpResponse<String> sunday = post("/p4gn/sosialisasi", outreach(UUID.randomUUID().toString(), "13/12/2026"), DEMO_KEY);

        assertThat(morning.path("hasil").path("jadwalUsulan").path("jam").asText()).isEqualTo("09:00-11:00");
        assertThat(afternoon.path("hasil").path("jadwalUsulan").path("jam").asText()).isEqualTo("13:00-15:00");
        assertThat(morning.path("hasil").path("nomorPermohonan").asText()).matches("P4GN/\\d{4}/\\d{4}");
        assertThat(JSON.readTree(third.body()).path("kodeRespon").asText()).isEqualTo("BNN-421");
        assertThat(JSON.readTree(seeded.body()).path("kodeRespon").asText()).isEqualTo("BNN-421");
        assertThat(JSON.readTree(sunday.body()).path("kodeRespon").asText()).isEqualTo("BNN-422");
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("kodeRespon").asText()).isEqualTo("BNN-000");
        return answer;
    }

    private static String skhpn(String id, String nik, String date) {
        return """
                {"idPermohonan":"%s","nik":"%s","keperluan":"Persyaratan melamar pekerjaan","kategoriKeperluan":"MELAMAR_KERJA",
                 "tanggalPemeriksaan":"%s","konsumsiObat":{"status":"TIDAK"},"pembebasanTarif":false,"noTelepon":"085712345678"}"""
                .formatted(id, nik, date);
    }

    private static String outreach(String id, String date) {
        return """
                {"idPermohonan":"%s","nikPenanggungJawab":"%s","namaLembaga":"SMP Negeri 9 Tangerang","sasaran":"PELAJAR",
                 "jumlahPeserta":120,"tanggalKegiatan":"%s","tempat":"Aula SMPN 9 Tangerang","noTelepon":"087812345670"}"""
                .formatted(id, RINA, date);
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        return SandboxHttp.post(server.baseUrl() + BnnBackend.BASE + path, "application/json", body, key);
    }
}
