package id.go.tangerangkota.mpp.hub.request;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Request ids: UUID version 7 (time-ordered, random tail). Time order keeps the request table's
 * primary-key index append-only; the random tail keeps ids unguessable.
 */
public final class RequestIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    public static String next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** True for the canonical 36-character form of a UUID, the only form the hub hands out. */
    public static boolean looksValid(String id) {
        return id != null && id.length() == 36
                && id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
