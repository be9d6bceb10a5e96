package id.go.tangerangkota.mpp.hub.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How alike two texts are, 0 to 100 with one decimal, as the verification service scores names,
 * places and addresses.
 *
 * <p>Both texts are upper-cased and their whitespace collapsed first, so "Budi  Santoso" scores
 * 100 against "BUDI SANTOSO"; punctuation and spelling still count, as "JL." against "JALAN" does
 * at the real service. The score is {@code 100 * (1 - levenshtein / longer length)}.
 */
final class SimilarityScore {

    private SimilarityScore() {
    }

    /** The score of two texts; two empty texts are identical (100.0). */
    static double of(String a, String b) {
        String left = normalise(a);
        String right = normalise(b);
        int longer = Math.max(left.length(), right.length());
        if (longer == 0) {
            return 100.0;
        }
        double similarity = 100.0 * (1.0 - (double) levenshtein(left, right) / longer);
        return BigDecimal.valueOf(similarity).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A score the way the service writes it: one decimal, a dot, e.g. {@code 93.5}. */
    static String format(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** Upper case, trimmed, runs of whitespace as one space. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** Edit distance with two rolling rows: memory stays linear in the shorter text. */
    static int levenshtein(String a, String b) {
        if (a.length() < b.length()) {
            return levenshtein(b, a);
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
