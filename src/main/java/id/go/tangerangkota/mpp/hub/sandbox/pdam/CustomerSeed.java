package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The customers the simulated Tirta Benteng starts with: the hand-written ones that examples and
 * tests name, then about seven in ten generated households (one connection per family card, owned
 * by its head). Each has the bills of May to October 2026: most have only October unpaid, some
 * have paid everything, some are months behind with penalties. Deterministic and fictitious.
 */
final class CustomerSeed {

    /** The day the seed's bills are current at: October's bill is out, not yet due. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final YearMonth FIRST = YearMonth.of(2026, 5);
    static final YearMonth CURRENT = YearMonth.of(2026, 10);

    static final String BUDI = "3671011203850001";
    static final String RINA = "3671116304880006";
    static final String HENDRA = "3671092709650005";
    static final String SUPARMAN = "3671130805680010";

    private static final long SEED = 3_671_0014L;

    private enum Standing { CURRENT, PAID, ARREARS }

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Set<String> ids = new HashSet<>();
    private final List<Customer> seeded = new ArrayList<>();
    private int receipts;

    private CustomerSeed() {
    }

    static List<Customer> seed(CitizenRegistry citizens) {
        CustomerSeed seed = new CustomerSeed();
        // Budi: only October unpaid, 24 m3 on R2: Rp187.500 (the bill-inquiry and bill-payment examples).
        seed.add(seed.customer("0501012873", citizens.byNik(BUDI).orElseThrow(), "R2", "1/2", 1_172,
                new long[] {21, 23, 20, 22, 25, 24}, Standing.CURRENT, 1));
        // Rina: all paid, 1/2 inch on R2 (the capacity-upgrade example: 3/4 inch and class N1).
        seed.add(seed.customer("1101004562", citizens.byNik(RINA).orElseThrow(), "R2", "1/2", 2_310,
                new long[] {27, 30, 26, 29, 31, 28}, Standing.PAID, 0));
        // Hendra: three months behind, penalties on August and September.
        seed.add(seed.customer("0903007781", citizens.byNik(HENDRA).orElseThrow(), "R2", "3/4", 4_025,
                new long[] {33, 35, 31, 34, 36, 32}, Standing.ARREARS, 3));
        // Dewi's father: all paid, R1.
        seed.add(seed.customer("1302009915", citizens.byNik(SUPARMAN).orElseThrow(), "R1", "1/2", 880,
                new long[] {14, 16, 15, 13, 17, 15}, Standing.PAID, 0));
        Set<String> showcaseCards = new HashSet<>();
        citizens.showcase().forEach(c -> showcaseCards.add(c.familyCardNumber()));
        for (Citizen c : citizens.all()) {
            if ("KEPALA KELUARGA".equals(c.familyRelation()) && !showcaseCards.contains(c.familyCardNumber())
                    && seed.random.nextInt(100) < 70) {
                seed.add(seed.generated(c));
            }
        }
        return List.copyOf(seed.seeded);
    }

    private Customer generated(Citizen c) {
        boolean trader = "WIRASWASTA".equals(c.occupation()) || "PEDAGANG".equals(c.occupation());
        int draw = random.nextInt(100);
        String gol = trader && draw < 25 ? "N1" : draw < 50 ? "R2" : draw < 75 ? "R1" : draw < 90 ? "R2" : "R3";
        String pipe = random.nextInt(100) < ("N1".equals(gol) ? 50 : 15) ? "3/4" : "1/2";
        long[] usage = new long[6];
        for (int i = 0; i < usage.length; i++) {
            usage[i] = "N1".equals(gol) ? 25 + random.nextInt(46) : 10 + random.nextInt(26);
        }
        int standing = random.nextInt(100);
        Standing s = standing < 60 ? Standing.CURRENT : standing < 80 ? Standing.PAID : Standing.ARREARS;
        int unpaid = s == Standing.CURRENT ? 1 : s == Standing.PAID ? 0 : 2 + random.nextInt(3);
        String id;
        do {
            id = c.address().kecamatan().code() + String.format("%02d%06d", 1 + random.nextInt(9), random.nextInt(1_000_000));
        } while (ids.contains(id));
        return customer(id, c, gol, pipe, 200 + random.nextInt(4_000), usage, s, unpaid);
    }

    /** A customer whose last {@code unpaid} months are unpaid, overdue ones with their penalty. */
    private Customer customer(String id, Citizen owner, String gol, String pipe, long firstReading, long[] usage,
            Standing standing, int unpaid) {
        List<Bill> bills = new ArrayList<>();
        long reading = firstReading;
        for (int i = 0; i < usage.length; i++) {
            YearMonth blth = FIRST.plusMonths(i);
            boolean paid = i < usage.length - unpaid;
            String receipt = paid ? String.format("TB%s%05d", blth.plusMonths(1).atDay(15)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")), ++receipts) : null;
            bills.add(Tariff.bill(gol, pipe, blth, reading, usage[i], paid ? 0 : overdueMonths(blth), receipt));
            reading += usage[i];
        }
        Citizen.Address a = owner.address();
        return new Customer(id, owner.nik(), owner.fullName(), a.street() + " RT " + a.rt() + "/RW " + a.rw(),
                a.kelurahan(), a.kecamatan().siakName(), gol, pipe, bills);
    }

    /** Months begun since the due date, as of the seed's day: the penalty's multiplier. */
    static int overdueMonths(YearMonth blth) {
        LocalDate due = Tariff.dueDate(blth);
        if (!due.isBefore(AS_OF)) {
            return 0;
        }
        int months = (AS_OF.getYear() - due.getYear()) * 12 + AS_OF.getMonthValue() - due.getMonthValue();
        return AS_OF.getDayOfMonth() > due.getDayOfMonth() ? months + 1 : months;
    }

    private void add(Customer customer) {
        ids.add(customer.custId());
        seeded.add(customer);
    }
}
