package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Hands out the 12-digit system trace audit numbers (bit 11) of the hub's ISO 8583 messages:
 * each message gets its own, and answers are matched to requests by it.
 *
 * <p>The sequence starts at the current time in milliseconds (modulo 10^12) and counts up by one,
 * so a restarted hub does not repeat the numbers of its previous run as long as it sent fewer than
 * one message per millisecond, and hosts that refuse a repeated audit number within a session
 * (PLN answers 0093) never see one. 000000000000 is skipped.
 */
@Component("iso8583AuditNumbers")
public class AuditNumbers {

    private static final long MODULUS = 1_000_000_000_000L;

    private final AtomicLong last;

    public AuditNumbers() {
        this(System.currentTimeMillis());
    }

    /** For tests: a sequence that starts after {@code start}. */
    AuditNumbers(long start) {
        this.last = new AtomicLong(Math.floorMod(start, MODULUS));
    }

    /** The next audit number, 12 digits. */
    public String next() {
        long value = last.updateAndGet(previous -> {
            long next = (previous + 1) % MODULUS;
            return next == 0 ? 1 : next;
        });
        return String.format("%012d", value);
    }
}
