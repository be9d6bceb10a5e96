package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's vehicle register: every vehicle with its tax account, by plate and by billing code.
 * The set of vehicles never changes after seeding; only payments do (in {@link TaxAccount}).
 */
final class VehicleRegistry {

    private final Map<String, TaxAccount> byPlate;
    private final Map<String, TaxAccount> byBillingCode;

    VehicleRegistry(List<TaxAccount> accounts) {
        Map<String, TaxAccount> plates = new LinkedHashMap<>();
        Map<String, TaxAccount> codes = new LinkedHashMap<>();
        for (TaxAccount account : accounts) {
            // A duplicate would make answers depend on seed order: fail loudly instead.
            if (plates.putIfAbsent(account.vehicle().plate(), account) != null) {
                throw new IllegalStateException("seed plate " + account.vehicle().plate() + " is not unique");
            }
            if (codes.putIfAbsent(account.notice().billingCode(), account) != null) {
                throw new IllegalStateException("seed billing code " + account.notice().billingCode() + " is not unique");
            }
        }
        this.byPlate = Collections.unmodifiableMap(plates);
        this.byBillingCode = Collections.unmodifiableMap(codes);
    }

    Optional<TaxAccount> byPlate(String plate) {
        return Optional.ofNullable(byPlate.get(plate));
    }

    Optional<TaxAccount> byBillingCode(String billingCode) {
        return Optional.ofNullable(byBillingCode.get(billingCode));
    }

    /** Every account, the fixed showcase vehicles first, then the generated ones. */
    List<TaxAccount> all() {
        return List.copyOf(byPlate.values());
    }

    int size() {
        return byPlate.size();
    }
}
