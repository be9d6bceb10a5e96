package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Derives SNAP's {@code X-EXTERNAL-ID} (numeric, at most 36 digits, unique per partner and day) from
 * the hub's request id, so that the same hub request always sends the same external id: a retry of a
 * payment is refused by the bank as a duplicate (409xx00) instead of paid twice, and the hub then
 * asks the status.
 *
 * <p>How: {@code SHA-256(requestId + ":" + servicePath)}, its first 119 bits as an unsigned number
 * {@code v}, and the external id is the decimal of {@code 10^35 + v}. Since
 * {@code 2^119 - 1 < 6.65 * 10^35}, the result always has exactly 36 digits and never a leading
 * zero (some banks store it as a number). The service path is part of the input because one hub
 * request may make several bank calls (inquiry, payment, status) on the same day, and each needs its
 * own external id. Only the payment needs that stability; every other call gets a fresh id
 * ({@link #forCall}), so asking a payment's status repeatedly is never refused as a duplicate.
 *
 * <p>Why not the request id itself: a UUID is 128 bits, up to 39 decimal digits, too long for 36.
 * Truncating a UUIDv7 would keep its timestamp and lose random bits; hashing spreads all of them.
 * Two different requests collide with probability about {@code n^2 / 2^120} for {@code n} bank calls
 * a day: for ten million calls, below {@code 10^-22}. The id is not secret, and SHA-256 does not
 * reveal the request id behind it.
 */
public final class SnapExternalId {

    /** The most digits SNAP allows. */
    public static final int MAX_DIGITS = 36;

    private static final BigInteger OFFSET = BigInteger.TEN.pow(MAX_DIGITS - 1);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private SnapExternalId() {
    }

    /**
     * @param requestId   the hub's request id (the envelope's {@code requestId})
     * @param servicePath the SNAP service path, e.g. {@code /v1.0/transfer-va/payment}
     * @return 36 digits
     */
    public static String of(String requestId, String servicePath) {
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("a SNAP call needs the hub's request id");
        }
        byte[] hash = SnapSignatures.sha256(requestId + ":" + servicePath);
        BigInteger first119Bits = new BigInteger(1, Arrays.copyOf(hash, 15)).shiftRight(1);
        return OFFSET.add(first119Bits).toString();
    }

    /**
     * A fresh external id for a call that must never be refused as a repeat: an inquiry or a payment
     * status asked again and again while a payment is pending (the bank refuses a second call with
     * the same id on the same day). Same form: 36 digits, no leading zero.
     */
    public static String unique() {
        return OFFSET.add(new BigInteger(119, RANDOM)).toString();
    }

    /**
     * The external id of a call: stable for a payment (SNAP's transfer-va payment, which the bank
     * must see as the same payment when it comes again), fresh for anything else.
     */
    public static String forCall(String requestId, String servicePath) {
        return servicePath.endsWith("/payment") ? of(requestId, servicePath) : unique();
    }
}
