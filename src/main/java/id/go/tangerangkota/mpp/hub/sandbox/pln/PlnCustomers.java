package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.Kecamatan;

/**
 * PLN UP3 Cikokol's postpaid customers in the sandbox, keyed by the same citizens as every other
 * agency: hand-written ones the docs and tests name (Budi, Rina, Hendra, Suparman), test ids for
 * the host's special answers, and one connection for most generated households, drawn from a
 * fixed seed so every run sees the same customers and bills.
 */
final class PlnCustomers {

    /** The latest billing month of the seed; bills are fixed, not moved with the calendar. */
    static final YearMonth CURRENT_PERIOD = YearMonth.of(2026, 11);
    /** Admin charge per bill paid through the MPP. */
    static final long ADMIN_CHARGE = 2_500;

    static final String BUDI_IDPEL = "543100287461";
    static final String RINA_IDPEL = "543110394852";
    static final String HENDRA_IDPEL = "543090512736";
    static final String SUPARMAN_IDPEL = "543130271845";
    static final String BILL_NOT_YET_AVAILABLE_IDPEL = "543199000089";
    static final String CORE_TIMEOUT_IDPEL = "543199000068";
    static final String PAYMENT_ANSWER_LOST_IDPEL = "543199000001";
    /** Valid in form, never registered. */
    static final String UNKNOWN_IDPEL = "543199999999";

    private static final long SEED = 5431_2026L;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Map<String, PlnCustomer> byIdpel;

    private PlnCustomers(Map<String, PlnCustomer> byIdpel) {
        this.byIdpel = Collections.unmodifiableMap(byIdpel);
    }

    /** The standard seed over the sandbox population. */
    static PlnCustomers seeded(CitizenRegistry citizens) {
        Map<String, PlnCustomer> customers = new LinkedHashMap<>();
        fixed(citizens, customers);
        Set<String> usedCards = new HashSet<>();
        customers.values().forEach(c -> citizens.byNik(c.nik()).ifPresent(p -> usedCards.add(p.familyCardNumber())));
        citizens.showcase().forEach(p -> usedCards.add(p.familyCardNumber()));
        special(citizens, usedCards, customers);
        generated(citizens, usedCards, customers);
        return new PlnCustomers(customers);
    }

    Optional<PlnCustomer> byIdpel(String idpel) {
        return Optional.ofNullable(byIdpel.get(idpel));
    }

    /** Every customer, hand-written ones first. */
    List<PlnCustomer> all() {
        return List.copyOf(byIdpel.values());
    }

    private static void fixed(CitizenRegistry citizens, Map<String, PlnCustomer> into) {
        // Budi: one unpaid bill, Rp412.350 + admin Rp2.500 = Rp414.850 (the catalogue's example).
        add(into, citizens, BUDI_IDPEL, "3671011203850001", "R1", 1300, PlnCustomer.Kind.NORMAL, List.of(
                bill(CURRENT_PERIOD, 412_350, 0, 0, new long[] {12_345, 12_630, 0, 0, 0, 0})));
        // Rina: 1.300 VA, nothing owed (the power-upgrade example needs a customer without arrears).
        add(into, citizens, RINA_IDPEL, "3671116304880006", "R1", 1300, PlnCustomer.Kind.NORMAL, List.of());
        // Hendra: three months unpaid, two of them late.
        add(into, citizens, HENDRA_IDPEL, "3671092709650005", "R1", 2200, PlnCustomer.Kind.NORMAL, List.of(
                bill(CURRENT_PERIOD.minusMonths(2), 658_430, 0, 10_000, new long[] {30_112, 30_574, 0, 0, 0, 0}),
                bill(CURRENT_PERIOD.minusMonths(1), 702_115, 0, 10_000, new long[] {30_574, 31_066, 0, 0, 0, 0}),
                bill(CURRENT_PERIOD, 689_960, 0, 0, new long[] {31_066, 31_549, 0, 0, 0, 0})));
        // Suparman (Dewi's father): disconnected, every transaction is refused with 0016.
        add(into, citizens, SUPARMAN_IDPEL, "3671130805680010", "R1", 900, PlnCustomer.Kind.BLOCKED, List.of(
                bill(CURRENT_PERIOD, 151_980, 0, 0, new long[] {8_210, 8_322, 0, 0, 0, 0})));
    }

