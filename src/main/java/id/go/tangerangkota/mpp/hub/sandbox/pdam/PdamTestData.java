package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The PDAM section of {@code GET /test-data}: the showcase customers and, for the rest of the
 * seed, customers with only the current month unpaid, with arrears and penalties, and fully paid.
 * Built on each call, so it shows payments made since the start.
 */
final class PdamTestData implements Supplier<Object> {

    private static final int SAMPLES = 8;

    private final Customers customers;
    private final String basePath;

    PdamTestData(Customers customers, String basePath) {
        this.customers = customers;
        this.basePath = basePath;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", basePath);
        section.put("services", List.of("/tagihan/inquiry", "/tagihan/bayar", "/layanan/sambungan-baru",
                "/layanan/penambahan-kapasitas"));
        section.put("auth", "HTTP Basic (collector account)");
        section.put("showcase", List.of(
                entry("0501012873", "Budi: October 2026 unpaid, Rp187.500 (bill-inquiry, bill-payment)"),
                entry("1101004562", "Rina: all paid, 1/2 inch, R2 (capacity-upgrade)"),
                entry("0903007781", "Hendra: three months unpaid, penalties on two"),
                entry("1302009915", "Suparman (Dewi's father): all paid")));
        section.put("currentMonthOnly", sample(c -> unpaid(c) == 1));
        section.put("withArrears", sample(c -> customers.unpaid(c).stream().anyMatch(b -> b.denda() > 0)));
        section.put("fullyPaid", sample(c -> unpaid(c) == 0));
        section.put("customerCount", customers.all().size());
        return section;
    }

    private int unpaid(Customer c) {
        return customers.unpaid(c).size();
    }

    private List<Map<String, Object>> sample(Predicate<Customer> which) {
        return customers.all().stream().skip(4).filter(which).limit(SAMPLES).map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("custId", c.custId());
            entry.put("nik", c.nik());
            entry.put("name", c.name());
            entry.put("gol", c.gol());
            entry.put("pipeSize", c.pipeSize());
            entry.put("unpaid", customers.unpaid(c).stream().map(b -> Map.of("blth",
                    BillInquiryService.BLTH.format(b.blth()), "total", b.total())).toList());
            return entry;
        }).toList();
    }

    private static Map<String, Object> entry(String custId, String note) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("custId", custId);
        entry.put("note", note);
        return entry;
    }
}
