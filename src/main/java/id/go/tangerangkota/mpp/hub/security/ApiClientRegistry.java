package id.go.tangerangkota.mpp.hub.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finds the client a presented API key belongs to: the clients seeded from configuration
 * ({@code mpp.security.clients}) and the enabled clients created through the admin API. Keys are
 * looked up by their SHA-256 in memory, so the check costs no database call; the stored clients are
 * read again after every change made here and every {@code mpp.security.client-refresh} (another
 * instance of the hub may have changed them).
 */
public class ApiClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClientRegistry.class);
    private static final Pattern KEY_SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,78}[a-z0-9]");

    /** Clients from configuration, by id, in configuration order. */
    private final Map<String, ConfiguredClient> configured = new LinkedHashMap<>();
    private final ApiClientStore store;
    private volatile Map<String, Entry> byKeyHash = Map.of();

    /** A configured client with its key hash and optional own rate limit. */
    public record ConfiguredClient(ApiClient client, String keySha256, Integer requestsPerSecond) {
    }

    /** What a key opens: the client and its own rate limit, if it has one. */
    public record Entry(ApiClient client, Integer requestsPerSecond) {
    }

    public ApiClientRegistry(ApiClientProperties properties, ApiClientStore store) {
        this.store = store;
        for (ApiClientProperties.Client c : properties.getClients()) {
            ApiClient client = new ApiClient(c.getId(), c.getRole(), c.getSite(), c.getAgency());
            Map<String, String> problems = problems(client);
            if (c.getKeySha256() == null || !KEY_SHA256.matcher(c.getKeySha256()).matches()) {
                problems.put("key-sha256", "must be 64 lower-case hex digits");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("mpp.security.clients: client '" + c.getId() + "': "
                        + problems.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
            }
            if (configured.put(c.getId(), new ConfiguredClient(client, c.getKeySha256(), c.getRequestsPerSecond())) != null) {
                throw new IllegalStateException("mpp.security.clients: client id '" + c.getId() + "' appears twice");
            }
        }
        refresh();
    }

    /**
     * What is wrong with a client's identity, by field: an id, a role, a site for counters (their
     * rights and requests are per site) and an agency for agency teams.
     */
    public static Map<String, String> problems(ApiClient c) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.id() == null || !ID.matcher(c.id()).matches()) {
            problems.put("id", "must be 3 to 80 lower-case letters, digits and dashes");
        }
        if (c.role() == null) {
            problems.put("role", "must be one of " + List.of(Role.values()));
            return problems;
        }
        if (c.role() == Role.COUNTER && c.site().isEmpty()) {
            problems.put("site", "is required for a COUNTER client");
        } else if (c.role() != Role.COUNTER && !c.site().isEmpty()) {
            problems.put("site", "is only for COUNTER clients");
        }
        if (c.role() == Role.AGENCY && c.agency().isEmpty()) {
            problems.put("agency", "is required for an AGENCY client");
        } else if (c.role() != Role.AGENCY && !c.agency().isEmpty()) {
            problems.put("agency", "is only for AGENCY clients");
        }
        return problems;
    }

    /** The client holding this key and its own rate limit, if any and enabled. */
    public Optional<Entry> entry(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > 256) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKeyHash.get(ApiKeys.sha256(presentedKey)));
    }

    /** The clients from configuration, which only the configuration changes. */
    public Map<String, ConfiguredClient> configured() {
        return configured;
    }

    public boolean isConfigured(String id) {
        return configured.containsKey(id);
    }

    /** Reads the stored clients again on a schedule, for changes made by another instance of the hub. */
    @Scheduled(fixedDelayString = "${mpp.security.client-refresh:PT30S}",
            initialDelayString = "${mpp.security.client-refresh:PT30S}")
    public void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The keys known so far keep working while the database is away.
            LOG.warn("API clients could not be read again; the ones known stay in force: {}", e.toString());
        }
    }

    /** Reads the stored clients again; called after every change made through the admin API. */
    public void refresh() {
        Map<String, Entry> keys = new HashMap<>();
        configured.values().forEach(c -> keys.put(c.keySha256(), new Entry(c.client(), c.requestsPerSecond())));
        for (ApiClientStore.StoredClient s : store.all()) {
            if (s.enabled() && !configured.containsKey(s.client().id())) {
                keys.putIfAbsent(s.keySha256(), new Entry(s.client(), s.requestsPerSecond()));
            } else if (s.enabled()) {
                LOG.warn("Stored API client {} is ignored: the configuration defines a client with that id",
                        s.client().id());
            }
        }
        byKeyHash = Map.copyOf(keys);
    }
}
