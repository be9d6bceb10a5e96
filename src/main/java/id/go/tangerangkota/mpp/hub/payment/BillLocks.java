package id.go.tangerangkota.mpp.hub.payment;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds a bill while its payment is in flight, so two counters (or a counter's retry without
 * Idempotency-Key) cannot pay the same bill twice at once. Held through PENDING until reconciled.
 */
public class BillLocks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BillLocks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true when this request now holds the bill (or already held it) */
    public boolean acquire(String biller, String billKey, String requestId) {
        try {
            jdbc.update("INSERT INTO payment_in_flight (biller, bill_key, request_id, created_at) VALUES (?,?,?,?)",
                    biller, billKey, requestId, OffsetDateTime.now(clock));
            return true;
        } catch (DuplicateKeyException held) {
            String holder = jdbc.query("SELECT request_id FROM payment_in_flight WHERE biller = ? AND bill_key = ?",
                    rs -> rs.next() ? rs.getString(1) : null, biller, billKey);
            return requestId.equals(holder);
        }
    }

    public void release(String requestId) {
        jdbc.update("DELETE FROM payment_in_flight WHERE request_id = ?", requestId);
    }
}
