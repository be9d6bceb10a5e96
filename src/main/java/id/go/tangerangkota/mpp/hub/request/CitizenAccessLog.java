package id.go.tangerangkota.mpp.hub.request;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import id.go.tangerangkota.mpp.hub.store.GroupCommitWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every access to a citizen's data (table {@code citizen_access}): who (client, site,
 * role), when, at which agency and service, for which request and why. {@link #record} joins the
 * caller's transaction, so an access recorded with a stored request commits or rolls back with it;
 * an inquiry's access ({@link #recordPending}) is committed in a group with other inquiries'. There
 * is no update or delete: the application never changes the record.
 */
public class CitizenAccessLog implements AutoCloseable {

    private static final String INSERT = "INSERT INTO citizen_access (nik_hash, at, client_id, site, role, agency,"
            + " service, request_id, purpose) VALUES (?,?,?,?,?,?,?,?,?)";
    private static final int BATCH_SIZE = 256;
    private static final int QUEUE_CAPACITY = 10_000;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final GroupCommitWriter<StampedAccess, Void> inquiries;

    public CitizenAccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        TransactionTemplate ownTransaction = new TransactionTemplate(
                new JdbcTransactionManager(Objects.requireNonNull(jdbc.getDataSource(), "dataSource")));
        // A write that fails keeps the database's own exception; a full queue, a stopped writer or a
        // wait too long is a transient outage: either way the counter gets the storage problem (503)
        // and the agency is not asked.
        this.inquiries = new GroupCommitWriter<>("citizen access", batch -> {
            ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, batch, batch.size(),
                    (statement, stamped) -> bind(statement, stamped.access(), stamped.at())));
            return Collections.nCopies(batch.size(), null);
        }, BATCH_SIZE, QUEUE_CAPACITY, WAIT, (message, cause) -> cause instanceof DataAccessException own ? own
                : new TransientDataAccessResourceException(message, cause), failures -> { });
    }

    /**
     * Exchange property holding an inquiry's access, recorded by {@link #recordPending} when the
     * agency's guard lets the call go out: a call the hub refuses at once (circuit open, bulkhead
     * full) looks at nothing, and recording it would put a database write on the hub's fastest path.
     */
    public static final String PENDING = "mppPendingCitizenAccess";

    /**
     * The step after the agency's guard: records the pending access of this call, once, and returns
     * when it is durable. It belongs to no stored request, so it is committed with other inquiries'
     * accesses in one group ({@link GroupCommitWriter}) rather than in a transaction of its own.
     */
    public void recordPending(org.apache.camel.Exchange exchange) {
        Access pending = exchange.getProperty(PENDING, Access.class);
        if (pending != null) {
            inquiries.submitAndWait(new StampedAccess(pending, now()));
            exchange.removeProperty(PENDING);
        }
    }

    /** Appends one access, stamped now, in the caller's transaction if there is one. */
    public void record(Access access) {
        OffsetDateTime at = now();
        jdbc.update(INSERT, statement -> bind(statement, access, at));
    }

    /** Stops the inquiries' writer after writing what it holds. */
    @Override
    public void close() throws InterruptedException {
        inquiries.close();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement statement, Access access, OffsetDateTime at) throws SQLException {
        statement.setString(1, access.nikHash());
        statement.setObject(2, at);
        statement.setString(3, orUnknown(access.clientId()));
        statement.setString(4, access.site() == null ? "" : access.site());
        statement.setString(5, orUnknown(access.role()));
        statement.setString(6, access.agency());
        statement.setString(7, access.service());
        statement.setString(8, access.requestId());
        statement.setString(9, truncate(access.purpose(), 300));
    }

    /** One page of a citizen's accesses, newest first. */
    public Page page(String nikHash, int page, int size) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM citizen_access WHERE nik_hash = ?", Long.class,
                nikHash);
        List<Entry> items = jdbc.query("SELECT at, client_id, site, role, agency, service, request_id, purpose"
                + " FROM citizen_access WHERE nik_hash = ? ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("client_id"),
                        rs.getString("site"), rs.getString("role"), rs.getString("agency"), rs.getString("service"),
                        rs.getString("request_id"), rs.getString("purpose")),
                nikHash, size, (long) page * size);
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "unknown" : text;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * An access to record.
     *
     * @param agency    null when the access is not about one agency (reading the access log itself)
     * @param requestId the stored request or the call it was part of; null when neither
     * @param purpose   the caller's stated purpose, or what the hub knows the access was for
     */
    public record Access(String nikHash, String clientId, String site, String role, String agency, String service,
            String requestId, String purpose) {
    }

    /** One recorded access. */
    public record Entry(OffsetDateTime at, String clientId, String site, String role, String agency, String service,
            String requestId, String purpose) {
    }

    /** One page of a citizen's accesses. */
    public record Page(List<Entry> items, int page, int size, long total) {
    }

    /** An inquiry's access with the moment it was recorded, waiting for its group commit. */
    private record StampedAccess(Access access, OffsetDateTime at) {
    }
}
