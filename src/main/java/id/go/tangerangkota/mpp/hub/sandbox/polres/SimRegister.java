package id.go.tangerangkota.mpp.hub.sandbox.polres;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * Satlantas' register of driving licences (SIM) of the sandbox population, by SIM number.
 * A smart-SIM number is 14 digits: the holder's birth month and year (MMYY), the issuing office
 * (0422, <em>invented</em> for Satpas Polres Metro Tangerang Kota) and a six-digit serial.
 * Deterministic seed: the showcase's SIMs written out (the renewal example names Budi's SIM A),
 * then, for generated adults, a SIM C for about two in five and a SIM A for about one in six,
 * issued 2020-2025 and valid five years (Perpol 5/2021), so some have expired. Expiry is judged
 * against the gateway's clock, not stored as a status.
 */
public final class SimRegister {

    /** Budi's SIM A (the renewal example), valid until 20 December 2027. */
    public static final String BUDI_SIM_A = "03850422001234";
    /** Ahmad's SIM C, expired on 15 June 2025 (his birthday, under the pre-2021 rule). */
    public static final String AHMAD_SIM_C = "06780422000587";
    /** Siti's SIM C, valid until 12 August 2029. */
    public static final String SITI_SIM_C = "08920422003310";
    /** SIM validity (Perpol 5/2021): five years from issue. */
    static final int VALID_YEARS = 5;
    private static final String OFFICE = "0422";

    /** One SIM as the register holds it; {@code renewalNumber} once a renewal was registered. */
    public record Sim(String number, String nik, String simClass, LocalDate issuedOn, LocalDate validUntil,
            String renewalNumber) {

        Sim renewing(String application) {
            return new Sim(number, nik, simClass, issuedOn, validUntil, application);
        }
    }

    private final Map<String, Sim> byNumber = new LinkedHashMap<>();

    private SimRegister() {
    }

    /** The standard seed over the sandbox citizens. */
    static SimRegister seed(CitizenRegistry citizens) {
        SimRegister register = new SimRegister();
        register.add(new Sim(BUDI_SIM_A, "3671011203850001", "A", LocalDate.of(2022, 12, 20),
                LocalDate.of(2027, 12, 20), null));
        register.add(new Sim(AHMAD_SIM_C, "3671071506780003", "C", LocalDate.of(2020, 6, 15),
                LocalDate.of(2025, 6, 15), null));
        register.add(new Sim("06780422000588", "3671071506780003", "A", LocalDate.of(2023, 2, 6),
                LocalDate.of(2028, 2, 6), null));
        register.add(new Sim(SITI_SIM_C, "3671055208920002", "C", LocalDate.of(2024, 8, 12),
                LocalDate.of(2029, 8, 12), null));
        register.add(new Sim("09650422000912", "3671092709650005", "A", LocalDate.of(2023, 9, 4),
                LocalDate.of(2028, 9, 4), null));
        register.add(new Sim("04880422002256", "3671116304880006", "C", LocalDate.of(2022, 4, 25),
                LocalDate.of(2027, 4, 25), null));
        Set<String> showcaseCards = citizens.showcase().stream().map(Citizen::familyCardNumber)
                .collect(Collectors.toSet());
        int serial = 10_000;
        for (Citizen c : citizens.all()) {
            if (showcaseCards.contains(c.familyCardNumber())
                    || c.birthDate().plusYears(17).isAfter(SkckRegister.SEED_DAY)) {
                continue;
            }
            for (String simClass : List.of("C", "A")) {
                int h = Math.floorMod(("sim" + simClass + c.nik()).hashCode(), 1_000_000);
                if (h % 100 >= ("C".equals(simClass) ? 40 : 16)) {
                    continue;
                }
                LocalDate issued = LocalDate.of(2020, 1, 1).plusMonths((h / 100) % 72).plusDays((h / 7200) % 28);
                serial += 1 + h % 13;
                String number = String.format("%02d%02d%s%06d", c.birthDate().getMonthValue(),
                        c.birthDate().getYear() % 100, OFFICE, serial);
                register.add(new Sim(number, c.nik(), simClass, issued, issued.plusYears(VALID_YEARS), null));
            }
        }
        return register;
    }

    private void add(Sim sim) {
        if (byNumber.putIfAbsent(sim.number(), sim) != null) {
            throw new IllegalStateException("seed SIM number is not unique: " + sim.number());
        }
    }

    /** The SIM with this number, empty when Satlantas never issued it. */
    public synchronized Optional<Sim> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** The SIMs held by this NIK, in register order. */
    public synchronized List<Sim> heldBy(String nik) {
        return byNumber.values().stream().filter(s -> s.nik().equals(nik)).toList();
    }

    /** Every SIM, showcase first. */
    public synchronized List<Sim> all() {
        return List.copyOf(byNumber.values());
    }

    synchronized void renewalRegistered(String number, String application) {
        byNumber.computeIfPresent(number, (k, s) -> s.renewing(application));
    }
}
