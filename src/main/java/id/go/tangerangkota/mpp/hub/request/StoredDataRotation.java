package id.go.tangerangkota.mpp.hub.request;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.go.tangerangkota.mpp.hub.security.DataCipher;
import id.go.tangerangkota.mpp.hub.security.DataKeyMissing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewrites every stored personal-data value that is not under the current data key (an older key,
 * or written in the clear before encryption) under the current key, so an old key can be retired.
 * Walks each table once in batches by primary key; each value is replaced only if it is still the
 * value read (a delivery storing a result meanwhile has written under the current key already), so
 * the job can run while the hub serves and can be run again: values already current are skipped.
 * A value whose key is gone is counted and left as it is.
 */
public class StoredDataRotation {

    private static final Logger LOG = LoggerFactory.getLogger(StoredDataRotation.class);

    private final JdbcTemplate jdbc;
    private final DataCipher cipher;
    private final int batchSize;

    public StoredDataRotation(JdbcTemplate jdbc, DataCipher cipher, int batchSize) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    /** Runs the job over every table holding encrypted personal data. */
    public synchronized Report rotate() {
        String current = cipher.currentKeyId();
        Set<String> missingKeys = new TreeSet<>();
        Counts requests = rotateRequests(current, missingKeys);
        Counts answers = rotateIdempotency(current, missingKeys);
        Report report = new Report(current, requests, answers, List.copyOf(missingKeys), remaining(current));
        LOG.info("Data key rotation to {}: {} request values and {} stored answers rewritten; {} values not yet"
                + " under the current key (missing keys: {})", current, requests.rewritten(), answers.rewritten(),
                report.remaining(), missingKeys);
        return report;
    }

    private Counts rotateRequests(String current, Set<String> missingKeys) {
        Counts counts = new Counts();
        String after = "";
        while (true) {
            List<String[]> rows = jdbc.query("SELECT id, payload, result FROM service_request WHERE id > ? AND ("
                    + notCurrent("payload") + " OR " + notCurrent("result") + ") ORDER BY id LIMIT ?",
                    (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                    after, like(current), like(current), batchSize);
            for (String[] row : rows) {
                for (int c = 1; c <= 2; c++) {
                    String column = c == 1 ? "payload" : "result";
                    String old = row[c];
                    rewrite(old, RequestStore.place(row[0], column), counts, missingKeys, value -> jdbc.update(
                            "UPDATE service_request SET " + column + " = ? WHERE id = ? AND " + column + " = ?",
                            value, row[0], old));
                }
                after = row[0];
            }
            if (rows.size() < batchSize) {
                return counts;
            }
        }
    }

    private Counts rotateIdempotency(String current, Set<String> missingKeys) {
        Counts counts = new Counts();
        String afterClient = "";
        String afterKey = "";
        while (true) {
            List<String[]> rows = jdbc.query("SELECT client_id, idempotency_key, response_body FROM idempotency_record"
                    + " WHERE (client_id > ? OR (client_id = ? AND idempotency_key > ?)) AND "
                    + notCurrent("response_body") + " ORDER BY client_id, idempotency_key LIMIT ?",
                    (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                    afterClient, afterClient, afterKey, like(current), batchSize);
            for (String[] row : rows) {
                rewrite(row[2], IdempotencyStore.place(row[0], row[1]), counts, missingKeys, value -> jdbc.update(
                        "UPDATE idempotency_record SET response_body = ? WHERE client_id = ? AND idempotency_key = ?"
                                + " AND response_body = ?", value, row[0], row[1], row[2]));
                afterClient = row[0];
                afterKey = row[1];
            }
            if (rows.size() < batchSize) {
                return counts;
            }
        }
    }

    private void rewrite(String stored, String place, Counts counts, Set<String> missingKeys, Writer writer) {
        if (!cipher.needsRewrite(stored)) {
            return;
        }
        String rewritten;
        try {
            rewritten = cipher.encrypt(cipher.decrypt(stored, place), place);
        } catch (DataKeyMissing gone) {
            missingKeys.add(gone.keyId());
            counts.unreadable++;
            return;
        } catch (DataCipher.TamperedData tampered) {
            LOG.error("Not rotated: {}", tampered.getMessage());
            counts.unreadable++;
            return;
        }
        if (writer.write(rewritten) == 1) {
            counts.rewritten++;
        }
    }

    /** How many stored values are still not under the current key (0: the old keys can go). */
    private long remaining(String current) {
        Long requests = jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN " + notCurrent("payload")
                + " THEN 1 ELSE 0 END + CASE WHEN " + notCurrent("result") + " THEN 1 ELSE 0 END), 0)"
                + " FROM service_request", Long.class, like(current), like(current));
        Long answers = jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE "
                + notCurrent("response_body"), Long.class, like(current));
        return (requests == null ? 0 : requests) + (answers == null ? 0 : answers);
    }

    private static String notCurrent(String column) {
        return "(" + column + " IS NOT NULL AND " + column + " NOT LIKE ?)";
    }

    /** Key ids are lowercase letters and digits only: nothing to escape in the pattern. */
    private static String like(String keyId) {
        return DataCipher.PREFIX + keyId + ":%";
    }

    @FunctionalInterface
    private interface Writer {
        int write(String value);
    }

    /** Per table: values rewritten under the current key, and values that could not be read. */
    public static final class Counts {
        private long rewritten;
        private long unreadable;

        public long rewritten() {
            return rewritten;
        }

        public long unreadable() {
            return unreadable;
        }
    }

    /**
     * What one run did.
     *
     * @param missingKeys key ids of values that could not be read: configure them again to rotate those
     * @param remaining   values still not under the current key after the run
     */
    public record Report(String currentKey, Counts serviceRequests, Counts idempotencyRecords,
            List<String> missingKeys, long remaining) {
    }
}
