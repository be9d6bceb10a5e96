package id.go.tangerangkota.mpp.hub.sandbox.kejari;

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
 * The simulated Kejari PTSP back end over a real socket: Basic authentication with its own kode
 * 41, safe XML, tickets, bookings deduplicated on id_permintaan, evidence refusals, and slots that
 * always fall on working days within the descriptor's office hours.
 */
class SandboxKejariTest {

    private static final String BUDI = "3671011203850001";
    private static final String AHMAD = "3671071506780003";
    private static final String RINA = "3671116304880006";

    private static SandboxServer server;
    private static KejariTestClient client;
    private static KejariBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new KejariTestClient(server);
        backend = server.backend("kejari", KejariBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongPasswordOrNoAuthenticationIsKode41WithAChallenge() throws Exception {
        String body = "<permintaan><nomor_register>E4406213</nomor_register></permintaan>";
        for (String authorization : new String[] {KejariTestClient.basic(KejariTestClient.USERNAME, "salah"),
                KejariTestClient.basic("other", KejariTestClient.PASSWORD), null, "Bearer x"}) {
            HttpResponse<String> r = client.send("POST", "/tilang/denda", body, "application/xml", authorization);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            KejariTestClient.Answer a = KejariTestClient.Answer.of(r.body());
            assertThat(a.status()).isEqualTo("41");
            assertThat(a.message()).isEqualTo("OTENTIKASI GAGAL: PENGGUNA ATAU KATA SANDI SALAH");
        }
    }

    @Test
    void doctypesAndOtherRootsAreRefusedNeverExpanded() throws Exception {
        String auth = KejariTestClient.basic(KejariTestClient.USERNAME, KejariTestClient.PASSWORD);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE permintaan [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<permintaan><nomor_register>&x;</nomor_register></permintaan>";
        for (String body : new String[] {xxe, "<permintaan>", "<request/>"}) {
            HttpResponse<String> r = client.send("POST", "/tilang/denda", body, "application/xml", auth);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(KejariTestClient.Answer.of(r.body()).status()).isEqualTo("30");
        }
        assertThat(client.send("POST", "/tilang/hapus", "<permintaan/>", "application/xml", auth).statusCode()).isEqualTo(404);
        assertThat(client.call("/tilang/denda", "<permintaan/>").status()).isEqualTo("31");
    }

    @Test
    void budisTicketIsPaidWithHisStnkHeldAndAWrongPlateIsKode11() throws Exception {
        KejariTestClient.Answer a = client.call("/tilang/denda",
                "<permintaan><nomor_register>E4406213</nomor_register><nopol>B 1234 CVA</nopol></permintaan>");
        KejariTestClient.Answer plate = client.call("/tilang/denda",
                "<permintaan><nomor_register>E4406213</nomor_register><nopol>B 9999 ZZZ</nopol></permintaan>");
        KejariTestClient.Answer unknown = client.call("/tilang/denda",
                "<permintaan><nomor_register>E0000001</nomor_register></permintaan>");

        assertThat(a.status()).isEqualTo("00");
        assertThat(a.text("nama_pelanggar")).isEqualTo("BUDI SANTOSO");
        assertThat(a.text("status_bayar")).isEqualTo("LUNAS");
        assertThat(a.text("kode_briva")).isEqualTo("982714406213001");
        assertThat(a.text("jenis")).isEqualTo("STNK");
        assertThat(plate.status()).isEqualTo("11");
        assertThat(unknown.status()).isEqualTo("10");
    }

    @Test
    void aConsultationIsBookedOnceOnAWorkingDayAndARepeatAnswersTheSame() throws Exception {
        String id = UUID.randomUUID().toString();
        // 2026-11-28 is a Saturday: the booking moves to a working day.
        String body = consultation(id, RINA, "2026-11-28", "SIANG");
        int before = backend.requests().received();

        KejariTestClient.Answer first = client.call("/konsultasi-hukum", body);
        KejariTestClient.Answer again = client.call("/konsultasi-hukum", body);
        KejariTestClient.Answer reused = client.call("/konsultasi-hukum", consultation(id, RINA, "2026-12-01", "PAGI"));

        assertThat(first.status()).as(first.xml()).isEqualTo("00");
        LocalDate day = LocalDate.parse(first.text("tanggal"));
        assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(LocalTime.parse(first.text("jam_mulai"))).isAfterOrEqualTo(LocalTime.of(13, 0));
        assertThat(LocalTime.parse(first.text("jam_selesai"))).isBeforeOrEqualTo(LocalTime.of(15, 0));
        assertThat(first.text("nomor_registrasi")).matches("KH-\\d{8}-\\d{4}");
        assertThat(again.xml()).isEqualTo(first.xml());
        assertThat(reused.status()).isEqualTo("94");
        assertThat(backend.requests().received()).isEqualTo(before + 1);
        assertThat(backend.requests().callsFor(id)).isEqualTo(3);
    }

    @Test
    void anUnknownNikIsKode21() throws Exception {
        assertThat(client.call("/konsultasi-hukum", consultation(UUID.randomUUID().toString(), "3671999999999999",
                "2026-12-01", "PAGI")).status()).isEqualTo("21");
    }

    @Test
    void slotsFillUpWithinHoursAndSkipWeekendsAndHolidays() {
        ConsultationSchedule schedule = new ConsultationSchedule();
        // Thursday 24 Dec 2026: four morning slots, then Christmas (holiday) and the weekend are skipped.
        LocalDate today = LocalDate.of(2026, 12, 23);
        for (int i = 0; i < 4; i++) {
            ConsultationSchedule.Slot slot = schedule.book(today, LocalDate.of(2026, 12, 24), "PAGI");
            assertThat(slot.day()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(OfficeCalendar.withinHours(slot.day(), slot.start(), slot.end())).isTrue();
            assertThat(slot.end()).isBeforeOrEqualTo(LocalTime.NOON);
        }
        ConsultationSchedule.Slot fifth = schedule.book(today, LocalDate.of(2026, 12, 24), "PAGI");
        assertThat(fifth.day()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(fifth.start()).isEqualTo(LocalTime.of(8, 0));
        // A day in the past or today gives the next working day at the earliest.
        assertThat(schedule.book(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 1), "SIANG").day())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theSandboxCalendarIsTheDescriptorsHours() throws Exception {
        JsonNode hours = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("connectors/kejari/connector.yaml"))).path("hours");
        for (String day : new String[] {"mon", "tue", "wed", "thu", "fri"}) {
            assertThat(hours.path("weekly").path(day).asText()).isEqualTo(OfficeCalendar.OPENS + "-" + OfficeCalendar.CLOSES);
        }
        assertThat(hours.path("weekly").path("sat").asText()).isEqualTo("closed");
        assertThat(hours.path("weekly").path("sun").asText()).isEqualTo("closed");
        hours.path("holidays").forEach(h -> assertThat(OfficeCalendar.isWorkingDay(LocalDate.parse(h.asText()))).isFalse());
        assertThat(OfficeCalendar.HOLIDAYS).hasSize(hours.path("holidays").size());
    }

    @Test
    void evidenceIsRefusedUnpaidOtherTypeOtherBrivaOrOtherPersonAndBookedOnce() throws Exception {
        assertThat(client.call("/tilang/barang-bukti", pickup(AHMAD, "E4407788", "SIM", "982714407788001", "T")).status())
                .isEqualTo("12");
        assertThat(client.call("/tilang/barang-bukti", pickup(BUDI, "E4406213", "SIM", "982714406213001", "T")).message())
                .isEqualTo("BARANG BUKTI YANG DISITA ADALAH STNK, BUKAN SIM");
        assertThat(client.call("/tilang/barang-bukti", pickup(BUDI, "E4406213", "STNK", "982714406213999", "T")).status())
                .isEqualTo("13");
        Tilang other = backend.tickets().all().stream().skip(3)
                .filter(t -> backend.tickets().paidOn(t.nomorRegister()).isPresent()).findFirst().orElseThrow();
        String type = other.barangBukti();
        assertThat(client.call("/tilang/barang-bukti", pickup(RINA, other.nomorRegister(), type, other.kodeBriva(), "T"))
                .status()).isEqualTo("16");

        KejariTestClient.Answer booked = client.call("/tilang/barang-bukti",
                pickup(other.nik(), other.nomorRegister(), type, other.kodeBriva(), "T"));
        KejariTestClient.Answer twice = client.call("/tilang/barang-bukti",
                pickup(other.nik(), other.nomorRegister(), type, other.kodeBriva(), "T"));

        assertThat(booked.status()).as(booked.xml()).isEqualTo("00");
        LocalDate day = LocalDate.parse(booked.text("tanggal"));
        assertThat(OfficeCalendar.withinHours(day, LocalTime.parse(booked.text("jam_mulai")),
                LocalTime.parse(booked.text("jam_selesai")))).isTrue();
        assertThat(twice.status()).isEqualTo("15");
        assertThat(backend.tickets().evidenceState(other.nomorRegister())).isEqualTo(TilangRegister.BOOKED);
    }

    private static String consultation(String id, String nik, String day, String sesi) {
        return "<permintaan><id_permintaan>" + id + "</id_permintaan><nik>" + nik + "</nik><bidang>WARIS</bidang>"
                + "<kronologi>Sengketa pembagian warisan tanah antara para ahli waris.</kronologi>"
                + "<tanggal_diminta>" + day + "</tanggal_diminta><sesi>" + sesi + "</sesi>"
                + "<telepon>087812345670</telepon></permintaan>";
    }

    private static String pickup(String nik, String ticket, String type, String briva, String kuasa) {
        return "<permintaan><id_permintaan>" + UUID.randomUUID() + "</id_permintaan><nik>" + nik + "</nik>"
                + "<nomor_register>" + ticket + "</nomor_register><jenis_barang_bukti>" + type + "</jenis_barang_bukti>"
                + "<kode_briva>" + briva + "</kode_briva><kuasa>" + kuasa + "</kuasa></permintaan>";
    }
}
