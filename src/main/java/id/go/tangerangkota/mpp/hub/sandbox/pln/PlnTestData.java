package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The PLN section of {@code GET /test-data}: how to reach the host, the demo partner ids, and the
 * IDPELs worth sending, each with what the host answers (built when asked, so bills paid during a
 * demo show as paid).
 */
final class PlnTestData implements Supplier<Object> {

    private final PlnSettings settings;
    private final PlnCustomers customers;
    private final PlnLedger ledger;
    private final PlnIsoServer server;

    PlnTestData(PlnSettings settings, PlnCustomers customers, PlnLedger ledger, PlnIsoServer server) {
        this.settings = settings;
        this.customers = customers;
        this.ledger = ledger;
        this.server = server;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("isoPort", server.port());
        section.put("applicationsBasePath", PlnApplicationsHandler.BASE.substring(0, PlnApplicationsHandler.BASE.length() - 1));
        section.put("partner", Map.of("switcherId", settings.switcherId(), "bankCode", settings.bankCode(),
                "terminalId", settings.terminalId()));
        section.put("customers", List.of(
                entry(PlnCustomers.BUDI_IDPEL, "one unpaid bill: Rp412.350 + admin Rp2.500 = Rp414.850"),
                entry(PlnCustomers.HENDRA_IDPEL, "three unpaid months, two with penalty"),
                entry(PlnCustomers.RINA_IDPEL, "1.300 VA, nothing owed: inquiry answers 0088 (power-upgrade example)"),
                entry(PlnCustomers.SUPARMAN_IDPEL, "blocked: 0016"),
                entry(PlnCustomers.BILL_NOT_YET_AVAILABLE_IDPEL, "this month's bill not issued yet: 0089"),
                entry(PlnCustomers.CORE_TIMEOUT_IDPEL, "PLN core timeout: 0068"),
                entry(PlnCustomers.PAYMENT_ANSWER_LOST_IDPEL,
                        "the 2200 is booked but never answered: the hub times out, then advice 2220 / reversal 2400")));
        section.put("unknownIdpel", PlnCustomers.UNKNOWN_IDPEL);
        section.put("sampleUnpaidIdpels", ledger.customersWithOneUnpaidBill().stream().limit(10).toList());
        return section;
    }

    private Map<String, Object> entry(String idpel, String behaviour) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("idpel", idpel);
        customers.byIdpel(idpel).ifPresent(c -> {
            entry.put("nik", c.nik());
            entry.put("name", c.name());
            entry.put("tariff", c.tariff() + "/" + c.powerVA() + " VA");
        });
        entry.put("unpaidBills", ledger.unpaidBills(idpel));
        entry.put("behaviour", behaviour);
        return entry;
    }
}
