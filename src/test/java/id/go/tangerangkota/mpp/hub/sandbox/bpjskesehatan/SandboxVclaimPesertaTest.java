package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.VclaimTestClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Participant look-ups by NIK and by card, the status on the service date, VClaim's refusals, and
 * the seed: the same citizens as SIAK, most of them members, every segment, some inactive.
 */
class SandboxVclaimPesertaTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static SandboxServer server;
    private static VclaimTestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new VclaimTestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode peserta(String path) {
        Answer a = client.get(path);
        assertThat(a.code()).as(a.json().toString()).isEqualTo("200");
        return a.opened().path("peserta");
    }

    @Test
    void budiByNikIsAnActiveWorkerAtPuskesmasCipondoh() {
        JsonNode p = peserta("/Peserta/nik/3671011203850001/tglSEP/" + TODAY);

        assertThat(p.path("noKartu").asText()).isEqualTo("0001427735619");
        assertThat(p.path("nik").asText()).isEqualTo("3671011203850001");
        assertThat(p.path("nama").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(p.path("sex").asText()).isEqualTo("L");
        assertThat(p.path("tglLahir").asText()).isEqualTo("1985-03-12");
        assertThat(p.path("statusPeserta").path("keterangan").asText()).isEqualTo("AKTIF");
        assertThat(p.path("jenisPeserta").path("keterangan").asText()).isEqualTo("PEKERJA PENERIMA UPAH");
        assertThat(p.path("hakKelas").path("keterangan").asText()).isEqualTo("KELAS I");
        assertThat(p.path("provUmum").path("kdProvider").asText()).isEqualTo("0414P005");
        assertThat(p.path("tglTMT").asText()).isEqualTo("2015-02-01");
        assertThat(p.path("tglTAT").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void sitiByCardStillCarriesTheShortName() {
        JsonNode p = peserta("/Peserta/nokartu/0001427735620/tglSEP/2026-11-23");

        assertThat(p.path("nik").asText()).isEqualTo("3671055208920002");
        assertThat(p.path("nama").asText()).isEqualTo("SITI NURHALIZA");
        assertThat(p.path("sex").asText()).isEqualTo("P");
    }

    @Test
    void dewiIsActiveAndRinaIsAnInactivePbiJkParticipant() {
        assertThat(peserta("/Peserta/nik/3671134101000004/tglSEP/" + TODAY).path("noKartu").asText())
                .isEqualTo("0001893362047");
        JsonNode rina = peserta("/Peserta/nik/3671116304880006/tglSEP/" + TODAY);
        assertThat(rina.path("noKartu").asText()).isEqualTo("0002296471058");
        assertThat(rina.path("jenisPeserta").path("keterangan").asText()).isEqualTo("PBI-JK");
        assertThat(rina.path("statusPeserta").path("keterangan").asText()).isEqualTo("TIDAK AKTIF");
    }

    @Test
    void statusIsThatOfTheServiceDate() {
        // Rina's PBI-JK cover ended on 2026-06-30.
        assertThat(peserta("/Peserta/nokartu/0002296471058/tglSEP/2026-06-30").path("statusPeserta")
                .path("keterangan").asText()).isEqualTo("AKTIF");
        assertThat(peserta("/Peserta/nokartu/0002296471058/tglSEP/2026-07-01").path("statusPeserta")
                .path("keterangan").asText()).isEqualTo("TIDAK AKTIF");
    }

    @Test
    void aCitizenWithoutACardAndAnUnknownCardAreNotFound() {
        String withoutCard = server.testData().snapshot().get("bpjs-kesehatan") instanceof Map<?, ?> section
                ? (String) section.get("citizenWithoutCard") : null;
        assertThat(withoutCard).isNotNull();

        Answer byNik = client.get("/Peserta/nik/" + withoutCard + "/tglSEP/" + TODAY);
        Answer byCard = client.get("/Peserta/nokartu/" + BpjsKesehatanTestData.UNKNOWN_CARD + "/tglSEP/" + TODAY);

        assertThat(byNik.code()).isEqualTo("201");
        assertThat(byNik.message()).isEqualTo("Data Peserta Tidak Ditemukan");
        assertThat(byNik.json().path("response").isNull()).isTrue();
        assertThat(byCard.code()).isEqualTo("201");
    }

    @Test
    void malformedParametersAreBadRequests() {
        assertThat(client.get("/Peserta/nik/3671011203850001/tglSEP/23-11-2026").code()).isEqualTo("400");
        assertThat(client.get("/Peserta/nik/3671011203850001/tglSEP/2026-02-30").code()).isEqualTo("400");
        assertThat(client.get("/Peserta/nik/36710112/tglSEP/2026-11-23").code()).isEqualTo("400");
        assertThat(client.get("/Peserta/nokartu/12345/tglSEP/2026-11-23").code()).isEqualTo("400");
    }

    @Test
    void theSeedGivesMostCitizensACardInEverySegmentAndSomeInactive() {
        CitizenRegistry citizens = server.citizens();
        List<Participant> cards = ParticipantSeed.build(citizens, TODAY);

        assertThat(cards.size()).as("citizens with a card").isGreaterThanOrEqualTo((int) Math.ceil(citizens.size() * 0.6));
        Set<String> niks = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Map<Segment, Integer> segments = new HashMap<>();
        int inactive = 0;
        for (Participant p : cards) {
            assertThat(citizens.byNik(p.nik())).as("card keyed by a SIAK NIK").isPresent();
            assertThat(p.noKartu()).matches("[0-9]{13}");
            assertThat(niks.add(p.nik())).isTrue();
            assertThat(numbers.add(p.noKartu())).isTrue();
            segments.merge(p.segment(), 1, Integer::sum);
            inactive += p.activeOn(TODAY) ? 0 : 1;
        }
        assertThat(segments.keySet()).containsExactlyInAnyOrder(Segment.values());
        assertThat(segments.get(Segment.PBI_JK)).isGreaterThanOrEqualTo(10);
        assertThat(segments.get(Segment.PPU)).isGreaterThanOrEqualTo(10);
        assertThat(segments.get(Segment.PBPU)).isGreaterThanOrEqualTo(10);
        assertThat(inactive).isBetween(10, cards.size() / 4);
        assertThat(ParticipantSeed.build(citizens, TODAY)).as("deterministic").isEqualTo(cards);
        // Names on cards are SIAK's, except where the story needs otherwise (Siti).
        Citizen siti = citizens.byNik("3671055208920002").orElseThrow();
        assertThat(cards.stream().filter(p -> p.nik().equals(siti.nik())).findFirst().orElseThrow().nama())
                .isEqualTo("SITI NURHALIZA").isNotEqualTo(siti.fullName());
    }

    @Test
    void testDataListsTheShowcaseCardsAndKnownProviders() {
        Map<?, ?> section = (Map<?, ?>) server.testData().snapshot().get("bpjs-kesehatan");

        assertThat(section.get("basePath")).isEqualTo("/bpjs-kesehatan/vclaim-rest");
        assertThat(section.get("showcaseCards").toString()).contains("0001427735619", "0001427735620",
                "0001893362047", "0002296471058");
        assertThat(section.get("providers").toString()).contains("0414U057", "KLINIK PRATAMA SEHAT SENTOSA CIPONDOH");
        Map<?, ?> samples = (Map<?, ?>) section.get("sampleCards");
        for (String kind : List.of("PBI-JK AKTIF", "PBI-JK TIDAK AKTIF", "PEKERJA PENERIMA UPAH AKTIF",
                "PEKERJA BUKAN PENERIMA UPAH AKTIF", "PEKERJA BUKAN PENERIMA UPAH TIDAK AKTIF")) {
            assertThat((List<?>) samples.get(kind)).as(kind).isNotEmpty();
        }
    }
}
