package id.go.tangerangkota.mpp.hub.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Who may call which operation, as the OpenAPI document declares it: the document is the one place
 * an operation's rule is written, next to its path, so a new operation cannot be published without
 * one. An operation is public when it says {@code security: []}; every other operation must list its
 * roles in {@code x-mpp-roles}, or the hub refuses to start. {@code x-mpp-own-agency: true} limits
 * AGENCY clients to the agency named in the path.
 */
public final class OperationRules {

    /** Base path of the API the document's paths are relative to. */
    public static final String BASE_PATH = "/api/v1";

    private final List<Operation> operations;

    private OperationRules(List<Operation> operations) {
        // Paths with fewer templated segments first, so /admin/audit/verify wins over /admin/audit/{x}.
        this.operations = operations.stream()
                .sorted(Comparator.comparingInt((Operation o) -> o.pathParameters().size()))
                .toList();
    }

    /**
     * One operation of the document.
     *
     * @param id             its operationId
     * @param method         HTTP method, upper case
     * @param template       its path template relative to {@link #BASE_PATH}, e.g. {@code /requests/{requestId}}
     * @param isPublic       callable without a key
     * @param roles          roles that may call it (empty when public)
     * @param ownAgencyOnly  AGENCY clients may call it for their own agency only
     */
    public record Operation(String id, String method, String template, Pattern pattern,
            List<String> pathParameters, boolean isPublic, Set<Role> roles, boolean ownAgencyOnly) {

        /** The value of each path parameter in a path this operation matched, by name. */
        public Optional<String> pathValue(String path, String parameter) {
            Matcher m = pattern.matcher(path);
            int index = pathParameters.indexOf(parameter);
            return m.matches() && index >= 0 ? Optional.of(m.group(index + 1)) : Optional.empty();
        }

        public boolean allows(Role role) {
            return roles.contains(role);
        }
    }

    /** Reads the rules from an OpenAPI document (YAML or JSON). */
    public static OperationRules read(InputStream document) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(document);
        boolean publicByDefault = root.path("security").isArray() && root.path("security").isEmpty();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                operations.add(operation(path.getKey(), method.getKey(), method.getValue(), publicByDefault));
            }
        }
        return new OperationRules(operations);
    }

    private static Operation operation(String template, String method, JsonNode op, boolean publicByDefault) {
        String id = op.path("operationId").asText(method + " " + template);
        JsonNode security = op.get("security");
        boolean isPublic = security == null ? publicByDefault : security.isArray() && security.isEmpty();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode role : op.path("x-mpp-roles")) {
            try {
                roles.add(Role.valueOf(role.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("OpenAPI operation " + id + ": x-mpp-roles names an unknown role '"
                        + role.asText() + "' (roles: " + List.of(Role.values()) + ")");
            }
        }
        if (!isPublic && roles.isEmpty()) {
            throw new IllegalStateException("OpenAPI operation " + id + " declares no x-mpp-roles: every operation"
                    + " that needs a key must say which roles may call it");
        }
        if (isPublic && !roles.isEmpty()) {
            throw new IllegalStateException("OpenAPI operation " + id + " is public (security: []) and also lists"
                    + " x-mpp-roles: say one or the other");
        }
        boolean ownAgency = op.path("x-mpp-own-agency").asBoolean(false);
        List<String> parameters = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            parameters.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        if (ownAgency && !parameters.contains("agency")) {
            throw new IllegalStateException("OpenAPI operation " + id + ": x-mpp-own-agency needs an {agency} in its path");
        }
        return new Operation(id, method.toUpperCase(Locale.ROOT), template, Pattern.compile(regex.toString()),
                List.copyOf(parameters), isPublic, Set.copyOf(roles), ownAgency);
    }

    /** The operation a call addresses; {@code path} is the servlet path, with {@link #BASE_PATH}. */
    public Optional<Operation> find(String method, String path) {
        if (!path.startsWith(BASE_PATH)) {
            return Optional.empty();
        }
        String relative = path.substring(BASE_PATH.length());
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.pattern().matcher(relative).matches())
                .findFirst();
    }

    /** The path relative to {@link #BASE_PATH}, as {@link Operation#pathValue} takes it. */
    public static String relative(String path) {
        return path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
    }

    /** Every operation, for the tests that walk them. */
    public List<Operation> all() {
        return operations;
    }
}
