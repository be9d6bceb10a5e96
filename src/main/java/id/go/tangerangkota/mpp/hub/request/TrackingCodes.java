package id.go.tangerangkota.mpp.hub.request;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Tracking codes printed on the citizen's receipt: {@code MPP-XXXX-XXXX-XXXX}, 60 random bits in
 * Crockford base32 (no I, L, O, U: nothing to misread at a counter). Random, not sequential, so a
 * code cannot be guessed from another.
 */
public final class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        long bits = RANDOM.nextLong();
        StringBuilder code = new StringBuilder("MPP");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[(int) (bits & 31)]);
            bits >>>= 5;
        }
        return code.toString();
    }

    private static final Pattern FORMAT = Pattern.compile("MPP(-[0-9A-HJKMNP-TV-Z]{4}){3}");

    /** Whether a text has the form of a tracking code (upper case, as printed). */
    public static boolean looksValid(String code) {
        return code != null && code.length() == 18 && FORMAT.matcher(code).matches();
    }
}
