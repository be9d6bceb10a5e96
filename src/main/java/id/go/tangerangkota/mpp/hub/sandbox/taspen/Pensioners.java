package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The pensioners of KCU Tangerang, keyed by NOTAS, seeded deterministically from the sandbox
 * population: Hendra (retired civil servant, paid through the post office, authentication due)
 * and one in four citizens born 1950-1966, a few of them suspended (authentication missed) or
 * stopped. NOTAS is derived as Taspen does from a NIP: birth yyMMdd, appointment yyMM, sex, serial
 * and a trailing 0.
 */
public final class Pensioners {

    /** Hendra's Taspen number (from NIP 19650927 199003 1 002). */
    public static final String HENDRA_NOTAS = "650927900310020";
    /** The paying partners the sandbox accepts: bank codes, and POS for the post office. */
    static final Map<String, String> PAYING_PARTNERS = Map.of(
            "002", "BANK BRI", "008", "BANK MANDIRI", "009", "BANK BNI", "110", "BANK BJB",
            "200", "BANK BTN", "451", "BANK SYARIAH INDONESIA", "POS", "PT POS INDONESIA KCU TANGERANG");

    private final Map<String, Pensioner> byNotas = new LinkedHashMap<>();

    private Pensioners() {
    }

    static Pensioners seed(CitizenRegistry citizens) {
        Pensioners p = new Pensioners();
        p.add(new Pensioner("3671092709650005", HENDRA_NOTAS, "HENDRA WIJAYA", "PENSIUNAN PNS", "AKTIF", 4_352_700L,
                LocalDate.of(2023, 10, 1), "POS", PAYING_PARTNERS.get("POS"), null,
                LocalDate.of(2025, 11, 27), LocalDate.of(2026, 11, 27), LocalDate.of(2023, 10, 16),
                "081298765432", null, "JL. KENANGA NO. 21 RT 002 RW 005 CIBODAS"));
        String[] statuses = {"AKTIF", "AKTIF", "AKTIF", "AKTIF", "DITANGGUHKAN", "BERHENTI"};
        String[] banks = {"002", "009", "110", "200", "POS"};
        int serial = 0;
        for (Citizen c : citizens.all()) {
            int year = c.birthDate().getYear();
            if (citizens.showcase().contains(c) || year < 1950 || year > 1966 || Math.floorMod(c.nik().hashCode(), 4) != 0) {
                continue;
            }
            serial++;
            LocalDate appointed = c.birthDate().plusYears(25).withDayOfMonth(1);
            String notas = String.format("%02d%02d%02d%02d%02d%d%03d0", year % 100, c.birthDate().getMonthValue(),
                    c.birthDate().getDayOfMonth(), appointed.getYear() % 100, appointed.getMonthValue(),
                    c.sex() == Citizen.Sex.L ? 1 : 2, serial % 1000);
            String status = statuses[serial % statuses.length];
            String bank = banks[serial % banks.length];
            LocalDate retired = c.birthDate().plusYears(58).withDayOfMonth(1).plusMonths(1);
            LocalDate lastAuth = "DITANGGUHKAN".equals(status) ? LocalDate.of(2025, 3, 10) : LocalDate.of(2026, 2, 10);
            p.add(new Pensioner(c.nik(), notas, c.fullName(), "PENSIUNAN PNS", status, 2_800_000L + serial * 37_500L,
                    retired, bank, PAYING_PARTNERS.get(bank), "POS".equals(bank) ? null : String.format("00%011d", 7_100_000L + serial),
                    lastAuth, lastAuth.plusYears(1), retired.plusDays(15), null, null, c.address().street()));
        }
        return p;
    }

    private void add(Pensioner pensioner) {
        byNotas.put(pensioner.notas(), pensioner);
    }

    /** The pensioner with this NOTAS. */
    public synchronized Optional<Pensioner> byNotas(String notas) {
        return Optional.ofNullable(byNotas.get(notas));
    }

    /** The pensioner of this NIK. */
    public synchronized Optional<Pensioner> byNik(String nik) {
        return byNotas.values().stream().filter(p -> p.nik().equals(nik)).findFirst();
    }

    /** Everyone, Hendra first. */
    public synchronized List<Pensioner> all() {
        return new ArrayList<>(byNotas.values());
    }

    synchronized void update(String notas, UnaryOperator<Pensioner> change) {
        byNotas.computeIfPresent(notas, (k, v) -> change.apply(v));
    }
}
