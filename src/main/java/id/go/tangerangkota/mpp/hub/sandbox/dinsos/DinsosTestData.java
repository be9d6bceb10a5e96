package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/** The Dinsos section of {@code GET /test-data}: showcase identifiers and some registered households. */
final class DinsosTestData implements Supplier<Object> {

    private final DtksRegister register;
    private final CitizenRegistry citizens;
    private final String basePath;

    DinsosTestData(DtksRegister register, CitizenRegistry citizens, String basePath) {
        this.register = register;
        this.citizens = citizens;
        this.basePath = basePath;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", basePath);
        section.put("services", List.of(DinsosServices.CHECK, DinsosServices.REGISTRATION, DinsosServices.REACTIVATION));
        section.put("apiKeyHeader", DinsosHandler.API_KEY_HEADER);
        section.put("showcase", List.of(
                Map.of("nik", "3671116304880006", "note", "Rina: DTKS decile 1, PKH/BPNT aktif, PBI-JK card "
                        + "0002296471058 NONAKTIF since 01-07-2026 (pbi-reactivation)"),
                Map.of("nik", "3671114510110013", "note", "Nayla (Rina's daughter): PIP, PBI-JK card 0002296471069 NONAKTIF"),
                Map.of("nik", "3671134101000004", "note", "Dewi: household KK 3671130303180004 not in DTKS (dtks-registration)"),
                Map.of("nik", "3671011203850001", "note", "Budi: not in DTKS (dtks-check answers 404)")));
        section.put("registeredHouseholds", register.households().stream().skip(1).limit(8).map(h -> Map.of(
                "familyCardNumber", h.familyCardNumber(),
                "headNik", citizens.familyMembers(h.familyCardNumber()).get(0).nik(),
                "decile", h.decile())).toList());
        return section;
    }
}
