package id.go.tangerangkota.mpp.hub.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The API clients created through the admin API ({@code api_client}). Clients are disabled, never
 * deleted: the audit trail names clients by id, and an id is never given to another client.
 */
public class ApiClientStore {

    private static final String COLUMNS = "id, role, site, agency, key_sha256, requests_per_second, enabled,"
            + " created_at, created_by, updated_at, updated_by";
    private static final RowMapper<StoredClient> ROW = (rs, n) -> new StoredClient(
            new ApiClient(rs.getString("id"), Role.valueOf(rs.getString("role")), rs.getString("site"),
                    rs.getString("agency")),
            rs.getString("key_sha256"), (Integer) rs.getObject("requests_per_second"), rs.getBoolean("enabled"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
            rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ApiClientStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A client as stored, with who created and last changed it. */
    public record StoredClient(ApiClient client, String keySha256, Integer requestsPerSecond, boolean enabled,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
    }

    public List<StoredClient> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_client ORDER BY id", ROW);
    }

    public Optional<StoredClient> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_client WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** Stores a new, enabled client; false when the id is taken. */
    public boolean create(ApiClient client, String keySha256, Integer requestsPerSecond, String by) {
        if (find(client.id()).isPresent()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update("INSERT INTO api_client (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                client.id(), client.role().name(), client.site(), client.agency(), keySha256, requestsPerSecond,
                true, now, by, now, by);
        return true;
    }

    /** Replaces a client's key: the old one stops working at the next refresh of the registry. */
    public boolean replaceKey(String id, String keySha256, String by) {
        return jdbc.update("UPDATE api_client SET key_sha256 = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                keySha256, OffsetDateTime.now(clock), by, id) == 1;
    }

    public boolean setEnabled(String id, boolean enabled, String by) {
        return jdbc.update("UPDATE api_client SET enabled = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                enabled, OffsetDateTime.now(clock), by, id) == 1;
    }
}
