package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * {@code POST /p4gn/sosialisasi}: a request for an anti-drug awareness session (P4GN). BNN has two
 * speaker sessions a working day (09:00-11:00 and 13:00-15:00); the request takes the first free
 * one of the asked date, which the prevention section confirms within five working days.
 */
final class OutreachService implements BnnService {

    static final List<String> SESSIONS = List.of("09:00-11:00", "13:00-15:00");
    /** Seed: both sessions of this date are already taken (a school programme). */
    static final LocalDate FULLY_BOOKED = LocalDate.of(2026, 12, 9);
    private static final Set<String> AUDIENCES = Set.of("PELAJAR", "PEKERJA", "MASYARAKAT", "KELOMPOK_KEAGAMAAN",
            "ORANG_TUA", "LAINNYA");

    private final BnnApplications applications;
    private final CitizenRegistry citizens;
    private final Clock clock;
    private final Map<LocalDate, Integer> sessions = new HashMap<>(Map.of(FULLY_BOOKED, SESSIONS.size()));
    private int sequence;

    OutreachService(BnnApplications applications, CitizenRegistry citizens, Clock clock) {
        this.applications = applications;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/p4gn/sosialisasi";
    }

    @Override
    public Map<String, Object> answer(BnnRequest request) {
        String id = request.text("idPermohonan");
        String nik = request.text("nikPenanggungJawab");
        String organisation = request.text("namaLembaga");
        String audience = request.text("sasaran");
        if (!AUDIENCES.contains(audience)) {
            throw BnnRejection.incomplete("sasaran");
        }
        int participants = request.positive("jumlahPeserta");
        LocalDate date = request.date("tanggalKegiatan");
        String venue = request.text("tempat");
        request.text("noTelepon");
        return applications.once(id, "P4GN", () -> register(nik, organisation, participants, date, venue));
    }

    private synchronized Map<String, Object> register(String nik, String organisation, int participants,
            LocalDate date, String venue) {
        if (citizens.byNik(nik).isEmpty()) {
            throw BnnRejection.refused(BnnRejection.UNKNOWN_NIK, "NIK tidak terdaftar pada data kependudukan");
        }
        if (!BnnDates.workingDay(date)) {
            throw BnnRejection.refused(BnnRejection.NOT_A_WORKING_DAY, "Narasumber BNN hanya bertugas pada hari kerja; tanggal "
                    + BnnDates.dmy(date) + " bukan hari kerja");
        }
        int taken = sessions.getOrDefault(date, 0);
        if (taken >= SESSIONS.size()) {
            throw BnnRejection.refused(BnnRejection.SPEAKERS_BOOKED,
                    "Jadwal narasumber pada tanggal " + BnnDates.dmy(date) + " sudah penuh");
        }
        sessions.put(date, taken + 1);
        LocalDate today = LocalDate.now(clock);
        String number = "P4GN/%d/%04d".formatted(today.getYear(), ++sequence);
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("tanggal", BnnDates.dmy(date));
        slot.put("jam", SESSIONS.get(taken));
        slot.put("tempat", venue);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("nomorPermohonan", number);
        result.put("tanggalDiterima", BnnDates.dmy(today));
        result.put("lembaga", organisation);
        result.put("jumlahPeserta", participants);
        result.put("jadwalUsulan", slot);
        result.put("status", "MENUNGGU_KONFIRMASI");
        result.put("batasKonfirmasi", BnnDates.dmy(workingDaysAfter(today, 5)));
        return result;
    }

    private static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate date = from;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (BnnDates.workingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
