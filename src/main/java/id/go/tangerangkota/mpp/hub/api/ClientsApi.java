package id.go.tangerangkota.mpp.hub.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.security.ApiClient;
import id.go.tangerangkota.mpp.hub.security.ApiClientRegistry;
import id.go.tangerangkota.mpp.hub.security.ApiClientStore;
import id.go.tangerangkota.mpp.hub.security.ApiKeys;
import id.go.tangerangkota.mpp.hub.security.Role;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin/clients}: the API clients, for admins. A new client's key, and a replaced one, is in
 * the answer once and never again: the hub keeps only its SHA-256. Clients seeded from configuration
 * are listed but changed only by the configuration; clients are disabled, never deleted.
 */
public class ClientsApi {

    private static final Logger LOG = LoggerFactory.getLogger(ClientsApi.class);
    private static final int MAX_RATE = 10_000;

    private final ApiClientStore store;
    private final ApiClientRegistry clients;
    private final ConnectorRegistry registry;
    private final ObjectMapper json;
    private final JsonInputLimits limits;

    public ClientsApi(ApiClientStore store, ApiClientRegistry clients, ConnectorRegistry registry, ObjectMapper json,
            JsonInputLimits limits) {
        this.store = store;
        this.clients = clients;
        this.registry = registry;
        this.json = json;
        this.limits = limits;
    }

