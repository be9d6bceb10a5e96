package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /pdam/api/tagihan/inquiry}: a customer's unpaid bills, or one month's bill
 * ({@code blth}). The customer's fields once, then one {@code <tagihan>} per month, oldest first,
 * and the sum. All paid is 88 (with the customer's fields), a month not yet billed is 89.
 */
final class BillInquiryService implements PdamService {

    static final DateTimeFormatter BLTH = DateTimeFormatter.ofPattern("uuuuMM");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private final Customers customers;

    BillInquiryService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public String path() {
        return "/tagihan/inquiry";
    }

    @Override
    public XmlElement answer(XmlRequest request) {
        Customer customer = customer(customers, request);
        Optional<YearMonth> month = request.optional("blth").map(BillInquiryService::blth);
        List<Bill> bills;
        if (month.isPresent()) {
            Bill bill = customer.bills().stream().filter(b -> b.blth().equals(month.get())).findFirst()
                    .orElseThrow(() -> new PdamRejection(PdamRejection.NOT_BILLED, "TAGIHAN BELUM TERSEDIA"));
            bills = customers.isPaid(customer, bill) ? List.of() : List.of(bill);
        } else {
            bills = customers.unpaid(customer);
        }
        XmlElement answer = bills.isEmpty()
                ? new XmlElement("response").leaf("status", PdamRejection.ALREADY_PAID).leaf("message", "TAGIHAN SUDAH LUNAS")
                : PdamService.success("SUKSES");
        customerFields(answer, customer);
        answer.leaf("jumlah_tagihan", bills.size());
        bills.forEach(b -> billFields(answer.child("tagihan"), b));
        answer.leaf("total_tagihan", bills.stream().mapToLong(Bill::total).sum());
        return answer;
    }

    static Customer customer(Customers customers, XmlRequest request) {
        String custId = request.digits("cust_id", 10, 10);
        return customers.byId(custId)
                .orElseThrow(() -> new PdamRejection(PdamRejection.UNKNOWN_CUSTOMER, "ID PELANGGAN TIDAK DITEMUKAN"));
    }

    static YearMonth blth(String text) {
        try {
            if (text.matches("[0-9]{6}")) {
                return YearMonth.parse(text, BLTH);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw PdamRejection.invalid("blth");
    }

    static void customerFields(XmlElement answer, Customer c) {
        answer.leaf("cust_id", c.custId()).leaf("nama", c.name()).leaf("alamat", c.fullAddress()).leaf("gol", c.gol());
    }

    private static void billFields(XmlElement t, Bill b) {
        t.leaf("blth", BLTH.format(b.blth()))
                .leaf("stand_lalu", b.standLalu())
                .leaf("stand_kini", b.standKini())
                .leaf("pakai", b.pakai())
                .leaf("harga_air", b.hargaAir())
                .leaf("abodemen", b.abodemen())
                .leaf("materai", b.materai())
                .leaf("limbah", b.limbah())
                .leaf("retribusi", b.retribusi())
                .leaf("denda", b.denda())
                .leaf("beban_tetap", b.bebanTetap())
                .leaf("biaya_meter", b.biayaMeter())
                .leaf("admin", b.admin())
                .leaf("total", b.total())
                .leaf("jatuh_tempo", DATE.format(b.jatuhTempo()));
    }
}
