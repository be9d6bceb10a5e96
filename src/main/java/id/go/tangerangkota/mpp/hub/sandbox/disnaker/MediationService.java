package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /phi/pencatatan}: registers an industrial-relations dispute (UU 2/2004) that failed
 * bipartite negotiation and appoints a mediator, who holds the first session within 7 working days
 * and ends mediation within 30 working days. Refused on the merits: fewer than two bipartite
 * negotiations on distinct dates (T-21; the office wants the minutes of two before it registers),
 * a negotiation dated after today (T-22), an account of the dispute shorter than
 * {@value #MIN_SUMMARY} characters (T-23). Numbers are {@code 565/NNNN-PHI/YYYY} (565: the archive
 * code of labour disputes), from {@value #FIRST_CASE} in the sandbox.
 */
final class MediationService implements DisnakerService {

    static final Map<String, String> TYPES = Map.of(
            "HAK", "Perselisihan hak",
            "KEPENTINGAN", "Perselisihan kepentingan",
            "PHK", "Perselisihan pemutusan hubungan kerja",
            "ANTAR_SP_SB", "Perselisihan antar serikat pekerja/serikat buruh");
    /** Shorter accounts do not say what is disputed, since when, and what is asked. */
    static final int MIN_SUMMARY = 60;
    /** The sandbox's cases of the year start here; lower numbers were registered before. */
    static final int FIRST_CASE = 101;
    static final int FIRST_SESSION_WORKING_DAYS = 7;
    static final int MEDIATION_WORKING_DAYS = 30;
    /** The office's mediators (fictitious), appointed in turn. */
    static final List<Map<String, String>> MEDIATORS = List.of(
            Map.of("nama", "Sri Wahyuningsih, S.H., M.H.", "nip", "197805122005012009"),
            Map.of("nama", "Agus Prasetyo, S.H.", "nip", "198103142008011012"),
            Map.of("nama", "Rahmat Hidayatullah, S.Sos.", "nip", "198511202010011005"),
            Map.of("nama", "Dian Kusumawardani, S.H., M.Kn.", "nip", "199002072015032003"));
    /** The public holidays the connector's hours list (the sandbox knows no others). */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Clock clock;
    private final AtomicInteger cases = new AtomicInteger(FIRST_CASE - 1);

    MediationService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/phi/pencatatan";
    }

    @Override
    public String kind() {
        return DisnakerLedger.MEDIATION;
    }

    @Override
    public Registered register(JsonNode body, String transactionId) {
        Fields.digits(body, "pemohon.nik", 16);
        String phone = Fields.optionalText(body, "pemohon.noTelepon", 20);
        if (phone != null && !phone.matches("08[0-9]{8,11}")) {
            throw DisnakerRejection.invalid("pemohon.noTelepon");
        }
        String type = Fields.oneOf(body, "jenisPerselisihan", TYPES.keySet());
        String company = Fields.text(body, "pengusaha.namaPerusahaan", 100);
        Fields.text(body, "pengusaha.alamat", 200);
        String summary = Fields.text(body, "uraianPerselisihan", 2000);
        TreeSet<LocalDate> negotiations = new TreeSet<>(Fields.dates(body, "tanggalBipartit", 5));
        LocalDate today = LocalDate.now(clock);

        if (negotiations.size() < 2) {
            throw DisnakerRejection.refused(DisnakerRejection.BIPARTITE_TOO_FEW, "Perundingan bipartit baru "
                    + negotiations.size() + " kali; perselisihan dicatat setelah sekurang-kurangnya dua kali "
                    + "perundingan bipartit dengan risalah yang ditandatangani para pihak (UU 2/2004 Pasal 3 dan 4)");
        }
        if (negotiations.last().isAfter(today)) {
            throw DisnakerRejection.refused(DisnakerRejection.BIPARTITE_FUTURE, "Tanggal perundingan bipartit "
                    + DAY.format(negotiations.last()) + " belum terjadi; catatkan perselisihan setelah perundingan dilaksanakan");
        }
        if (summary.length() < MIN_SUMMARY) {
            throw DisnakerRejection.refused(DisnakerRejection.SUMMARY_TOO_SHORT, "Uraian perselisihan terlalu singkat (minimal "
                    + MIN_SUMMARY + " karakter): sebutkan pokok perselisihan, sejak kapan, dan tuntutan pemohon");
        }
        int serial = cases.incrementAndGet();
        Map<String, String> mediator = MEDIATORS.get((serial - FIRST_CASE) % MEDIATORS.size());
        Map<String, Object> hasil = new LinkedHashMap<>();
        hasil.put("idTransaksiMitra", transactionId);
        hasil.put("nomorPencatatan", String.format("565/%04d-PHI/%d", serial, today.getYear()));
        hasil.put("tanggalPencatatan", today.toString());
        hasil.put("jenisPerselisihan", TYPES.get(type));
        hasil.put("namaPerusahaan", company);
        hasil.put("perundinganBipartit", negotiations.size());
        hasil.put("mediator", mediator);
        hasil.put("sidangPertamaPalingLambat", workingDaysAfter(today, FIRST_SESSION_WORKING_DAYS).toString());
        hasil.put("batasPenyelesaian", workingDaysAfter(today, MEDIATION_WORKING_DAYS).toString());
        hasil.put("statusPerkara", "DICATAT");
        return new Registered("Perselisihan dicatat dan mediator ditunjuk", hasil);
    }

    /** Working days are Monday to Friday except the holidays the office closes on. */
    static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate d = day;
        for (int left = days; left > 0;) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d)) {
                left--;
            }
        }
        return d;
    }
}