    /** {@code GET /admin/clients}: configured clients first, then the stored ones. */
    public void list(Exchange exchange) {
        ObjectNode body = json.createObjectNode();
        ArrayNode items = body.putArray("clients");
        clients.configured().values().forEach(c -> {
            ObjectNode item = describe(c.client(), c.keySha256(), c.requestsPerSecond());
            item.put("source", "configuration").put("enabled", true);
            items.add(item);
        });
        for (ApiClientStore.StoredClient s : store.all()) {
            ObjectNode item = describe(s.client(), s.keySha256(), s.requestsPerSecond());
            item.put("source", "api").put("enabled", s.enabled())
                    .put("createdAt", s.createdAt().toString()).put("createdBy", s.createdBy())
                    .put("updatedAt", s.updatedAt().toString()).put("updatedBy", s.updatedBy());
            items.add(item);
        }
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code POST /admin/clients}: a new client and its key, shown this once. */
    public void create(Exchange exchange, @Header(HttpCall.CLIENT_ID_HEADER) String admin) {
        JsonNode body = object(exchange.getMessage().getBody(String.class));
        List<FieldError> errors = new ArrayList<>();
        Role role = null;
        String roleText = body.path("role").asText("");
        try {
            role = Role.valueOf(roleText);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("role", "must be one of " + List.of(Role.values())));
        }
        for (String field : body.properties().stream().map(Map.Entry::getKey).toList()) {
            if (!List.of("id", "role", "site", "agency", "requestsPerSecond").contains(field)) {
                // Named back only when it looks like a field name: the caller chose this text.
                errors.add(new FieldError(field.matches("[A-Za-z][A-Za-z0-9_]{0,39}") ? field : "(unnamed)",
                        "not a field of a client"));
            }
        }
        ApiClient client = new ApiClient(text(body, "id", errors), role, text(body, "site", errors),
                text(body, "agency", errors));
        ApiClientRegistry.problems(client).forEach((field, problem) -> {
            if (!field.equals("role")) {
                errors.add(new FieldError(field, problem));
            }
        });
        if (!client.agency().isEmpty() && (!ServiceCallApi.validSlug(client.agency())
                || registry.find(client.agency()).isEmpty())) {
            errors.add(new FieldError("agency", "not an agency of the catalogue"));
        }
        Integer rate = rate(body, errors);
        if (!errors.isEmpty()) {
            throw HubProblem.invalidFields(errors);
        }
        String key = ApiKeys.generate();
        if (clients.isConfigured(client.id()) || !store.create(client, ApiKeys.sha256(key), rate, admin)) {
            throw new HubProblem(ProblemType.CONFLICT, "A client with this id exists; ids are never reused",
                    List.of(new FieldError("id", "taken")), null, Map.of());
        }
        clients.refresh();
        LOG.info("API client {} ({}) created by {}", client.id(), client.role(), admin);
        ObjectNode answer = describe(client, ApiKeys.sha256(key), rate);
        answer.put("source", "api").put("enabled", true).put("apiKey", key);
        JsonAnswer.write(exchange, 201, answer.toString(), "/api/v1/admin/clients/" + client.id());
    }

    /** {@code POST /admin/clients/{clientId}/key}: a new key; the old one stops working at once. */
    public void replaceKey(Exchange exchange, @Header("clientId") String id, @Header(HttpCall.CLIENT_ID_HEADER) String admin) {
        stored(id);
        String key = ApiKeys.generate();
        store.replaceKey(id, ApiKeys.sha256(key), admin);
        clients.refresh();
        LOG.info("API client {} was given a new key by {}", id, admin);
        JsonAnswer.write(exchange, 200, json.createObjectNode().put("id", id).put("apiKey", key)
                .put("keyFingerprint", fingerprint(ApiKeys.sha256(key))).toString());
    }

    /** {@code POST /admin/clients/{clientId}/disable}: its key stops working at once. */
    public void disable(Exchange exchange, @Header("clientId") String id, @Header(HttpCall.CLIENT_ID_HEADER) String admin) {
        setEnabled(exchange, id, false, admin);
    }

    /** {@code POST /admin/clients/{clientId}/enable}. */
    public void enable(Exchange exchange, @Header("clientId") String id, @Header(HttpCall.CLIENT_ID_HEADER) String admin) {
        setEnabled(exchange, id, true, admin);
    }

    private void setEnabled(Exchange exchange, String id, boolean enabled, String admin) {
        stored(id);
        store.setEnabled(id, enabled, admin);
        clients.refresh();
        LOG.info("API client {} {} by {}", id, enabled ? "enabled" : "disabled", admin);
        JsonAnswer.write(exchange, 200, json.createObjectNode().put("id", id).put("enabled", enabled).toString());
    }

    private ApiClientStore.StoredClient stored(String id) {
        if (clients.isConfigured(id)) {
            throw new HubProblem(ProblemType.CONFLICT, "This client is defined in the configuration"
                    + " (mpp.security.clients); change it there", List.of(new FieldError("clientId",
                    "managed by configuration")), null, Map.of());
        }
        return (id == null || id.length() > 80 ? java.util.Optional.<ApiClientStore.StoredClient>empty() : store.find(id))
                .orElseThrow(() -> new HubProblem(ProblemType.NOT_FOUND, "No API client with this id"));
    }

    private ObjectNode describe(ApiClient c, String keySha256, Integer rate) {
        ObjectNode node = json.createObjectNode();
        node.put("id", c.id()).put("role", c.role().name());
        if (!c.site().isEmpty()) {
            node.put("site", c.site());
        }
        if (!c.agency().isEmpty()) {
            node.put("agency", c.agency());
        }
        if (rate != null) {
            node.put("requestsPerSecond", rate);
        }
        node.put("keyFingerprint", fingerprint(keySha256));
        return node;
    }

    /** The first digits of the key's hash: enough to tell keys apart, useless to guess one. */
    private static String fingerprint(String keySha256) {
        return keySha256.substring(0, 8);
    }

    /** The caller's JSON, read within the same limits as a service call's. */
    private JsonNode object(String body) {
        JsonNode tree = body == null || body.isBlank() ? null : limits.parse(body);
        if (tree == null || !tree.isObject()) {
            throw HubProblem.invalidField("body", "must be a JSON object");
        }
        return tree;
    }

    private static String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual() || value.asText().length() > 80) {
            errors.add(new FieldError(field, "must be a string of at most 80 characters"));
            return "";
        }
        String hostile = HostileText.whyRefused(value.asText());
        if (hostile != null) {
            errors.add(new FieldError(field, hostile));
            return "";
        }
        return value.asText();
    }

    private static Integer rate(JsonNode body, List<FieldError> errors) {
        JsonNode value = body.get("requestsPerSecond");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > MAX_RATE) {
            errors.add(new FieldError("requestsPerSecond", "must be a whole number from 1 to " + MAX_RATE));
            return null;
        }
        return value.asInt();
    }
}
