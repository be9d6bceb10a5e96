package id.go.tangerangkota.mpp.hub.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code audit_entry} table. It can append and read, nothing else: there is deliberately no
 * method that updates or deletes an entry.
 */
public class AuditStore {

    private static final String COLUMNS = "seq, at, kind, client_id, site, role, operation, method, path, agency,"
            + " service, request_id, trace_id, status, outcome, request_digest, response_digest, prev_hash, hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public AuditStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The last entry of the chain, if there is one. */
    public Optional<AuditEntry> last() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1", AuditStore::entry)
                .stream().findFirst();
    }

    /** Appends the entries, in order, in one transaction: all of them or none. */
    public void append(List<AuditEntry> entries) {
        transaction.executeWithoutResult(status -> jdbc.batchUpdate(
                "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries, entries.size(), AuditStore::bind));
    }

    /** Up to {@code limit} entries from {@code fromSeq} on, in seq order. */
    public List<AuditEntry> page(long fromSeq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT ?",
                AuditStore::entry, fromSeq, limit);
    }

    private static void bind(PreparedStatement s, AuditEntry e) throws SQLException {
        AuditRecord r = e.record();
        s.setLong(1, e.seq());
        s.setTimestamp(2, Timestamp.from(r.at()));
        s.setString(3, r.kind().name());
        s.setString(4, r.clientId());
        s.setString(5, r.site());
        s.setString(6, r.role());
        s.setString(7, r.operation());
        s.setString(8, r.method());
        s.setString(9, r.path());
        s.setString(10, r.agency());
        s.setString(11, r.service());
        s.setString(12, r.requestId());
        s.setString(13, r.traceId());
        if (r.status() == null) {
            s.setNull(14, Types.INTEGER);
        } else {
            s.setInt(14, r.status());
        }
        s.setString(15, r.outcome());
        s.setString(16, r.requestDigest());
        s.setString(17, r.responseDigest());
        s.setString(18, e.prevHash());
        s.setString(19, e.hash());
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        // Read at once: wasNull() speaks of the last column read.
        int value = rs.getInt("status");
        Integer status = rs.wasNull() ? null : value;
        AuditRecord record = new AuditRecord(rs.getObject("at", OffsetDateTime.class).toInstant(),
                AuditKind.valueOf(rs.getString("kind")), rs.getString("client_id"), rs.getString("site"),
                rs.getString("role"), rs.getString("operation"), rs.getString("method"), rs.getString("path"),
                rs.getString("agency"), rs.getString("service"), rs.getString("request_id"), rs.getString("trace_id"),
                status, rs.getString("outcome"), rs.getString("request_digest"),
                rs.getString("response_digest"));
        return new AuditEntry(rs.getLong("seq"), record, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
