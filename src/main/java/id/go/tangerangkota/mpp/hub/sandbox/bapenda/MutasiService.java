package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /api/v1/pbb/mutasi}: registers a mutasi (balik nama, pemecahan, penggabungan) of an
 * SPPT PBB-P2. Bapenda checks the NOP exists, its latest SPPT is paid, the new taxpayer is not
 * already the registered one, and for a full transfer that the quoted BPHTB validation number is
 * validated, for this NOP and this new taxpayer. The new name appears on next year's SPPT; the
 * answer gives the service number and the date the file should be done (5 working days).
 * Deduplicated on {@code idTransaksiMitra}.
 */
final class MutasiService implements BapendaService {

    private static final Set<String> TYPES = Set.of("PENUH", "PEMECAHAN", "PENGGABUNGAN");
    private static final Set<String> BASES = Set.of("AJB", "AKTA_HIBAH", "PENETAPAN_AHLI_WARIS", "SK_WARIS", "SERTIPIKAT");

    private final SpptBook book;
    private final ValidatedBphtb validated;
    private final Submissions submissions;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    MutasiService(SpptBook book, ValidatedBphtb validated, Submissions submissions, Clock clock) {
        this.book = book;
        this.validated = validated;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/pbb/mutasi";
    }

    @Override
    public Map<String, Object> answer(BapendaRequest request) {
        String id = request.text("idTransaksiMitra", "[0-9A-Za-z-]{8,64}");
        return Map.of("data", submissions.once(id, "MUTASI_SPPT", () -> register(id, request)));
    }

    private Map<String, Object> register(String id, BapendaRequest request) {
        String nop = request.text("nop", "3671[0-9]{14}");
        String newOwner = request.text("nikWajibPajakBaru", "[0-9]{16}");
        String type = request.text("jenisMutasi");
        if (!TYPES.contains(type)) {
            throw BapendaRejection.invalid("jenisMutasi");
        }
        BapendaRequest basis = request.object("dasarMutasi");
        if (!BASES.contains(basis.text("jenis"))) {
            throw BapendaRejection.invalid("dasarMutasi.jenis");
        }
        basis.text("nomor");
        basis.date("tanggal");
        Sppt sppt = book.latest(nop).orElseThrow(() -> new BapendaRejection(BapendaRejection.NOT_FOUND,
                "NOP " + PbbInquiryService.printed(nop) + " tidak terdaftar"));
        if (newOwner.equals(sppt.taxpayerNik())) {
            throw new BapendaRejection(BapendaRejection.SAME_OWNER, "Wajib pajak baru sama dengan wajib pajak terdaftar");
        }
        if (!sppt.paid()) {
            throw new BapendaRejection(BapendaRejection.PBB_UNPAID,
                    "PBB-P2 tahun " + sppt.year() + " atas NOP ini belum lunas");
        }
        if ("PENUH".equals(type)) {
            String number = request.optional("nomorValidasiBphtb").orElseThrow(() -> new BapendaRejection(
                    BapendaRejection.BPHTB_REQUIRED, "Mutasi penuh memerlukan SSPD BPHTB yang telah divalidasi"));
            if (!validated.matches(number, nop, newOwner)) {
                throw new BapendaRejection(BapendaRejection.BPHTB_NOT_VALID,
                        "Nomor validasi BPHTB tidak ditemukan atau tidak sesuai NOP dan wajib pajak baru");
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idTransaksiMitra", id);
        data.put("nomorPelayanan", String.format("MUT-%d-%06d", today.getYear(), sequence.incrementAndGet()));
        data.put("nop", PbbInquiryService.printed(nop));
        data.put("jenisMutasi", type);
        data.put("tanggalTerima", today.toString());
        data.put("perkiraanSelesai", workingDaysAfter(today, 5).toString());
        data.put("statusPelayanan", "DITERIMA, VERIFIKASI BERKAS");
        data.put("berlakuSpptTahun", sppt.year() + 1);
        return Collections.unmodifiableMap(data);
    }

    private static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate date = day;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
