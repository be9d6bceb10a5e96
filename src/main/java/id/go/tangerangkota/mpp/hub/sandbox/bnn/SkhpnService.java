package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * {@code POST /skhpn/pendaftaran}: registers a citizen for the urine test at the BNN clinic
 * (Klinik Pratama) on a working day and gives a queue number and a 15-minute slot between 08:00
 * and 15:00 (28 a day). The SKHPN itself is issued at the clinic after the test.
 */
final class SkhpnService implements BnnService {

    /** Tariff with the test kit (PNBP, PP 19/2020); Rp0 with a certificate of low income. */
    static final long TARIFF = 290_000L;
    static final LocalTime FIRST_SLOT = LocalTime.of(8, 0);
    static final int SLOT_MINUTES = 15;
    static final int SLOTS_PER_DAY = 28;
    static final String CLINIC = "Klinik Pratama BNN Kota Tangerang";
    private static final Set<String> CATEGORIES = Set.of("MELAMAR_KERJA", "CPNS_PPPK", "SEKOLAH_BEASISWA",
            "CALON_LEGISLATIF", "IZIN_SENJATA_API", "LAINNYA");

    private final BnnApplications applications;
    private final CitizenRegistry citizens;
    private final Clock clock;
    private final Map<LocalDate, Integer> booked = new HashMap<>();
    private final Map<String, String> registeredOn = new HashMap<>();

    SkhpnService(BnnApplications applications, CitizenRegistry citizens, Clock clock) {
        this.applications = applications;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/skhpn/pendaftaran";
    }

    @Override
    public Map<String, Object> answer(BnnRequest request) {
        String id = request.text("idPermohonan");
        String nik = request.text("nik");
        String purpose = request.text("keperluan");
        String category = request.text("kategoriKeperluan");
        if (!CATEGORIES.contains(category)) {
            throw BnnRejection.incomplete("kategoriKeperluan");
        }
        LocalDate date = request.date("tanggalPemeriksaan");
        request.text("noTelepon");
        boolean medication = request.body().path("konsumsiObat").path("status").asText("").equals("YA");
        boolean waiver = request.body().path("pembebasanTarif").asBoolean(false);
        return applications.once(id, "SKHPN", () -> register(nik, purpose, date, medication, waiver));
    }

    private synchronized Map<String, Object> register(String nik, String purpose, LocalDate date, boolean medication,
            boolean waiver) {
        if (citizens.byNik(nik).isEmpty()) {
            throw BnnRejection.refused(BnnRejection.UNKNOWN_NIK, "NIK tidak terdaftar pada data kependudukan");
        }
        if (!BnnDates.workingDay(date)) {
            throw BnnRejection.refused(BnnRejection.NOT_A_CLINIC_DAY, "Klinik tidak melayani pemeriksaan pada tanggal "
                    + BnnDates.dmy(date) + " (hanya hari kerja, Senin-Jumat)");
        }
        String earlier = registeredOn.get(nik + "@" + date);
        if (earlier != null) {
            throw BnnRejection.refused(BnnRejection.ALREADY_REGISTERED,
                    "Pemohon sudah terdaftar pemeriksaan pada tanggal " + BnnDates.dmy(date) + ": " + earlier);
        }
        int queue = booked.getOrDefault(date, 0) + 1;
        if (queue > SLOTS_PER_DAY) {
            throw BnnRejection.refused(BnnRejection.DAY_FULL,
                    "Kuota pemeriksaan tanggal " + BnnDates.dmy(date) + " sudah penuh");
        }
        booked.put(date, queue);
        String number = "SKHPN/%s/%03d".formatted(date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), queue);
        registeredOn.put(nik + "@" + date, number);
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("tanggal", BnnDates.dmy(date));
        slot.put("jam", FIRST_SLOT.plusMinutes((long) SLOT_MINUTES * (queue - 1)).toString());
        slot.put("lokasi", CLINIC);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("nomorRegistrasi", number);
        result.put("tanggalDaftar", BnnDates.dmy(LocalDate.now(clock)));
        result.put("jadwal", slot);
        result.put("nomorAntrean", queue);
        result.put("keperluan", purpose);
        result.put("tarif", waiver ? 0L : TARIFF);
        result.put("status", "TERDAFTAR");
        result.put("catatan", (medication ? "Bawa resep dokter untuk obat yang dikonsumsi. " : "")
                + (waiver ? "Bawa surat keterangan tidak mampu dari kelurahan. " : "")
                + "Datang sendiri membawa KTP-el dan 2 pas foto 4x6.");
        return result;
    }
}
