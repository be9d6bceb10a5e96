package id.go.tangerangkota.mpp.hub.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

/**
 * The API's operations, from its OpenAPI document: which operation a method and path call, and the
 * path's template. The audit records the template ({@code /api/v1/citizens/{nik}/access-log}),
 * never the path as sent, so no NIK or other value a path carries is kept.
 */
public class ApiOperations {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final List<Operation> operations;

    public ApiOperations(Resource document) {
        List<Operation> found = new ArrayList<>();
        try (InputStream in = document.getInputStream()) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            String base = root.path("servers").path(0).path("url").asText("");
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (String method : METHODS) {
                    JsonNode operation = path.getValue().get(method);
                    if (operation != null) {
                        found.add(Operation.of(method.toUpperCase(Locale.ROOT), "/api" + stripApi(base) + path.getKey(),
                                operation.path("operationId").asText(null)));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document cannot be read: " + document, e);
        }
        // A literal segment wins over a variable (/requests/search before /requests/{requestId}).
        found.sort(Comparator.comparingInt(Operation::variables));
        this.operations = List.copyOf(found);
    }

    private static String stripApi(String base) {
        return base.startsWith("/api") ? base.substring(4) : base;
    }

    /** The operation a call is for, if the document has it. */
    public Optional<Match> match(String method, String path) {
        for (Operation op : operations) {
            if (op.method.equals(method)) {
                Matcher m = op.pattern.matcher(path);
                if (m.matches()) {
                    return Optional.of(new Match(op.id, op.template, group(m, op, "agency"), group(m, op, "service")));
                }
            }
        }
        return Optional.empty();
    }

    private static String group(Matcher m, Operation op, String name) {
        int index = op.names.indexOf(name);
        return index < 0 ? null : m.group(index + 1);
    }

    /** The operation id, the path template, and the agency and service the path names (if it names them). */
    public record Match(String operationId, String template, String agency, String service) {
    }

    private record Operation(String method, String template, String id, Pattern pattern, List<String> names) {

        static Operation of(String method, String template, String id) {
            List<String> names = new ArrayList<>();
            StringBuilder regex = new StringBuilder();
            Matcher m = VARIABLE.matcher(template);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(at, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                at = m.end();
            }
            regex.append(Pattern.quote(template.substring(at)));
            return new Operation(method, template, id, Pattern.compile(regex.toString()), names);
        }

        int variables() {
            return names.size();
        }
    }
}
