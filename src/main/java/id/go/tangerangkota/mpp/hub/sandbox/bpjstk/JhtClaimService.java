package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;

/**
 * {@code POST /jamsostek/v1/klaim/jht}: a claim of the JHT balance, paid to the participant's own
 * account. Checks, after the membership: a balance to pay (25), one claim at a time (24); for
 * resignation or termination the membership must be inactive (22), the last day of work must be
 * the one the employer reported (23) and the one-month waiting period over (26); retirement needs
 * age 56 (27); the account must be in the participant's name (28) at a known bank (29), and a
 * balance above Rp50.000.000 needs an NPWP (30).
 */
final class JhtClaimService extends MemberApplicationService {

    static final long NPWP_THRESHOLD = 50_000_000L;
    static final int RETIREMENT_AGE = 56;
    private static final Set<String> LEAVING_WORK = Set.of("MENGUNDURKAN_DIRI", "PHK");
    private static final Set<String> GROUNDS = Set.of("MENGUNDURKAN_DIRI", "PHK", "USIA_PENSIUN",
            "CACAT_TOTAL_TETAP", "MENINGGALKAN_INDONESIA");
    private static final Map<String, String> BANKS = Map.ofEntries(
            Map.entry("002", "BANK BRI"), Map.entry("008", "BANK MANDIRI"), Map.entry("009", "BANK BNI"),
            Map.entry("011", "BANK DANAMON"), Map.entry("013", "BANK PERMATA"), Map.entry("014", "BANK BCA"),
            Map.entry("022", "BANK CIMB NIAGA"), Map.entry("110", "BANK BJB"), Map.entry("200", "BANK BTN"),
            Map.entry("451", "BANK SYARIAH INDONESIA"));

    JhtClaimService(Participants participants, RequestLedger<Map<String, Object>> applications, Clock clock) {
        super(participants, applications, clock);
    }

    @Override
    public String path() {
        return "/klaim/jht";
    }

    @Override
    String kind() {
        return "KLAIM_JHT";
    }

    @Override
    Map<String, Object> register(String id, BpjsTkRequest request, LocalDate today) {
        Participant p = member(request);
        String ground = request.required("sebabKlaim");
        if (!GROUNDS.contains(ground)) {
            throw BpjsTkRequest.invalid("sebabKlaim");
        }
        LocalDate lastDay = request.date("tglBerhentiBekerja");
        BpjsTkRequest account = request.object("rekening");
        String bankCode = account.digits("kodeBank", 3, 3);
        String accountNumber = account.digits("noRekening", 6, 20);
        String holder = account.required("namaPemilik");
        String npwp = request.optional("npwp").orElse(null);
        if (npwp != null && !npwp.matches("[0-9]{15,16}")) {
            throw BpjsTkRequest.invalid("npwp");
        }

        if (p.jhtPaidOut()) {
            throw new BpjsTkRejection(BpjsTkRejection.JHT_PAID_OUT, "Saldo JHT telah dibayarkan");
        }
        if (!p.programmes().contains("JHT") || p.jhtBalance() <= 0) {
            throw new BpjsTkRejection(BpjsTkRejection.JHT_PAID_OUT, "Peserta tidak memiliki saldo JHT");
        }
        participants.openClaim(p.kpj()).ifPresent(open -> {
            throw new BpjsTkRejection(BpjsTkRejection.CLAIM_OPEN, "Masih ada klaim JHT dalam proses: " + open);
        });
        if (LEAVING_WORK.contains(ground)) {
            if (p.active()) {
                throw new BpjsTkRejection(BpjsTkRejection.STILL_WORKING,
                        "Peserta masih aktif bekerja, klaim JHT belum dapat diajukan");
            }
            if (!lastDay.equals(p.leftOn())) {
                throw new BpjsTkRejection(BpjsTkRejection.LAST_DAY_DIFFERS,
                        "Tanggal berhenti bekerja tidak sesuai laporan perusahaan");
            }
            LocalDate claimableFrom = lastDay.plusMonths(1).plusDays(1);
            if (today.isBefore(claimableFrom)) {
                throw new BpjsTkRejection(BpjsTkRejection.WAITING_PERIOD,
                        "Masa tunggu 1 bulan belum terpenuhi; klaim dapat diajukan mulai "
                                + BpjsTkRequest.DATE.format(claimableFrom));
            }
        }
        if ("USIA_PENSIUN".equals(ground) && Period.between(p.birthDate(), today).getYears() < RETIREMENT_AGE) {
            throw new BpjsTkRejection(BpjsTkRejection.AGE, "Usia peserta belum mencapai 56 tahun");
        }
        if (!normal(holder).equals(normal(p.name()))) {
            throw new BpjsTkRejection(BpjsTkRejection.ACCOUNT_HOLDER,
                    "Nama pemilik rekening tidak sesuai nama peserta");
        }
        String bank = BANKS.get(bankCode);
        if (bank == null) {
            throw new BpjsTkRejection(BpjsTkRejection.UNKNOWN_BANK, "Kode bank tidak dikenal");
        }
        if (p.jhtBalance() > NPWP_THRESHOLD && npwp == null) {
            throw new BpjsTkRejection(BpjsTkRejection.NPWP_REQUIRED,
                    "NPWP wajib untuk saldo JHT di atas Rp50.000.000");
        }

        String claimNumber = number("KLM-JHT", today);
        participants.openClaim(p.kpj(), claimNumber);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idPengajuan", id);
        data.put("nomorKlaim", claimNumber);
        data.put("kpj", p.kpj());
        data.put("tglPengajuan", BpjsTkRequest.DATE.format(today));
        data.put("statusKlaim", "DIVERIFIKASI");
        data.put("saldoJht", p.jhtBalance());
        data.put("estimasiTglBayar", BpjsTkRequest.DATE.format(workingDaysAfter(today, 5)));
        data.put("rekeningTujuan", bank + " ****" + accountNumber.substring(accountNumber.length() - 4));
        return data;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate date = day;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
