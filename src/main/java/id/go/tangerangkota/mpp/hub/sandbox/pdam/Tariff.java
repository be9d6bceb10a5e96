package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The simulated tariff (<em>invented</em>, in the shape of PDAM tariffs): progressive prices per m3
 * for 0-10, 11-20 and above 20 m3 by class, a customer charge by class, a fixed charge by pipe
 * size, meter maintenance, waste water by class, the city levy, stamp duty on bills of
 * Rp5.000.000 or more, a penalty per overdue month by class, and the collector's fee.
 */
final class Tariff {

    /** Classes from social to government, as the catalogue lists them. */
    static final List<String> CLASSES = List.of("S1", "S2", "R1", "R2", "R3", "N1", "N2", "I1", "P1");
    /** Pipe sizes in inches, smallest first. */
    static final List<String> PIPES = List.of("1/2", "3/4", "1", "1 1/2", "2", "3");

    static final long BIAYA_METER = 5_000;
    static final long RETRIBUSI = 2_000;
    static final long ADMIN = 2_500;
    static final long MATERAI = 10_000;
    static final long MATERAI_FROM = 5_000_000;

    private static final Map<String, long[]> BLOCKS = Map.of(
            "S1", new long[] {2_100, 2_100, 2_100},
            "S2", new long[] {2_600, 3_200, 4_200},
            "R1", new long[] {3_900, 4_900, 6_300},
            "R2", new long[] {5_300, 6_600, 8_725},
            "R3", new long[] {6_900, 8_300, 10_400},
            "N1", new long[] {8_300, 9_900, 12_100},
            "N2", new long[] {10_100, 12_000, 14_600},
            "I1", new long[] {12_500, 14_500, 17_500},
            "P1", new long[] {7_800, 9_200, 11_300});
    private static final Map<String, Long> FIXED_BY_PIPE = Map.of(
            "1/2", 7_500L, "3/4", 12_500L, "1", 20_000L, "1 1/2", 35_000L, "2", 50_000L, "3", 90_000L);

    private Tariff() {
    }

    /**
     * One month's bill.
     *
     * @param overdueMonths how many months the bill is past due (0: not yet due or paid on time)
     */
    static Bill bill(String gol, String pipe, YearMonth blth, long standLalu, long pakai, int overdueMonths,
            String seedReceipt) {
        long[] price = BLOCKS.get(gol);
        long water = Math.min(pakai, 10) * price[0] + Math.max(0, Math.min(pakai, 20) - 10) * price[1]
                + Math.max(0, pakai - 20) * price[2];
        long abodemen = switch (gol.charAt(0)) {
            case 'S' -> 5_000;
            case 'N' -> 15_000;
            case 'I' -> 25_000;
            case 'P' -> 12_500;
            default -> 10_000;
        };
        long limbah = switch (gol) {
            case "S1", "S2" -> 0;
            case "R1" -> 3_300;
            case "N1", "N2" -> 9_900;
            case "I1" -> 15_000;
            default -> 6_600;
        };
        long penaltyPerMonth = switch (gol.charAt(0)) {
            case 'S' -> 5_000;
            case 'N', 'P' -> 25_000;
            case 'I' -> 50_000;
            default -> 10_000;
        };
        long fixed = FIXED_BY_PIPE.get(pipe);
        long denda = penaltyPerMonth * overdueMonths;
        long subtotal = water + abodemen + limbah + RETRIBUSI + denda + fixed + BIAYA_METER + ADMIN;
        long materai = subtotal >= MATERAI_FROM ? MATERAI : 0;
        return new Bill(blth, standLalu, standLalu + pakai, pakai, water, abodemen, materai, limbah, RETRIBUSI, denda,
                fixed, BIAYA_METER, ADMIN, subtotal + materai, dueDate(blth), seedReceipt);
    }

    /** The 25th of the month after the billing month. */
    static LocalDate dueDate(YearMonth blth) {
        return blth.plusMonths(1).atDay(25);
    }
}
