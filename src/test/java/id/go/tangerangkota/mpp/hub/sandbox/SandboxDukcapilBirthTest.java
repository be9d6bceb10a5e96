package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** LAYANAN_AKTA_KELAHIRAN: registration, deduplication on ID_PERMOHONAN, and every refusal. */
class SandboxDukcapilBirthTest {

    private static final String SERVICE = "LAYANAN_AKTA_KELAHIRAN";
    private static final String BUDI = "3671011203850001";
    private static final String SITI = "3671055208920002";
    private static final String THEIR_CARD = "3671050101150001";
    private static final String UNKNOWN = "3671061010909999";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final AtomicInteger IDS = new AtomicInteger();
    /** Three weeks ago in Jakarta: a birth is registered within days, never in advance. */
    private static final LocalDate BORN = LocalDate.now(JAKARTA).minusDays(21);

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

    /** A complete, valid application of Budi and Siti's first child, under a fresh id. */
    private static Map<String, Object> application() {
        return DukcapilTestClient.body(
                "ID_PERMOHONAN", "MPP-TEST-" + IDS.incrementAndGet(),
                "NIK_PELAPOR", SITI,
                "NO_KK", THEIR_CARD,
                "NIK_IBU", SITI,
                "NIK_AYAH", BUDI,
                "NAMA_ANAK", "MUHAMMAD RIZKY SANTOSO",
                "JENIS_KLMIN_ANAK", "LAKI-LAKI",
                "TMPT_LHR_ANAK", "TANGERANG",
                "TGL_LHR_ANAK", DateTimeFormatter.ofPattern("dd-MM-yyyy").format(BORN),
                "ANAK_KE", "1",
                "BERAT_BAYI", "3200");
    }

    private static String ddMMyyyy(LocalDate date) {
        return DateTimeFormatter.ofPattern("ddMMyyyy").format(date);
    }

    @Test
    void registersTheBirthAndIssuesACertificateNumber() throws Exception {
        Map<String, Object> application = application();
        String id = (String) application.get("ID_PERMOHONAN");
        int before = server.births().registrationsReceived();
        LocalDate dayBefore = LocalDate.now(JAKARTA);

        JsonNode answer = client.content(SERVICE, application);

        LocalDate dayAfter = LocalDate.now(JAKARTA);
        assertThat(answer.path("RESPON").asText()).isEqualTo("BERHASIL");
        assertThat(answer.path("ID_PERMOHONAN").asText()).isEqualTo(id);
        assertThat(answer.path("NO_AKTA").asText())
                .matches("3671-LT-(" + ddMMyyyy(dayBefore) + "|" + ddMMyyyy(dayAfter) + ")-\\d{4}");
        assertThat(answer.path("NO_REGISTRASI").asText()).isNotBlank();
        assertThat(answer.path("TGL_TERBIT").asText()).isIn(
                DateTimeFormatter.ofPattern("dd-MM-yyyy").format(dayBefore),
                DateTimeFormatter.ofPattern("dd-MM-yyyy").format(dayAfter));
        assertThat(server.births().registrationsReceived()).isEqualTo(before + 1);
        assertThat(server.births().callsFor(id)).isEqualTo(1);

        BirthRegistration registration = server.births().registration(id).orElseThrow();
        assertThat(registration.certificateNumber()).isEqualTo(answer.path("NO_AKTA").asText());
        assertThat(registration.childName()).isEqualTo("MUHAMMAD RIZKY SANTOSO");
        assertThat(registration.childSex()).isEqualTo(Citizen.Sex.L);
        assertThat(registration.birthDate()).isEqualTo(BORN);
        assertThat(registration.weightGrams()).isEqualTo(3200);
        assertThat(registration.motherNik()).isEqualTo(SITI);
        assertThat(registration.fatherNik()).isEqualTo(BUDI);
    }

