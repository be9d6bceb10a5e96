package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /api/v1/bphtb/sspd}: registers an SSPD BPHTB. Bapenda checks that the NOP exists,
 * that the transferor is its registered taxpayer (not for inheritance: the owner has died), that
 * the two parties differ and that this year's PBB-P2 is paid; it computes NPOP = the higher of the
 * transaction value and the NJOP, BPHTB = 5% x (NPOP - NPOPTKP), NPOPTKP Rp80.000.000 (Rp300.000.000
 * for inheritance and testamentary gifts to family), and answers a registration number and a
 * payment code. The SSPD is validated after payment (not simulated), so its number is not yet a
 * validation number. Deduplicated on {@code idTransaksiMitra}.
 */
final class BphtbService implements BapendaService {

    static final long NPOPTKP = 80_000_000L;
    static final long NPOPTKP_FAMILY = 300_000_000L;
    private static final Set<String> FAMILY = Set.of("04", "05");
    private static final Set<String> KINDS = Set.of("01", "02", "03", "04", "05", "06", "08", "13", "99");

    private final SpptBook book;
    private final Submissions submissions;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    BphtbService(SpptBook book, Submissions submissions, Clock clock) {
        this.book = book;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/bphtb/sspd";
    }

    @Override
    public Map<String, Object> answer(BapendaRequest request) {
        String id = request.text("idTransaksiMitra", "[0-9A-Za-z-]{8,64}");
        return Map.of("data", submissions.once(id, "SSPD_BPHTB", () -> register(id, request)));
    }

    private Map<String, Object> register(String id, BapendaRequest request) {
        String nop = request.text("nop", "3671[0-9]{14}");
        String receiver = request.text("nikPenerimaHak", "[0-9]{16}");
        String transferor = request.text("nikPelepasHak", "[0-9]{16}");
        String kind = request.text("jenisPerolehan", "[0-9]{2}");
        if (!KINDS.contains(kind)) {
            throw BapendaRejection.invalid("jenisPerolehan");
        }
        long value = Math.round(request.number("nilaiTransaksi", 1));
        request.number("luasTanah", 0.01);
        request.number("luasBangunan", 0);
        LocalDate today = LocalDate.now(clock);
        Sppt sppt = book.latest(nop).orElseThrow(() -> new BapendaRejection(BapendaRejection.NOT_FOUND,
                "NOP " + PbbInquiryService.printed(nop) + " tidak terdaftar"));
        if (receiver.equals(transferor)) {
            throw new BapendaRejection(BapendaRejection.SAME_PARTY, "Penerima hak sama dengan pelepas hak");
        }
        if (sppt.taxpayerNik() != null ? !sppt.taxpayerNik().equals(transferor) : !"05".equals(kind)) {
            throw new BapendaRejection(BapendaRejection.NOT_THE_OWNER, "Pelepas hak bukan wajib pajak terdaftar pada NOP ini");
        }
        if (!sppt.paid()) {
            throw new BapendaRejection(BapendaRejection.PBB_UNPAID,
                    "PBB-P2 tahun " + sppt.year() + " atas NOP ini belum lunas");
        }
        long npop = Math.max(value, sppt.njop());
        long npoptkp = FAMILY.contains(kind) ? NPOPTKP_FAMILY : NPOPTKP;
        long due = Math.max(0, npop - npoptkp) * 5 / 100;
        int n = sequence.incrementAndGet();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idTransaksiMitra", id);
        data.put("nomorSspd", String.format("SSPD-%d-%06d", today.getYear(), n));
        data.put("kodeBayar", String.format("3671%d%010d", today.getYear(), 5_000_000L + n));
        data.put("nop", PbbInquiryService.printed(nop));
        data.put("npop", npop);
        data.put("npoptkp", npoptkp);
        data.put("bphtbTerutang", due);
        data.put("tanggalDaftar", today.toString());
        data.put("statusSspd", due == 0 ? "NIHIL, MENUNGGU VALIDASI" : "MENUNGGU PEMBAYARAN");
        return Collections.unmodifiableMap(data);
    }
}
