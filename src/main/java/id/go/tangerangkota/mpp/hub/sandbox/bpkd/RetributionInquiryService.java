package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /keuda/api/retribusi/cek}: an SKRD by its kode bayar, with the amount, the 2% a month
 * penalty after the due date (at most 24 months), whether it is paid and the Bank BJB VA to pay it.
 */
final class RetributionInquiryService implements BpkdService {

    private final Retributions book;
    private final Clock clock;

    RetributionInquiryService(Retributions book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/retribusi/cek";
    }

    @Override
    public BpkdXml.Out answer(BpkdXml.Request request) {
        String code = request.text("kode_bayar", "3671[0-9]{12}");
        Retribution r = book.find(code).orElseThrow(() -> new BpkdRejection(BpkdRejection.NOT_FOUND,
                "KODE BAYAR TIDAK TERDAFTAR"));
        LocalDate today = LocalDate.now(clock);
        long penalty = r.paidOn() != null || !today.isAfter(r.dueDate()) ? 0
                : r.amount() * 2 * Math.min(24, ChronoUnit.MONTHS.between(r.dueDate(), today) + 1) / 100;
        BpkdXml.Out skrd = new BpkdXml.Out("skrd")
                .leaf("kode_bayar", r.billingCode())
                .leaf("no_skrd", r.skrdNumber())
                .leaf("jenis_retribusi", r.kind())
                .leaf("nama_wajib_retribusi", r.payerName())
                .leaf("tgl_skrd", BpkdXml.DATE.format(r.issuedOn()))
                .leaf("tgl_jatuh_tempo", BpkdXml.DATE.format(r.dueDate()))
                .leaf("pokok", r.amount())
                .leaf("denda", penalty)
                .leaf("jumlah_bayar", r.paidOn() != null ? 0 : r.amount() + penalty)
                .leaf("status_bayar", r.paidOn() != null ? "SUDAH BAYAR" : "BELUM BAYAR")
                .leaf("va_bjb", "88367" + r.billingCode());
        if (r.paidOn() != null) {
            skrd.leaf("tgl_bayar", BpkdXml.DATE.format(r.paidOn()));
        }
        return new BpkdXml.Out("respon").leaf("kode", "00").leaf("pesan", "DATA DITEMUKAN").add(skrd);
    }
}