    @Test
    void theSameIdPermohonanGetsTheSameAnswerAndRegistersOnce() throws Exception {
        Map<String, Object> application = application();
        String id = (String) application.get("ID_PERMOHONAN");
        int before = server.births().registrationsReceived();

        JsonNode first = client.call(SERVICE, application);
        JsonNode second = client.call(SERVICE, application);
        // Even a changed repeat is the same application: its first answer stands.
        application.put("NAMA_ANAK", "NAMA LAIN");
        JsonNode third = client.call(SERVICE, application);

        assertThat(first.path("content").path(0).path("RESPON").asText()).isEqualTo("BERHASIL");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(server.births().registrationsReceived()).isEqualTo(before + 1);
        assertThat(server.births().callsFor(id)).isEqualTo(3);
        assertThat(server.births().registration(id).orElseThrow().childName()).isEqualTo("MUHAMMAD RIZKY SANTOSO");
    }

    @Test
    void concurrentRepeatsOfOneApplicationRegisterOnce() throws Exception {
        Map<String, Object> application = application();
        String id = (String) application.get("ID_PERMOHONAN");
        int before = server.births().registrationsReceived();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            Callable<String> call = () -> client.content(SERVICE, application).path("NO_AKTA").asText();
            for (int i = 0; i < 32; i++) {
                answers.add(callers.submit(call));
            }
            Set<String> certificates = new java.util.HashSet<>();
            for (Future<String> answer : answers) {
                certificates.add(answer.get());
            }
            assertThat(certificates).hasSize(1);
            assertThat(certificates.iterator().next()).startsWith("3671-LT-");
        } finally {
            callers.shutdownNow();
        }
        assertThat(server.births().registrationsReceived()).isEqualTo(before + 1);
        assertThat(server.births().callsFor(id)).isEqualTo(32);
    }

    @Test
    void distinctApplicationsGetDistinctNumbers() throws Exception {
        String first = client.content(SERVICE, application()).path("NO_AKTA").asText();
        Map<String, Object> twin = application();
        twin.put("NAMA_ANAK", "MUHAMMAD RAFI SANTOSO");
        twin.put("ANAK_KE", "2");
        String second = client.content(SERVICE, twin).path("NO_AKTA").asText();
        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(0, 17)).isEqualTo(second.substring(0, 17));
    }

    @Test
    void fatherAndWeightAreOptional() throws Exception {
        Map<String, Object> application = application();
        application.remove("NIK_AYAH");
        application.remove("BERAT_BAYI");
        application.put("NIK_PELAPOR", BUDI);
        assertThat(client.respon(SERVICE, application)).isEqualTo("BERHASIL");
        BirthRegistration registration = server.births()
                .registration((String) application.get("ID_PERMOHONAN")).orElseThrow();
        assertThat(registration.fatherNik()).isNull();
        assertThat(registration.weightGrams()).isNull();
    }

    /** Sends an application changed by {@code change}, expects the refusal, and no registration. */
    private static void assertRefused(String expected, Object... changes) throws Exception {
        Map<String, Object> application = application();
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                application.remove((String) changes[i]);
            } else {
                application.put((String) changes[i], changes[i + 1]);
            }
        }
        String id = (String) application.get("ID_PERMOHONAN");
        int before = server.births().registrationsReceived();
        assertThat(client.respon(SERVICE, application)).isEqualTo(expected);
        assertThat(server.births().registrationsReceived()).isEqualTo(before);
        if (id != null) {
            assertThat(server.births().registration(id)).isEmpty();
            assertThat(server.births().callsFor(id)).isEqualTo(1);
        }
    }

    @Test
    void unknownReporterIsRefused() throws Exception {
        assertRefused("NIK Pelapor Tidak Ditemukan", "NIK_PELAPOR", UNKNOWN);
    }

    @Test
    void unknownMotherIsRefused() throws Exception {
        assertRefused("NIK Ibu Tidak Ditemukan", "NIK_IBU", UNKNOWN);
    }

    @Test
    void unknownFatherIsRefused() throws Exception {
        assertRefused("NIK Ayah Tidak Ditemukan", "NIK_AYAH", UNKNOWN);
    }

    @Test
    void motherOnAnotherFamilyCardIsRefused() throws Exception {
        assertRefused("Ibu Bukan Anggota KK", "NO_KK", "3671070202100003");
    }

    @Test
    void swappedParentsAreRefused() throws Exception {
        assertRefused("Jenis Kelamin Ibu Tidak Sesuai", "NIK_IBU", BUDI, "NIK_AYAH", SITI);
        assertRefused("Jenis Kelamin Ayah Tidak Sesuai", "NIK_AYAH", SITI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-02", "31-02-2024", "2-11-2024", "kemarin", "01-01-1990"})
    void unparseableOrImpossibleBirthDateIsRefused(String date) throws Exception {
        // 01-01-1990 is before the mother's own birth (1992).
        assertRefused("Tanggal Lahir Anak Tidak Valid", "TGL_LHR_ANAK", date);
    }

    @Test
    void birthDateInTheFutureIsRefused() throws Exception {
        LocalDate future = LocalDate.now(JAKARTA).plusDays(2);
        assertRefused("Tanggal Lahir Anak Tidak Valid", "TGL_LHR_ANAK",
                DateTimeFormatter.ofPattern("dd-MM-yyyy").format(future));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NAMA_ANAK", "JENIS_KLMIN_ANAK", "TMPT_LHR_ANAK", "TGL_LHR_ANAK", "ANAK_KE"})
    void missingChildFieldIsDataAnakTidakLengkap(String field) throws Exception {
        assertRefused("Data Anak Tidak Lengkap", field, null);
        assertRefused("Data Anak Tidak Lengkap", field, " ");
    }

    @Test
    void childFieldsInTheWrongFormAreRefused() throws Exception {
        assertRefused("Data Anak Tidak Valid: JENIS_KLMIN_ANAK", "JENIS_KLMIN_ANAK", "L");
        assertRefused("Data Anak Tidak Valid: ANAK_KE", "ANAK_KE", 1);
        assertRefused("Data Anak Tidak Valid: ANAK_KE", "ANAK_KE", "0");
        assertRefused("Data Anak Tidak Valid: BERAT_BAYI", "BERAT_BAYI", "3,2 kg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID_PERMOHONAN", "NIK_PELAPOR", "NO_KK", "NIK_IBU", "ip_user"})
    void missingMandatoryFieldIsParameterTidakLengkap(String field) throws Exception {
        assertRefused("Parameter Tidak Lengkap: " + field, field, null);
    }

    @Test
    void malformedNumbersAreRefused() throws Exception {
        assertRefused("NIK Tidak Valid: NIK_IBU", "NIK_IBU", "36710552089200");
        assertRefused("NO_KK Tidak Valid", "NO_KK", "3671-0501-0115-0001");
    }

    @Test
    void wrongLoginIsRefusedButTheCallIsCounted() throws Exception {
        assertRefused("Login Gagal", "password", "wrong");
    }

    @Test
    void aRefusedApplicationCanBeCorrectedUnderTheSameId() throws Exception {
        Map<String, Object> application = application();
        String id = (String) application.get("ID_PERMOHONAN");
        application.put("JENIS_KLMIN_ANAK", "L");
        assertThat(client.respon(SERVICE, application)).isEqualTo("Data Anak Tidak Valid: JENIS_KLMIN_ANAK");
        application.put("JENIS_KLMIN_ANAK", "LAKI-LAKI");
        assertThat(client.respon(SERVICE, application)).isEqualTo("BERHASIL");
        assertThat(server.births().callsFor(id)).isEqualTo(2);
        assertThat(server.births().registration(id)).isPresent();
    }

    @Test
    void callsForAnUnknownIdAreZero() {
        assertThat(server.births().callsFor("NEVER-SENT")).isZero();
        assertThat(server.births().registration("NEVER-SENT")).isEmpty();
    }
}
