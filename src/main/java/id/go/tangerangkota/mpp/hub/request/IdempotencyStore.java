package id.go.tangerangkota.mpp.hub.request;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.security.DataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers the first answer to a POST sent with an {@code Idempotency-Key}, per client. A key is
 * claimed before the request is processed (a row without answer), so two concurrent retries cannot
 * both act; the answer is stored when the first one succeeds, and the claim is dropped when it
 * fails, so a corrected retry with the same key can go through. A remembered answer can hold a
 * citizen's record (an inquiry's result): it is stored encrypted, bound to its client and key.
 */
public class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration claimTimeout;
    private final DataCipher cipher;

    /**
     * @param claimTimeout how long a claim without answer blocks its key: longer than any request
     *                     takes, so only a claim left by a crashed hub ever expires
     */
    public IdempotencyStore(JdbcTemplate jdbc, Clock clock, Duration claimTimeout, DataCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.cipher = cipher;
    }

    /** Where a remembered answer belongs, bound into its ciphertext. */
    public static String place(String clientId, String key) {
        return "idempotency_record/" + clientId + "/" + key + "/response_body";
    }

    /**
     * Claims a key.
     *
     * @return empty when this call holds the claim now; otherwise the existing record
     */
    public Optional<Record> claim(String clientId, String key, String requestHash) {
        try {
            jdbc.update("INSERT INTO idempotency_record (client_id, idempotency_key, request_hash, created_at)"
                    + " VALUES (?,?,?,?)", clientId, key, requestHash, OffsetDateTime.now(clock));
            return Optional.empty();
        } catch (DuplicateKeyException alreadyThere) {
            // A claim older than any request can take was left by a hub that died mid-request
            // (no answer was given): drop it, or the key would answer "in progress" forever.
            jdbc.update("DELETE FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?"
                    + " AND status_code IS NULL AND created_at < ?",
                    clientId, key, OffsetDateTime.now(clock).minus(claimTimeout));
            List<Record> rows = jdbc.query("SELECT request_hash, status_code, location, response_body"
                    + " FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?",
                    (rs, n) -> new Record(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            cipher.decrypt(rs.getString(4), place(clientId, key))),
                    clientId, key);
            // The claim may have been released between insert and select: claim again.
            return rows.isEmpty() ? claim(clientId, key, requestHash) : Optional.of(rows.get(0));
        }
    }

    /** Stores the answer given to the claimed key. */
    public void remember(String clientId, String key, int statusCode, String location, String body) {
        jdbc.update("UPDATE idempotency_record SET status_code = ?, location = ?, response_body = ?"
                + " WHERE client_id = ? AND idempotency_key = ?", statusCode, location,
                cipher.encrypt(body, place(clientId, key)), clientId, key);
    }

    /**
     * Forgets answers older than the retention: a client retries within minutes, and a stored answer
     * may hold personal data (an inquiry's result).
     *
     * @return how many were deleted
     */
    public int purgeOlderThan(Duration retention) {
        return jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                OffsetDateTime.now(clock).minus(retention));
    }

    /** Forgets a key whatever it holds: its request was not submitted after all. */
    public void forget(String clientId, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?", clientId, key);
    }

    /** Drops a claim whose request failed. */
    public void release(String clientId, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE client_id = ? AND idempotency_key = ? AND status_code IS NULL",
                clientId, key);
    }

    /**
     * A remembered key.
     *
     * @param statusCode null while the first request is still in progress
     */
    public record Record(String requestHash, Integer statusCode, String location, String responseBody) {
        public boolean inProgress() {
            return statusCode == null;
        }
    }
}
