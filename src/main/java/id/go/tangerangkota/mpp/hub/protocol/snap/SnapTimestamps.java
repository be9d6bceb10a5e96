package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * SNAP's X-TIMESTAMP: ISO-8601 local time of Indonesia's western zone with its offset,
 * {@code 2026-11-22T19:50:30+07:00}, whatever zone the hub's server runs in.
 */
public final class SnapTimestamps {

    /** SNAP's reference zone (WIB, +07:00). */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SnapTimestamps() {
    }

    /** Now, as X-TIMESTAMP. */
    public static String now(Clock clock) {
        return FORMAT.format(OffsetDateTime.ofInstant(clock.instant(), WIB));
    }
}
