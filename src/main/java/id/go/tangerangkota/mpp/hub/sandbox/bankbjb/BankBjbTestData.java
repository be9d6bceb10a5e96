package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Bank BJB section of {@code GET /test-data}: where the SNAP services are, the demo partner's
 * public identifiers (never the secret), the billers, the showcase VAs with what each is for in
 * tests, the load-test bills, and a sample of the generated PBB bills.
 */
final class BankBjbTestData implements Supplier<Object> {

    private final Map<String, Object> section;

    BankBjbTestData(SnapPartner partner, VirtualAccountBook book, VaPayments seeded, BankBjbSettings settings) {
        Map<String, Object> built = new LinkedHashMap<>();
        built.put("basePath", SnapGateway.BASE);
        Map<String, String> services = new LinkedHashMap<>();
        services.put("73 access token", SnapGateway.BASE + SnapGateway.TOKEN_PATH);
        services.put("24 inquiry", SnapGateway.BASE + "/v1.0/transfer-va/inquiry");
        services.put("25 payment", SnapGateway.BASE + "/v1.0/transfer-va/payment");
        services.put("26 status", SnapGateway.BASE + "/v1.0/transfer-va/status");
        built.put("services", services);
        Map<String, String> demoPartner = new LinkedHashMap<>();
        demoPartner.put("clientKey", partner.clientKey());
        demoPartner.put("partnerId", partner.partnerId());
        demoPartner.put("channelId", partner.channelId());
        demoPartner.put("publicKey", "classpath:" + SnapPartner.DEMO_PUBLIC_KEY);
        demoPartner.put("secrets", "mpp.agency.bank-bjb.* in application-sandbox.yaml (SANDBOX DEMO values)");
        built.put("partner", demoPartner);
        List<Map<String, Object>> billers = new ArrayList<>();
        for (Biller biller : Biller.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("partnerServiceId", biller.prefix());
            entry.put("biller", biller.label());
            entry.put("amount", biller.open() ? "open: any positive amount, the biller is confirmed separately"
                    : biller.generated() ? "closed: " + biller.generatedAmount() + " exactly (sandbox load-test bills)"
                    : "closed: the bill's amount exactly");
            billers.add(entry);
        }
        built.put("billers", billers);
        List<Map<String, Object>> showcase = new ArrayList<>();
        for (VirtualAccount va : book.showcase()) {
            Map<String, Object> entry = entry(va, seeded);
            entry.put("use", use(va));
            showcase.add(entry);
        }
        built.put("showcaseVirtualAccounts", showcase);
        Map<String, String> paid = new LinkedHashMap<>();
        paid.put("partnerServiceId", Biller.PBB.prefix());
        paid.put("customerNo", VirtualAccountBook.AHMAD_NOP);
        paid.put("paymentRequestId", VirtualAccountBook.AHMAD_PAYMENT_REQUEST_ID);
        built.put("paidExample", paid);
        Map<String, Object> slow = new LinkedHashMap<>();
        slow.put("partnerServiceId", Biller.RETRIBUSI.prefix());
        slow.put("customerNo", "3671092611000501");
        slow.put("amount", 275_000);
        slow.put("answerDelayMs", settings.slowAnswer().toMillis());
        slow.put("note", "the payment is recorded at once and answered after the delay, beyond the hub's time limit;"
                + " the status service then says paid");
        built.put("slowPayment", slow);
        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("partnerServiceId", Biller.RETRIBUSI.prefix());
        unknown.put("customerNo", VirtualAccountBook.UNKNOWN_SKRD);
        built.put("unknownVirtualAccount", unknown);
        List<Map<String, String>> open = new ArrayList<>();
        open.add(Map.of("partnerServiceId", Biller.PLN.prefix(), "customerNo", "IDPEL, 12 digits, e.g. 537110012345"));
        open.add(Map.of("partnerServiceId", Biller.PDAM.prefix(), "customerNo", "PDAM customer id, 1-20 digits"));
        open.add(Map.of("partnerServiceId", Biller.SAMSAT.prefix(), "customerNo", "Samsat billing code, 1-20 digits"));
        built.put("openAmountVirtualAccounts", open);
        Map<String, Object> loadTest = new LinkedHashMap<>();
        loadTest.put("partnerServiceId", Biller.UJI_BEBAN.prefix());
        loadTest.put("customerNo", "any 20 digits, e.g. 10000000000000000001");
        loadTest.put("amount", Biller.UJI_BEBAN.generatedAmount());
        loadTest.put("use", "SANDBOX ONLY, for load tests (bench/): every such number is an unpaid closed bill,"
                + " made up on demand; pay each number once (a second payment is 4042514 Paid Bill,"
                + " another amount 4042513), so a run takes fresh numbers");
        built.put("loadTestBills", loadTest);
        built.put("samplePbbBills", samplePbb(book, seeded));
        this.section = java.util.Collections.unmodifiableMap(built);
    }

    @Override
    public Object get() {
        return section;
    }

    private static Map<String, Object> entry(VirtualAccount va, VaPayments seeded) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("ownerNik", va.ownerNik());
        entry.put("name", va.name());
        entry.put("partnerServiceId", va.biller().prefix());
        entry.put("customerNo", va.customerNo());
        entry.put("bill", va.billName());
        entry.put("amount", va.amount());
        entry.put("seededStatus", seeded.isPaid(va.virtualAccountNo()) ? "PAID" : "UNPAID");
        return entry;
    }

    private static String use(VirtualAccount va) {
        return switch (va.behaviour()) {
            case SLOW_ANSWER -> "payment answered late (hub time-out test); recorded at once";
            case IN_PROGRESS -> "payment answered 2022500 in progress; status says pending";
            case NORMAL -> va.customerNo().equals(VirtualAccountBook.AHMAD_NOP) ? "paid on 2026-11-20 (status example)"
                    : va.customerNo().equals("3671112611000123") ? "catalogue example (inquiry), keep unpaid"
                    : "unpaid bill";
        };
    }

    /** The first unpaid and the first paid generated PBB bill of each kecamatan. */
    private static List<Map<String, Object>> samplePbb(VirtualAccountBook book, VaPayments seeded) {
        List<Map<String, Object>> sample = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (VirtualAccount va : book.generated()) {
            if (va.biller() != Biller.PBB) {
                continue;
            }
            boolean paid = seeded.isPaid(va.virtualAccountNo());
            if (taken.add(va.customerNo().substring(4, 7) + paid)) {
                Map<String, Object> entry = entry(va, seeded);
                if (paid) {
                    entry.put("paymentRequestId", "SEED-" + va.customerNo());
                }
                sample.add(entry);
            }
        }
        return sample;
    }
}
