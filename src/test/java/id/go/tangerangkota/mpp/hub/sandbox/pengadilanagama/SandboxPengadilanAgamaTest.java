package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Pengadilan Agama PTSP back end over a real socket: Basic authentication with its
 * own kode 401, the paged envelope, cases answered only to a party, Posbakum bookings deduplicated
 * on nomor_referensi and sessions on working days within the descriptor's court hours.
 */
class SandboxPengadilanAgamaTest {

    private static final String RINA = "3671116304880006";
    private static final String SITI = "3671055208920002";
    private static final String HENDRA = "3671092709650005";

    private static SandboxServer server;
    private static PaTestClient client;
    private static PengadilanAgamaBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new PaTestClient(server);
        backend = server.backend("pengadilan-agama", PengadilanAgamaBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongPasswordIsKode401WithAChallengeAndDoctypesAreRefused() throws Exception {
        HttpResponse<String> r = client.send("POST", "/sipp/perkara", caseQuery("0412/Pdt.P/2026/PA.Tng", RINA),
                "application/xml", PaTestClient.basic(PaTestClient.USERNAME, "salah"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(PaTestClient.Answer.of(r.body()).status()).isEqualTo("401");
        assertThat(PaTestClient.Answer.of(r.body()).message()).isEqualTo("AKSES DITOLAK: KREDENSIAL TIDAK VALID");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE pengajuan [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<pengajuan><nomor_perkara>&x;</nomor_perkara></pengajuan>";
        HttpResponse<String> d = client.send("POST", "/sipp/perkara", xxe, "application/xml",
                PaTestClient.basic(PaTestClient.USERNAME, PaTestClient.PASSWORD));
        assertThat(d.statusCode()).isEqualTo(400);
        assertThat(PaTestClient.Answer.of(d.body()).status()).isEqualTo("400");
    }

    @Test
    void rinasCaseIsDecidedOnePageOnlyForAParty() throws Exception {
        PaTestClient.Answer rina = client.call("/sipp/perkara", caseQuery("0412/Pdt.P/2026/PA.Tng", RINA));
        PaTestClient.Answer stranger = client.call("/sipp/perkara", caseQuery("0412/Pdt.P/2026/PA.Tng", SITI));
        PaTestClient.Answer unknown = client.call("/sipp/perkara", caseQuery("9999/Pdt.G/2026/PA.Tng", RINA));
        PaTestClient.Answer invalid = client.call("/sipp/perkara", caseQuery("0412/2026", RINA));

        assertThat(rina.status()).isEqualTo("200");
        assertThat(rina.text("total_data")).isEqualTo("1");
        assertThat(rina.text("status_perkara")).isEqualTo("PUTUS");
        assertThat(rina.text("tanggal_putusan")).isEqualTo("2026-10-14");
        assertThat(rina.xml()).doesNotContain(RINA);
        assertThat(stranger.status()).isEqualTo("403");
        assertThat(unknown.status()).isEqualTo("200");
        assertThat(unknown.text("total_data")).isEqualTo("0");
        assertThat(unknown.count("item")).isZero();
        assertThat(invalid.status()).isEqualTo("422");
    }

    @Test
    void aPosbakumBookingAskedForASaturdayIsOnAWeekdayAndARepeatAnswersTheSame() throws Exception {
        String ref = UUID.randomUUID().toString();
        String body = booking(ref, HENDRA, "2026-11-28");
        int before = backend.bookings().received();

        PaTestClient.Answer first = client.call("/posbakum/antrian", body);
        PaTestClient.Answer again = client.call("/posbakum/antrian", body);
        PaTestClient.Answer reused = client.call("/posbakum/antrian", booking(ref, HENDRA, "2026-12-01"));

        assertThat(first.status()).as(first.xml()).isEqualTo("200");
        LocalDate day = LocalDate.parse(first.text("tanggal_sesi"));
        assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(CourtCalendar.withinHours(day, LocalTime.parse(first.text("jam_mulai")),
                LocalTime.parse(first.text("jam_selesai")))).isTrue();
        assertThat(first.text("nomor_antrian")).matches("PBH-\\d{8}-\\d{3}");
        assertThat(again.xml()).isEqualTo(first.xml());
        assertThat(reused.status()).isEqualTo("409");
        assertThat(backend.bookings().received()).isEqualTo(before + 1);
        assertThat(backend.bookings().callsFor(ref)).isEqualTo(3);
        assertThat(client.call("/posbakum/antrian", booking(UUID.randomUUID().toString(), "3671999999999999",
                "2026-12-01")).status()).isEqualTo("451");
    }

    @Test
    void sessionsFillTwoPerHourSkipTheBreakHolidaysAndWeekends() {
        PosbakumSchedule schedule = new PosbakumSchedule();
        LocalDate today = LocalDate.of(2026, 12, 23);
        LocalDate thursday = LocalDate.of(2026, 12, 24);
        for (int i = 0; i < PosbakumSchedule.STARTS.size() * PosbakumSchedule.ADVOCATES; i++) {
            PosbakumSchedule.Slot slot = schedule.book(today, thursday);
            assertThat(slot.day()).isEqualTo(thursday);
            assertThat(slot.start()).isNotEqualTo(LocalTime.NOON);
            assertThat(CourtCalendar.withinHours(slot.day(), slot.start(), slot.end())).isTrue();
        }
        // Full: Christmas and the weekend are skipped.
        assertThat(schedule.book(today, thursday).day()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theSandboxCalendarIsTheDescriptorsHours() throws Exception {
        JsonNode hours = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("connectors/pengadilan-agama/connector.yaml"))).path("hours");
        for (String day : new String[] {"mon", "tue", "wed", "thu"}) {
            assertThat(hours.path("weekly").path(day).asText()).isEqualTo(CourtCalendar.OPENS + "-" + CourtCalendar.CLOSES);
        }
        assertThat(hours.path("weekly").path("fri").asText()).isEqualTo(CourtCalendar.OPENS + "-" + CourtCalendar.CLOSES_FRIDAY);
        assertThat(hours.path("weekly").path("sat").asText()).isEqualTo("closed");
        assertThat(hours.path("weekly").path("sun").asText()).isEqualTo("closed");
        assertThat(CourtCalendar.HOLIDAYS).hasSize(hours.path("holidays").size());
        hours.path("holidays").forEach(h -> assertThat(CourtCalendar.isWorkingDay(LocalDate.parse(h.asText()))).isFalse());
    }

    private static String caseQuery(String number, String nik) {
        return "<pengajuan><nomor_perkara>" + number + "</nomor_perkara><nik_pihak>" + nik + "</nik_pihak></pengajuan>";
    }

    private static String booking(String ref, String nik, String day) {
        return "<pengajuan><nomor_referensi>" + ref + "</nomor_referensi><nik>" + nik + "</nik>"
                + "<jenis_perkara>ITSBAT_NIKAH</jenis_perkara><uraian>Pernikahan belum tercatat dan perlu disahkan.</uraian>"
                + "<tanggal_diminta>" + day + "</tanggal_diminta><prodeo>YA</prodeo><telepon>081311112222</telepon></pengajuan>";
    }
}
