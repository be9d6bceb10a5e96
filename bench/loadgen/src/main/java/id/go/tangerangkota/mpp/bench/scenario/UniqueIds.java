package id.go.tangerangkota.mpp.bench.scenario;

import java.security.SecureRandom;

/**
 * Identifiers a back end refuses to see twice (partner transaction ids, payment request ids, SNAP
 * external ids, customer numbers). The benchmark's {@code sequence} is unique within one process
 * only, while the sandbox and the hub outlive a bench run (a second run the same day, ScenarioCheck
 * before the bench): so each id also carries this process's random run number.
 */
final class UniqueIds {

    /** Nine digits, no leading zero, drawn once per process. */
    static final long RUN = 100_000_000L + new SecureRandom().nextInt(900_000_000);

    private UniqueIds() {
    }

    /** {@code prefix-RUN-sequence}: letters, digits and dashes, fit for any text id field. */
    static String text(String prefix, long sequence) {
        return prefix + "-" + RUN + "-" + sequence;
    }

    /**
     * Digits only: the run, one digit naming the side or the call (so the hub's and the direct
     * calls, or an inquiry and a payment, never share a number), then the sequence on {@code width}
     * digits.
     */
    static String digits(int kind, long sequence, int width) {
        if (kind < 0 || kind > 9) {
            throw new IllegalArgumentException("kind is one digit");
        }
        String seq = Long.toString(sequence);
        if (seq.length() > width) {
            throw new IllegalArgumentException("sequence " + sequence + " does not fit in " + width + " digits");
        }
        return RUN + Integer.toString(kind) + "0".repeat(width - seq.length()) + seq;
    }
}
