package id.go.tangerangkota.mpp.hub.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import id.go.tangerangkota.mpp.hub.security.DataCipher;
import id.go.tangerangkota.mpp.hub.tracing.NikMasking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores tracked requests and their history. Every change of state is one transaction that updates
 * the row only if it is still in the expected state and appends a history row, so the history is
 * complete and two deliveries cannot both move the same request.
 *
 * <p>The request's payload and result hold the citizen's data: they are stored encrypted
 * ({@link DataCipher}, bound to their row and column) and decrypted on reading. Creating a request
 * records the citizen's access in the same transaction ({@link CitizenAccessLog}), so no request is
 * stored without the record of who made it and why.
 */
public class RequestStore {

    private static final String COLUMNS = "id, tracking_code, agency, service, mode, status, nik_hash, nik_masked,"
            + " client_id, site, payload, result, agency_reference, reason, attempts, sla_due_at, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DataCipher cipher;
    private final CitizenAccessLog accessLog;
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();
    private final RowMapper<ServiceRequest> mapper = (rs, n) -> map(rs, true);
    /** For lists and status look-ups: leaves payload and result unread (null), so nothing is decrypted. */
    private final RowMapper<ServiceRequest> summaryMapper = (rs, n) -> map(rs, false);

    public RequestStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, DataCipher cipher,
            CitizenAccessLog accessLog) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.cipher = cipher;
        this.accessLog = accessLog;
    }

    /**
     * Where an encrypted column value belongs, bound into its ciphertext: a value copied to another
     * request or column does not decrypt there.
     */
    public static String place(String id, String column) {
        return "service_request/" + id + "/" + column;
    }

    /** Adds a listener told of every committed status change. */
    public void addListener(StatusListener listener) {
        listeners.add(listener);
    }

    /**
     * Stores a new request in state RECEIVED, with its first history row and, in the same
     * transaction, the record of the citizen's access.
     */
    public ServiceRequest create(NewRequest r) {
        OffsetDateTime now = now();
        tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO service_request (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    r.id(), r.trackingCode(), r.agency(), r.service(), r.mode(), RequestStatus.RECEIVED.name(),
                    r.nikHash(), r.nikMasked(), r.clientId(), r.site(), cipher.encrypt(r.payload(), place(r.id(), "payload")),
                    null, null, null, 0, r.slaDueAt(), now, now);
            appendHistory(r.id(), RequestStatus.RECEIVED, now, "Received from " + r.clientId());
            accessLog.record(new CitizenAccessLog.Access(r.nikHash(), r.clientId(), r.site(), r.role(), r.agency(),
                    r.service(), r.id(), r.purpose()));
            afterCommit(r.id(), RequestStatus.RECEIVED);
        });
        return find(r.id()).orElseThrow();
    }

    /**
     * Moves a request from one state to another.
     *
     * @return false when the request was not in state {@code from} (someone else moved it first)
     * @throws IllegalStateException when the move itself is not allowed
     */
    public boolean transition(String id, RequestStatus from, RequestStatus to, String note) {
        return transition(id, from, to, note, null, null, null);
    }

    /** A move that also records the agency's reference, result or reason. */
    public boolean transition(String id, RequestStatus from, RequestStatus to, String note,
            String agencyReference, String result, String reason) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("A request cannot move from " + from + " to " + to);
        }
        OffsetDateTime now = now();
        Boolean moved = tx.execute(status -> {
            int rows = jdbc.update("UPDATE service_request SET status = ?, updated_at = ?,"
                    + " agency_reference = COALESCE(?, agency_reference), result = COALESCE(?, result),"
                    + " reason = COALESCE(?, reason),"
                    + " attempts = attempts + CASE WHEN ? = 'DISPATCHED' THEN 1 ELSE 0 END"
                    + " WHERE id = ? AND status = ?",
                    to.name(), now, truncate(agencyReference, 120), cipher.encrypt(result, place(id, "result")),
                    truncate(NikMasking.mask(reason), 1000), to.name(), id, from.name());
            if (rows == 0) {
                return false;
            }
            appendHistory(id, to, now, note);
            afterCommit(id, to);
            return true;
        });
        return Boolean.TRUE.equals(moved);
    }

    /**
     * Records progress within a state (a payment step done) with a history row, and the progress
     * document as the request's result.
     *
     * @return false when the request is no longer in {@code status}
     */
    public boolean record(String id, RequestStatus status, String note, String result) {
        OffsetDateTime now = now();
        Boolean recorded = tx.execute(t -> {
            int rows = jdbc.update("UPDATE service_request SET updated_at = ?, result = COALESCE(?, result)"
                    + " WHERE id = ? AND status = ?", now, cipher.encrypt(result, place(id, "result")), id,
                    status.name());
            if (rows == 0) {
                return false;
            }
            appendHistory(id, status, now, note);
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    /**
     * Moves every QUEUED application of an agency to HELD, each with a history row.
     *
     * @return how many were moved
     */
    public int holdQueued(String agency, String note) {
        List<String> ids = jdbc.queryForList("SELECT id FROM service_request WHERE agency = ? AND status = 'QUEUED'"
                + " AND mode = 'application'", String.class, agency);
        int held = 0;
        for (String id : ids) {
            if (transition(id, RequestStatus.QUEUED, RequestStatus.HELD, note)) {
                held++;
            }
        }
        return held;
    }

    /** Counts one more delivery attempt of a DISPATCHED request, with a history row. */
    public boolean attempt(String id, String note) {
        OffsetDateTime now = now();
        Boolean counted = tx.execute(t -> {
            int rows = jdbc.update("UPDATE service_request SET attempts = attempts + 1, updated_at = ?"
                    + " WHERE id = ? AND status = 'DISPATCHED'", now, id);
            if (rows == 0) {
                return false;
            }
            appendHistory(id, RequestStatus.DISPATCHED, now, note);
            return true;
        });
        return Boolean.TRUE.equals(counted);
    }

    /**
     * Tells the listeners once the surrounding transaction commits (the caller's, when this runs
     * inside a larger one), so nobody hears of a change that rolled back.
     */
    private void afterCommit(String id, RequestStatus status) {
        if (listeners.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                listeners.forEach(l -> l.statusChanged(id, status));
            }
        });
    }

    /** Requests of one mode in a state, not changed since {@code before}, oldest first. */
    public List<ServiceRequest> stale(String mode, RequestStatus status, OffsetDateTime before, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM service_request WHERE mode = ? AND status = ?"
                + " AND updated_at < ? ORDER BY updated_at LIMIT ?", mapper, mode, status.name(), before, limit);
    }

    private void appendHistory(String id, RequestStatus status, OffsetDateTime at, String note) {
        Integer next = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM request_history WHERE request_id = ?", Integer.class, id);
        jdbc.update("INSERT INTO request_history (request_id, seq, status, at, note) VALUES (?,?,?,?,?)",
                id, next, status.name(), at, truncate(NikMasking.mask(note), 1000));
    }

    public Optional<ServiceRequest> find(String id) {
        List<ServiceRequest> rows = jdbc.query("SELECT " + COLUMNS + " FROM service_request WHERE id = ?", mapper, id);
        return rows.stream().findFirst();
    }

    /** The request a citizen's receipt names, without its payload and result (null). */
    public Optional<ServiceRequest> findByTrackingCode(String trackingCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM service_request WHERE tracking_code = ?", summaryMapper,
                trackingCode)
                .stream().findFirst();
    }

    public List<HistoryEntry> history(String id) {
        return jdbc.query("SELECT seq, status, at, note FROM request_history WHERE request_id = ? ORDER BY seq",
                (rs, n) -> new HistoryEntry(rs.getInt("seq"), RequestStatus.valueOf(rs.getString("status")),
                        rs.getObject("at", OffsetDateTime.class), rs.getString("note")),
                id);
    }

    /**
     * Finds requests, newest first, without their payload and result (null).
     *
     * @param query filters; null fields are not filtered on
     */
    public Page search(RequestQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.nikHash() != null) {
            where.append(" AND nik_hash = ?");
            args.add(query.nikHash());
        }
        if (query.agency() != null) {
            where.append(" AND agency = ?");
            args.add(query.agency());
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.site() != null) {
            where.append(" AND site = ?");
            args.add(query.site());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM service_request" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<ServiceRequest> items = jdbc.query("SELECT " + COLUMNS + " FROM service_request" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", summaryMapper, pageArgs.toArray());
        return new Page(items, query.page(), query.size(), total == null ? 0 : total);
    }

    /**
     * Per agency, its requests still under way: how many wait HELD, since when the oldest waiting
     * one (QUEUED or HELD) was accepted, and how many are past their SLA due time. One grouped
     * query for every agency, for the monitoring sampler.
     */
    public Map<String, OpenFigures> openFigures() {
        Map<String, OpenFigures> figures = new HashMap<>();
        jdbc.query("SELECT agency,"
                + " SUM(CASE WHEN status = 'HELD' THEN 1 ELSE 0 END) AS held,"
                + " MIN(CASE WHEN status IN ('QUEUED', 'HELD') THEN created_at END) AS oldest_waiting,"
                + " SUM(CASE WHEN sla_due_at < ? THEN 1 ELSE 0 END) AS overdue"
                + " FROM service_request WHERE status IN ('RECEIVED', 'QUEUED', 'HELD', 'DISPATCHED')"
                + " GROUP BY agency", rs -> {
                    figures.put(rs.getString("agency"), new OpenFigures(rs.getLong("held"),
                            rs.getObject("oldest_waiting", OffsetDateTime.class), rs.getLong("overdue")));
                }, now());
        return figures;
    }

    /**
     * @param held          requests waiting HELD
     * @param oldestWaiting when the oldest QUEUED or HELD request was accepted; null when none waits
     * @param overdue       open requests past their SLA due time
     */
    public record OpenFigures(long held, OffsetDateTime oldestWaiting, long overdue) {
        public static final OpenFigures NONE = new OpenFigures(0, null, 0);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * What a new request is stored with.
     *
     * @param role    the caller's role, recorded with the access
     * @param purpose why the citizen's data is used, recorded with the access
     */
    public record NewRequest(String id, String trackingCode, String agency, String service, String mode,
            String nikHash, String nikMasked, String clientId, String site, String payload,
            OffsetDateTime slaDueAt, String role, String purpose) {
    }

    /** Search filters and paging. */
    public record RequestQuery(String nikHash, String agency, RequestStatus status, String site, int page, int size) {
    }

    /** One page of a search. */
    public record Page(List<ServiceRequest> items, int page, int size, long total) {
    }

    private ServiceRequest map(ResultSet rs, boolean withData) throws SQLException {
        String id = rs.getString("id");
        return new ServiceRequest(rs.getString("id"), rs.getString("tracking_code"), rs.getString("agency"),
                rs.getString("service"), rs.getString("mode"), RequestStatus.valueOf(rs.getString("status")),
                rs.getString("nik_hash"), rs.getString("nik_masked"), rs.getString("client_id"), rs.getString("site"),
                withData ? cipher.decrypt(rs.getString("payload"), place(id, "payload")) : null,
                withData ? cipher.decrypt(rs.getString("result"), place(id, "result")) : null,
                rs.getString("agency_reference"),
                rs.getString("reason"), rs.getInt("attempts"), rs.getObject("sla_due_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
