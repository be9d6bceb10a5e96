package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;

/**
 * {@code POST /jamsostek/v1/bpu/pendaftaran}: registers a self-employed worker (Bukan Penerima
 * Upah). The registrant must be in the population register (21), aged 15 to 65 (27), without an
 * active membership (32) or a registration already waiting for payment (33). Contributions: JKK 1%
 * of the declared income, JKM Rp6.800, JHT 2% when chosen; the KPJ number is issued on the first
 * payment, so the answer carries a payment code and a deadline.
 */
final class BpuRegistrationService extends MemberApplicationService {

    static final long MIN_INCOME = 1_000_000L;
    static final long MAX_INCOME = 100_000_000L;
    static final long JKM_MONTHLY = 6_800L;
    private static final Set<String> PROGRAMMES = Set.of("JKK", "JKM", "JHT");
    private static final Set<Long> PERIODS = Set.of(1L, 3L, 6L, 12L);

    private final CitizenRegistry citizens;

    BpuRegistrationService(Participants participants, RequestLedger<Map<String, Object>> applications, CitizenRegistry citizens,
            Clock clock) {
        super(participants, applications, clock);
        this.citizens = citizens;
    }

    @Override
    public String path() {
        return "/bpu/pendaftaran";
    }

    @Override
    String kind() {
        return "PENDAFTARAN_BPU";
    }

    @Override
    Map<String, Object> register(String id, BpjsTkRequest request, LocalDate today) {
        String nik = request.digits("nik", 16, 16);
        request.required("pekerjaan");
        long income = request.number("penghasilan");
        List<String> programmes = programmes(request.body().get("program"));
        long months = request.body().hasNonNull("periodeIuran") ? request.number("periodeIuran") : 1;
        String phone = request.required("noHp");
        if (income < MIN_INCOME || income > MAX_INCOME) {
            throw BpjsTkRequest.invalid("penghasilan");
        }
        if (!PERIODS.contains(months)) {
            throw BpjsTkRequest.invalid("periodeIuran");
        }
        if (!phone.matches("08[0-9]{8,11}")) {
            throw BpjsTkRequest.invalid("noHp");
        }

        Citizen citizen = citizens.byNik(nik).orElseThrow(() -> new BpjsTkRejection(
                BpjsTkRejection.NOT_AS_DUKCAPIL, "NIK tidak ditemukan pada data kependudukan"));
        int age = Period.between(citizen.birthDate(), today).getYears();
        if (age < 15 || age >= 65) {
            throw new BpjsTkRejection(BpjsTkRejection.AGE, "Usia tidak memenuhi syarat peserta BPU (15 sampai 65 tahun)");
        }
        if (participants.byNik(nik).stream().anyMatch(Participant::active)) {
            throw new BpjsTkRejection(BpjsTkRejection.STILL_MEMBER, "NIK masih terdaftar sebagai peserta aktif");
        }
        if (participants.pendingBpu(nik).isPresent()) {
            throw new BpjsTkRejection(BpjsTkRejection.BPU_PENDING,
                    "NIK sudah terdaftar BPU dan menunggu pembayaran iuran pertama");
        }

        long monthly = income / 100 + JKM_MONTHLY + (programmes.contains("JHT") ? income * 2 / 100 : 0);
        String registrationNumber = number("BPU", today);
        String paymentCode = "8890" + registrationNumber.substring(registrationNumber.length() - 6)
                + nik.substring(12);
        LocalDate payBy = today.plusDays(7);
        participants.registerBpu(new BpuRegistration(registrationNumber, nik, paymentCode, programmes, monthly,
                (int) months, payBy));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idPengajuan", id);
        data.put("nomorRegistrasi", registrationNumber);
        data.put("tglRegistrasi", BpjsTkRequest.DATE.format(today));
        data.put("statusPendaftaran", "MENUNGGU_PEMBAYARAN");
        data.put("program", programmes);
        data.put("iuranPerBulan", monthly);
        data.put("periodeIuran", months);
        data.put("totalIuran", monthly * months);
        data.put("kodeIuran", paymentCode);
        data.put("batasBayar", BpjsTkRequest.DATE.format(payBy));
        return data;
    }

    /** JKK and JKM always, JHT optional, nothing else, no repeats. */
    private static List<String> programmes(JsonNode sent) {
        if (sent == null || sent.isNull()) {
            throw new BpjsTkRejection(BpjsTkRejection.INCOMPLETE, "Parameter wajib tidak lengkap: program");
        }
        if (!sent.isArray()) {
            throw BpjsTkRequest.invalid("program");
        }
        List<String> programmes = new ArrayList<>();
        for (JsonNode p : sent) {
            if (!p.isTextual() || !PROGRAMMES.contains(p.asText()) || programmes.contains(p.asText())) {
                throw BpjsTkRequest.invalid("program");
            }
            programmes.add(p.asText());
        }
        if (!programmes.contains("JKK") || !programmes.contains("JKM")) {
            throw BpjsTkRequest.invalid("program");
        }
        return programmes;
    }
}
