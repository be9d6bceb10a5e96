package id.go.tangerangkota.mpp.hub.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the Nomor Induk Kependudukan (NIK), the 16-digit citizen number:
 * {@code PP KK CC DDMMYY NNNN} = province, regency or city, district, birth date (women's day + 40)
 * and a serial from 0001.
 *
 * <p>The hub checks a NIK before any agency is called, so a typo at the counter is a 400 naming the
 * field instead of a metered, logged look-up at Disdukcapil. Messages never repeat the NIK itself.
 */
public final class NikRules {

    /** Kemendagri province codes, including the Papua provinces created in 2022. */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
            31, 32, 33, 34, 35, 36,
            51, 52, 53,
            61, 62, 63, 64, 65,
            71, 72, 73, 74, 75, 76,
            81, 82,
            91, 92, 93, 94, 95, 96);

    /** Kota Tangerang (36.71) has 13 kecamatan, numbered 01 to 13. */
    private static final String KOTA_TANGERANG = "3671";
    private static final int KOTA_TANGERANG_DISTRICTS = 13;

    private NikRules() {
    }

    /**
     * Checks a NIK and returns what is wrong with it, empty when it is valid.
     *
     * @param nik the NIK as typed, possibly null
     * @return human-readable problems, each without the NIK itself
     */
    public static List<String> problems(String nik) {
        List<String> problems = new ArrayList<>();
        if (nik == null || nik.isEmpty()) {
            problems.add("NIK is required");
            return problems;
        }
        if (nik.length() != 16 || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add("NIK must be exactly 16 digits");
            return problems;
        }
        int province = Integer.parseInt(nik.substring(0, 2));
        int regency = Integer.parseInt(nik.substring(2, 4));
        int district = Integer.parseInt(nik.substring(4, 6));
        if (!PROVINCES.contains(province)) {
            problems.add("NIK digits 1-2 are not a province code");
        }
        if (regency == 0 || regency == 70) {
            problems.add("NIK digits 3-4 are not a regency (01-69) or city (71-99) code");
        }
        if (district == 0) {
            problems.add("NIK digits 5-6 are not a district (kecamatan) code");
        } else if (nik.startsWith(KOTA_TANGERANG) && district > KOTA_TANGERANG_DISTRICTS) {
            problems.add("NIK digits 5-6: Kota Tangerang has kecamatan 01 to 13 only");
        }
        if (birthDate(nik).isEmpty()) {
            problems.add("NIK digits 7-12 are not a possible birth date (DDMMYY, day + 40 for women)");
        }
        if (nik.endsWith("0000")) {
            problems.add("NIK digits 13-16 (serial) cannot be 0000");
        }
        return problems;
    }

    /** True when {@link #problems(String)} finds nothing. */
    public static boolean isValid(String nik) {
        return problems(nik).isEmpty();
    }

    /**
     * The birth date encoded in a NIK. The century is not encoded: a date that exists in the
     * 1900s or the 2000s is possible, and the latest such date not in the future is returned.
     */
    public static Optional<LocalDate> birthDate(String nik) {
        if (nik == null || nik.length() != 16) {
            return Optional.empty();
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        LocalDate today = LocalDate.now();
        for (int century : new int[] {2000, 1900}) {
            try {
                LocalDate date = LocalDate.of(century + yy, month, day);
                if (!date.isAfter(today)) {
                    return Optional.of(date);
                }
            } catch (DateTimeException impossible) {
                // try the other century: 29 February exists in some years only
            }
        }
        return Optional.empty();
    }

    /** True when the NIK encodes a woman (day of birth + 40). */
    public static boolean isFemale(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > 40;
    }

    /**
     * Masks a NIK for logs, metrics and messages: {@code 3671********0001}. Anything that is not
     * 16 characters is masked whole, so a malformed value never leaks either.
     */
    public static String mask(String nik) {
        if (nik == null) {
            return "null";
        }
        if (nik.length() != 16) {
            return "*".repeat(Math.min(nik.length(), 16));
        }
        return nik.substring(0, 4) + "********" + nik.substring(12);
    }
}
