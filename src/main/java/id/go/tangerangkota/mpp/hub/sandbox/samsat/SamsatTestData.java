package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Samsat section of {@code GET /test-data}: where the service is, the showcase vehicles, and
 * plates of each kind (unpaid, in arrears, paid, STNK replacement due, blocked). Built on each
 * request, so a vehicle paid meanwhile shows as paid.
 */
final class SamsatTestData implements Supplier<Object> {

    /** A valid Kota Tangerang plate no vehicle holds. */
    static final String UNKNOWN_PLATE = "B 9999 CZZ";
    private static final int SAMPLES = 5;
    /** How many showcase vehicles the seed starts with. */
    private static final int SHOWCASE = 7;

    private final VehicleRegistry vehicles;

    SamsatTestData(VehicleRegistry vehicles) {
        this.vehicles = vehicles;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("service", SoapEndpoint.PATH);
        section.put("wsdl", SoapEndpoint.PATH + "?wsdl");
        section.put("operations", List.of("InquiryPKB", "PengesahanSTNK", "BayarPKB"));
        section.put("security", "WS-Security UsernameToken: PasswordDigest with Nonce and Created"
                + " (at most 5 minutes old, each nonce once)");
        List<TaxAccount> all = vehicles.all();
        section.put("showcaseVehicles", all.subList(0, SHOWCASE).stream().map(SamsatTestData::summary).toList());
        List<TaxAccount> generated = all.subList(SHOWCASE, all.size());
        Map<String, Object> samples = new LinkedHashMap<>();
        samples.put("unpaid", sample(generated, a -> a.payment().isEmpty() && a.blockedReason().isEmpty()
                && a.notice().pkbDenda() == 0 && !a.notice().stnkReplacementDue()));
        samples.put("arrears", sample(generated, a -> a.payment().isEmpty() && a.notice().pkbDenda() > 0
                && a.blockedReason().isEmpty()));
        samples.put("paid", sample(generated, a -> a.payment().isPresent() && a.blockedReason().isEmpty()));
        samples.put("stnkReplacementDue", sample(generated, a -> a.notice().stnkReplacementDue()
                && a.blockedReason().isEmpty()));
        samples.put("blocked", sample(generated, a -> a.blockedReason().isPresent()));
        section.put("samples", samples);
        section.put("vehicleCount", vehicles.size());
        section.put("unknownPlate", UNKNOWN_PLATE);
        section.put("xxeTrapPlate", XxeTrap.PLATE);
        return section;
    }

    private static List<Map<String, Object>> sample(List<TaxAccount> accounts, Predicate<TaxAccount> kind) {
        List<Map<String, Object>> picked = new ArrayList<>();
        for (TaxAccount account : accounts) {
            if (picked.size() == SAMPLES) {
                break;
            }
            if (kind.test(account)) {
                picked.add(summary(account));
            }
        }
        return picked;
    }

    private static Map<String, Object> summary(TaxAccount account) {
        Vehicle vehicle = account.vehicle();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("plate", vehicle.plate());
        summary.put("ownerNik", vehicle.ownerNik());
        summary.put("kind", vehicle.kind().label());
        summary.put("vehicle", vehicle.brand() + " " + vehicle.model() + " " + vehicle.year());
        summary.put("chassisNumber", vehicle.chassisNumber());
        summary.put("status", account.payment().isPresent() ? "LUNAS" : "BELUM_BAYAR");
        summary.put("billingCode", account.notice().billingCode());
        summary.put("total", account.notice().total());
        account.payment().ifPresent(p -> summary.put("ntpd", p.ntpd()));
        account.blockedReason().ifPresent(reason -> summary.put("blocked", reason));
        return summary;
    }
}
