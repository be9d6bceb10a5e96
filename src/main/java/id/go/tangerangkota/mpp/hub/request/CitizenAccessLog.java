package id.go.tangerangkota.mpp.hub.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of every access to a citizen's data (table {@code citizen_access}): who (client, site,
 * role), when, at which agency and service, for which request and why. Writes join the caller's
 * transaction, so an access recorded with a stored request commits or rolls back with it. There is
 * no update or delete: the application never changes the record.
 */
public class CitizenAccessLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CitizenAccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Exchange property holding an inquiry's access, recorded by {@link #recordPending} when the
     * agency's guard lets the call go out: a call the hub refuses at once (circuit open, bulkhead
     * full) looks at nothing, and recording it would put a database write on the hub's fastest path.
     */
    public static final String PENDING = "mppPendingCitizenAccess";

    /** The step after the agency's guard: records the pending access of this call, once. */
    public void recordPending(org.apache.camel.Exchange exchange) {
        Access pending = exchange.getProperty(PENDING, Access.class);
        if (pending != null) {
            record(pending);
            exchange.removeProperty(PENDING);
        }
    }

    /** Appends one access, stamped now. */
    public void record(Access access) {
        jdbc.update("INSERT INTO citizen_access (nik_hash, at, client_id, site, role, agency, service, request_id,"
                + " purpose) VALUES (?,?,?,?,?,?,?,?,?)", access.nikHash(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), orUnknown(access.clientId()),
                access.site() == null ? "" : access.site(), orUnknown(access.role()), access.agency(),
                access.service(), access.requestId(), truncate(access.purpose(), 300));
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
}