    /** The test ids of the host's special answers, on the first free household of a kecamatan. */
    private static void special(CitizenRegistry citizens, Set<String> usedCards, Map<String, PlnCustomer> into) {
        addOnHousehold(into, citizens, usedCards, Kecamatan.PERIUK, BILL_NOT_YET_AVAILABLE_IDPEL, 900,
                PlnCustomer.Kind.BILL_NOT_YET_AVAILABLE, List.of());
        addOnHousehold(into, citizens, usedCards, Kecamatan.JATIUWUNG, CORE_TIMEOUT_IDPEL, 1300,
                PlnCustomer.Kind.CORE_TIMEOUT, List.of(bill(CURRENT_PERIOD, 233_870, 0, 0,
                        new long[] {4_401, 4_563, 0, 0, 0, 0})));
        addOnHousehold(into, citizens, usedCards, Kecamatan.NEGLASARI, PAYMENT_ANSWER_LOST_IDPEL, 900,
                PlnCustomer.Kind.PAYMENT_ANSWER_LOST, List.of(bill(CURRENT_PERIOD, 187_240, 0, 0,
                        new long[] {6_020, 6_158, 0, 0, 0, 0})));
    }

    private static void addOnHousehold(Map<String, PlnCustomer> into, CitizenRegistry citizens, Set<String> usedCards,
            Kecamatan kecamatan, String idpel, int powerVA, PlnCustomer.Kind kind, List<PlnBill> bills) {
        for (String card : citizens.familyCardNumbers()) {
            List<Citizen> members = citizens.familyMembers(card);
            if (!usedCards.contains(card) && members.get(0).address().kecamatan() == kecamatan) {
                usedCards.add(card);
                add(into, citizens, idpel, members.get(0).nik(), "R1", powerVA, kind, bills);
                return;
            }
        }
    }

    /** Most other households have a connection; a quarter owe this month, some several months. */
    private static void generated(CitizenRegistry citizens, Set<String> usedCards, Map<String, PlnCustomer> into) {
        SplittableRandom random = new SplittableRandom(SEED);
        int serial = 0;
        for (String card : citizens.familyCardNumbers()) {
            if (usedCards.contains(card) || random.nextInt(100) >= 80) {
                continue;
            }
            Citizen head = citizens.familyMembers(card).get(0);
            int[] powers = {450, 900, 900, 1300, 1300, 2200, 3500};
            int power = powers[random.nextInt(powers.length)];
            String tariff = power >= 3500 ? "R2" : "R1";
            int draw = random.nextInt(100);
            PlnCustomer.Kind kind = draw < 4 ? PlnCustomer.Kind.BLOCKED
                    : draw < 7 ? PlnCustomer.Kind.BILL_NOT_YET_AVAILABLE : PlnCustomer.Kind.NORMAL;
            int unpaid = kind == PlnCustomer.Kind.BILL_NOT_YET_AVAILABLE ? 0
                    : draw < 40 ? 1 : draw < 48 ? 2 + random.nextInt(3) : kind == PlnCustomer.Kind.BLOCKED ? 2 : 0;
            List<PlnBill> bills = new ArrayList<>();
            long reading = 1_000 + random.nextInt(40_000);
            for (int month = unpaid - 1; month >= 0; month--) {
                long kwh = Math.max(20, power / 8 + random.nextInt(power / 6 + 1));
                double rate = power <= 450 ? 415 : power <= 900 ? 1352 : tariff.equals("R2") ? 1699.53 : 1444.70;
                long penalty = month == 0 ? 0 : power <= 450 ? 3_000 : power <= 900 ? 5_000 : 10_000;
                bills.add(bill(CURRENT_PERIOD.minusMonths(month), Math.round(kwh * rate), 0, penalty,
                        new long[] {reading, reading + kwh, 0, 0, 0, 0}));
                reading += kwh;
            }
            serial++;
            String idpel = "5432" + head.address().kecamatan().code() + String.format("%06d", serial);
            add(into, citizens, idpel, head.nik(), tariff, power, kind, bills);
        }
    }

    private static void add(Map<String, PlnCustomer> into, CitizenRegistry citizens, String idpel, String nik,
            String tariff, int powerVA, PlnCustomer.Kind kind, List<PlnBill> bills) {
        Citizen holder = citizens.byNik(nik)
                .orElseThrow(() -> new IllegalStateException("PLN seed names a NIK the population does not have"));
        if (into.putIfAbsent(idpel, new PlnCustomer(idpel, nik, holder.fullName(), tariff, powerVA, kind, bills)) != null) {
            throw new IllegalStateException("PLN seed IDPEL " + idpel + " is not unique");
        }
    }

    /** A bill of a month: due on the 20th of the next month, meter read on the 1st. */
    private static PlnBill bill(YearMonth period, long amount, long incentive, long penalty, long[] readings) {
        return new PlnBill(YYYYMM.format(period), YYYYMMDD.format(period.plusMonths(1).atDay(20)),
                YYYYMMDD.format(period.atDay(1)), amount, incentive, 0, penalty, readings);
    }
}
