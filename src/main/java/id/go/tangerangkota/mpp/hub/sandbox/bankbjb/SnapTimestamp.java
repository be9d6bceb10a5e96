package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** X-TIMESTAMP as the bank checks it: ISO-8601 with an offset, close to the bank's clock. */
final class SnapTimestamp {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SnapTimestamp() {
    }

    /**
     * Checks the header.
     *
     * @throws SnapRejection 400xx02 when missing, 400xx01 when malformed, 401xx00 when too far from now
     */
    static OffsetDateTime check(String header, Clock clock, Duration tolerance) {
        if (header == null || header.isBlank()) {
            throw SnapRejection.missing("X-TIMESTAMP");
        }
        OffsetDateTime timestamp;
        try {
            timestamp = OffsetDateTime.parse(header.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw SnapRejection.invalidFormat("X-TIMESTAMP");
        }
        Duration off = Duration.between(timestamp.toInstant(), clock.instant()).abs();
        if (off.compareTo(tolerance) > 0) {
            throw SnapRejection.unauthorized("X-TIMESTAMP out of range");
        }
        return timestamp;
    }

    /** Now on the bank's clock, as SNAP writes it. */
    static String now(Clock clock) {
        return FORMAT.format(OffsetDateTime.ofInstant(clock.instant(), WIB));
    }
}
