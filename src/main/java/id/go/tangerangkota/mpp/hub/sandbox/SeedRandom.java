package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seed generator's only source of chance: a fixed-seed {@link SplittableRandom} with the few
 * kinds of draw the generator needs. Every draw goes through here, in program order, so the same
 * seed gives the same citizens on every run and every JVM.
 */
final class SeedRandom {

    private final SplittableRandom random;

    SeedRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An int from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** True with the given percentage. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** One element, each equally likely. */
    <T> T one(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A date from {@code first} to {@code last}, both included. */
    LocalDate date(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextLong(days + 1));
    }

    /**
     * One of several values with relative weights, given as pairs: {@code "A", 3, "B", 1} draws
     * "A" three times as often as "B".
     */
    String weighted(Object... valuesAndWeights) {
        int total = 0;
        for (int i = 1; i < valuesAndWeights.length; i += 2) {
            total += (Integer) valuesAndWeights[i];
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            draw -= (Integer) valuesAndWeights[i + 1];
            if (draw < 0) {
                return (String) valuesAndWeights[i];
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
