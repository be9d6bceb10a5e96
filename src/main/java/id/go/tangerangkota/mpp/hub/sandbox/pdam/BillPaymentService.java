package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /pdam/api/tagihan/bayar}: the payment notification of a collector. It names the
 * collector's reference ({@code no_ref}, the hub's request id), the customer, the months
 * ({@code blth_list}, all unpaid when absent), the amount and the bank's reference. Checks:
 * a known reference answers its first receipt (same content) or 94 (other content); the customer
 * (14); the months billed (89), unpaid (88) and paid oldest first (17); the amount exactly the sum
 * (13). Then the months are marked paid and a receipt number and printable lines are answered.
 */
final class BillPaymentService implements PdamService {

    static final String KIND = "PEMBAYARAN";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int MAX_REF = 64;

    private final Customers customers;
    private final RequestLedger<XmlElement> payments;
    private final Clock clock;

    BillPaymentService(Customers customers, RequestLedger<XmlElement> payments, Clock clock) {
        this.customers = customers;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/tagihan/bayar";
    }

    @Override
    public void observe(XmlRequest request) {
        request.optional("no_ref").ifPresent(payments::recordCall);
    }

    @Override
    public XmlElement answer(XmlRequest request) {
        String ref = request.required("no_ref");
        if (ref.length() > MAX_REF) {
            throw PdamRejection.invalid("no_ref");
        }
        String custId = request.digits("cust_id", 10, 10);
        long amount = request.amount("jumlah_bayar");
        String bankRef = request.required("ref_bank");
        List<YearMonth> months = request.list("blth_list", "blth").stream().map(BillInquiryService::blth).toList();
        String fingerprint = custId + "|" + amount + "|" + months;
        synchronized (customers) {
            var earlier = payments.earlier(ref, KIND, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Customer customer = BillInquiryService.customer(customers, request);
            List<Bill> unpaid = customers.unpaid(customer);
            List<Bill> paying = months.isEmpty() ? unpaid : bills(customer, months, unpaid);
            if (paying.isEmpty()) {
                throw new PdamRejection(PdamRejection.ALREADY_PAID, "TAGIHAN SUDAH LUNAS");
            }
            long due = paying.stream().mapToLong(Bill::total).sum();
            if (amount != due) {
                throw new PdamRejection(PdamRejection.WRONG_AMOUNT, "JUMLAH BAYAR TIDAK SESUAI");
            }
            LocalDateTime now = LocalDateTime.now(clock);
            String receipt = String.format("TB%s%06d", RECEIPT_DAY.format(now), payments.nextSequence());
            paying.forEach(b -> customers.markPaid(customer.custId(), b.blth(), receipt));
            XmlElement answer = answer(ref, customer, paying, amount, bankRef, receipt, now);
            payments.remember(ref, KIND, fingerprint, answer);
            return answer;
        }
    }

    /** The named months: billed, unpaid, and none of them after an older unpaid month left out. */
    private List<Bill> bills(Customer customer, List<YearMonth> months, List<Bill> unpaid) {
        List<Bill> chosen = new ArrayList<>();
        for (YearMonth month : months) {
            Bill bill = customer.bills().stream().filter(b -> b.blth().equals(month)).findFirst()
                    .orElseThrow(() -> new PdamRejection(PdamRejection.NOT_BILLED, "TAGIHAN BELUM TERSEDIA"));
            if (customers.isPaid(customer, bill)) {
                throw new PdamRejection(PdamRejection.ALREADY_PAID, "TAGIHAN SUDAH LUNAS");
            }
            chosen.add(bill);
        }
        YearMonth latest = months.stream().max(YearMonth::compareTo).orElseThrow();
        boolean skipsOlder = unpaid.stream().anyMatch(b -> b.blth().isBefore(latest) && !months.contains(b.blth()));
        if (skipsOlder) {
            throw new PdamRejection(PdamRejection.OLDEST_FIRST, "TAGIHAN HARUS DIBAYAR BERURUTAN");
        }
        return chosen.stream().sorted((a, b) -> a.blth().compareTo(b.blth())).toList();
    }

    private static XmlElement answer(String ref, Customer customer, List<Bill> paid, long amount, String bankRef,
            String receipt, LocalDateTime now) {
        XmlElement answer = PdamService.success("PEMBAYARAN BERHASIL");
        XmlElement p = answer.child("pembayaran");
        p.leaf("no_ref", ref).leaf("no_resi", receipt);
        BillInquiryService.customerFields(p, customer);
        XmlElement list = p.child("blth_list");
        paid.forEach(b -> list.leaf("blth", BillInquiryService.BLTH.format(b.blth())));
        p.leaf("jumlah_bayar", amount).leaf("ref_bank", bankRef).leaf("tgl_lunas", STAMP.format(now));
        XmlElement struk = p.child("struk");
        struk.leaf("baris", "PERUMDAM TIRTA BENTENG KOTA TANGERANG");
        struk.leaf("baris", "BUKTI PEMBAYARAN REKENING AIR");
        struk.leaf("baris", "ID PEL : " + customer.custId() + " / " + customer.gol());
        struk.leaf("baris", "NAMA   : " + customer.name());
        struk.leaf("baris", "BLTH   : " + String.join(",", paid.stream()
                .map(b -> BillInquiryService.BLTH.format(b.blth())).toList()));
        struk.leaf("baris", "TOTAL  : Rp" + String.format(Locale.GERMANY, "%,d", amount));
        struk.leaf("baris", "NO RESI: " + receipt);
        struk.leaf("baris", "SIMPAN STRUK INI SEBAGAI BUKTI PEMBAYARAN YANG SAH");
        return answer;
    }
}
