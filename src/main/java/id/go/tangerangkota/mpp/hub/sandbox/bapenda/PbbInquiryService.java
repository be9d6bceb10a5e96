package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/pbb/sppt}: the SPPT PBB-P2 of a NOP for a tax year, answered as a page of a
 * list ({@code meta} + {@code data[]}) as Bapenda's back office lists SPPTs. The NOP comes back
 * in its printed form with dots; an unpaid SPPT past its due date carries the 1% a month penalty
 * (at most 24 months, UU 1/2022).
 */
final class PbbInquiryService implements BapendaService {

    private final SpptBook book;
    private final Clock clock;

    PbbInquiryService(SpptBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/pbb/sppt";
    }

    @Override
    public Map<String, Object> answer(BapendaRequest request) {
        String nop = request.text("nop", "3671[0-9]{14}");
        int year = (int) request.number("tahunPajak", 2000);
        Sppt sppt = book.find(nop, year).orElseThrow(() -> new BapendaRejection(BapendaRejection.NOT_FOUND,
                "SPPT tidak ditemukan untuk NOP " + printed(nop) + " tahun " + year));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("halaman", 1);
        meta.put("perHalaman", 10);
        meta.put("totalData", 1);
        meta.put("totalHalaman", 1);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("meta", meta);
        answer.put("data", List.of(row(sppt, LocalDate.now(clock))));
        return answer;
    }

    private static Map<String, Object> row(Sppt sppt, LocalDate today) {
        long penalty = sppt.paid() ? 0 : penalty(sppt, today);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nop", printed(sppt.nop()));
        row.put("tahunPajak", sppt.year());
        row.put("namaWajibPajak", sppt.taxpayerName());
        row.put("alamatObjekPajak", sppt.objectAddress());
        row.put("luasBumi", sppt.landM2());
        row.put("luasBangunan", sppt.buildingM2());
        row.put("njop", sppt.njop());
        row.put("pbbTerutang", sppt.amount());
        row.put("denda", penalty);
        row.put("jumlahTagihan", sppt.paid() ? 0 : sppt.amount() + penalty);
        row.put("jatuhTempo", sppt.dueDate().toString());
        row.put("statusBayar", sppt.paid() ? "LUNAS" : "BELUM LUNAS");
        row.put("tanggalBayar", sppt.paid() ? sppt.paidOn().toString() : null);
        return row;
    }

    private static long penalty(Sppt sppt, LocalDate today) {
        if (!today.isAfter(sppt.dueDate())) {
            return 0;
        }
        long months = Math.min(24, ChronoUnit.MONTHS.between(sppt.dueDate(), today) + 1);
        return sppt.amount() * months / 100;
    }

    /** 36.71.070.005.012-0345.0, as printed on the SPPT. */
    static String printed(String nop) {
        return nop.substring(0, 2) + "." + nop.substring(2, 4) + "." + nop.substring(4, 7) + "." + nop.substring(7, 10)
                + "." + nop.substring(10, 13) + "-" + nop.substring(13, 17) + "." + nop.substring(17);
    }
}
