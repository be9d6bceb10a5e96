package id.go.tangerangkota.mpp.hub.connector;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import id.go.tangerangkota.mpp.hub.api.FieldError;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads one connector folder and decides its state. Every problem found is reported with the file,
 * the field and what is wrong, and makes only this connector INVALID; loading never throws for a
 * bad descriptor, so one agency's mistake cannot stop the hub.
 */
public final class ConnectorLoader {

    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([a-z0-9][a-z0-9.-]*)}$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JsonSchema descriptorSchema;
    private final Environment environment;
    private final ResourceLoader resources;
    private final ConnectorLocations locations;

    public ConnectorLoader(Environment environment, ResourceLoader resources, ConnectorLocations locations) {
        this.environment = environment;
        this.resources = resources;
        this.locations = locations;
        this.descriptorSchema = JsonSchemas.compile(readYamlOrJson(resources.getResource(locations.schema())));
    }

    /**
     * Loads the connector in folder {@code slug}.
     */
    public Connector load(String slug) {
        String source = locations.connectorsDisplay() + "/" + slug + "/connector.yaml";
        JsonNode tree;
        try {
            tree = readYamlOrJson(resources.getResource(locations.descriptor(slug)));
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            return Connector.invalid(slug, source, null, List.of(source + ": " + unreadable.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (FieldError e : JsonSchemas.validate(descriptorSchema, tree, "")) {
            problems.add(source + ": " + (e.field().isEmpty() ? "(top level)" : e.field()) + ": " + e.message());
        }
        ConnectorDescriptor descriptor = null;
        if (problems.isEmpty()) {
            try {
                descriptor = YAML.treeToValue(tree, ConnectorDescriptor.class);
            } catch (JsonProcessingException e) {
                problems.add(source + ": " + e.getOriginalMessage());
            }
        }
        if (descriptor == null) {
            return Connector.invalid(slug, source, null, problems);
        }
        if (!slug.equals(descriptor.id())) {
            problems.add(source + ": id: must equal the folder name '" + slug + "'");
        }
        Map<String, JsonSchema> inputs = compileInputs(descriptor, source, problems);
        if (!descriptor.enabled()) {
            return problems.isEmpty()
                    ? new Connector(slug, source, descriptor, ConnectorState.NOT_ENABLED, List.of(), null, Map.of(),
                            Map.of(), inputs)
                    : Connector.invalid(slug, source, descriptor, problems);
        }
        checkProtocolAndMappings(descriptor, source, problems);
        String endpoint = resolve(descriptor.endpoint(), source, "endpoint", problems);
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (ConnectorDescriptor.Call call : calls(descriptor)) {
            if (call.endpoint() != null && !endpoints.containsKey(call.endpoint())) {
                endpoints.put(call.endpoint(), resolve(call.endpoint(), source, "call.endpoint", problems));
            }
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        descriptor.auth().secretsOrEmpty().forEach((name, reference) ->
                secrets.put(name, resolve(reference, source, "auth.secrets." + name, problems)));
        if (!problems.isEmpty()) {
            return Connector.invalid(slug, source, descriptor, problems);
        }
        return new Connector(slug, source, descriptor, ConnectorState.AVAILABLE, List.of(), endpoint, endpoints, secrets,
                inputs);
    }

    private static List<ConnectorDescriptor.Call> calls(ConnectorDescriptor descriptor) {
        List<ConnectorDescriptor.Call> calls = new ArrayList<>();
        descriptor.services().stream().map(ConnectorDescriptor.Service::call).filter(java.util.Objects::nonNull)
                .forEach(calls::add);
        descriptor.operationsOrEmpty().stream().map(ConnectorDescriptor.Operation::call)
                .filter(java.util.Objects::nonNull).forEach(calls::add);
        return calls;
    }

    private Map<String, JsonSchema> compileInputs(ConnectorDescriptor descriptor, String source, List<String> problems) {
        Map<String, JsonSchema> inputs = new LinkedHashMap<>();
        for (int i = 0; i < descriptor.services().size(); i++) {
            ConnectorDescriptor.Service service = descriptor.services().get(i);
            String at = source + ": services[" + i + "] (" + service.id() + ")";
            JsonSchema input;
            try {
                input = JsonSchemas.compile(service.input());
            } catch (RuntimeException e) {
                problems.add(at + ".input: not a valid JSON Schema: " + e.getMessage());
                continue;
            }
            inputs.put(service.id(), input);
            String exampleNik = service.example().path("citizen").path("nik").asText(null);
            if (!NikRules.isValid(exampleNik)) {
                problems.add(at + ".example.citizen.nik: " + String.join("; ", NikRules.problems(exampleNik)));
            }
            for (FieldError e : JsonSchemas.validate(input, service.example().path("data"), "example.data")) {
                problems.add(at + "." + e.field() + ": " + e.message() + " (the example must satisfy the input schema)");
            }
        }
        return inputs;
    }

    private void checkProtocolAndMappings(ConnectorDescriptor descriptor, String source, List<String> problems) {
        java.util.Set<String> protocols = new java.util.TreeSet<>();
        protocols.add(descriptor.protocol());
        calls(descriptor).forEach(c -> protocols.add(c.protocolOr(descriptor.protocol())));
        for (String protocol : protocols) {
            if (!resources.getResource(locations.kamelet(protocol)).exists()) {
                problems.add(source + ": protocol: no adapter '" + protocol
                        + "' is installed in this hub (routes/kamelets/" + protocol + ".kamelet.yaml)");
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < descriptor.services().size(); i++) {
            ConnectorDescriptor.Service service = descriptor.services().get(i);
            String at = source + ": services[" + i + "] (" + service.id() + ")";
            ids.add(service.id());
            // A payment is orchestrated from other calls (its payment block), not one call of its own.
            if (service.serviceMode() != ServiceMode.PAYMENT) {
                checkCall(at, service.call(), service.mapping(), problems);
            }
        }
        for (int i = 0; i < descriptor.operationsOrEmpty().size(); i++) {
            ConnectorDescriptor.Operation operation = descriptor.operationsOrEmpty().get(i);
            String at = source + ": operations[" + i + "] (" + operation.id() + ")";
            if (!ids.add(operation.id())) {
                problems.add(at + ".id: already used by a service or operation of this connector");
            }
            checkCall(at, operation.call(), operation.mapping(), problems);
        }
        for (int i = 0; i < descriptor.services().size(); i++) {
            ConnectorDescriptor.Payment plan = descriptor.services().get(i).payment();
            if (plan == null) {
                continue;
            }
            String at = source + ": services[" + i + "].payment";
            java.util.Map<String, String> steps = new java.util.LinkedHashMap<>();
            steps.put("bill", plan.bill());
            steps.put("confirm", plan.confirm());
            steps.put("reversal", plan.reversal());
            steps.forEach((step, id) -> {
                if (id != null && !ids.contains(id)) {
                    problems.add(at + "." + step + ": '" + id + "' is not a service or operation of this connector");
                }
            });
        }
    }

    private void checkCall(String at, ConnectorDescriptor.Call call, ConnectorDescriptor.Mapping mapping,
            List<String> problems) {
        if (mapping == null || call == null) {
            problems.add(at + ": an enabled connector needs 'call' and 'mapping' for every service and operation");
            return;
        }
        for (String file : List.of(mapping.request(), mapping.response())) {
            if (!resources.getResource(locations.mapping(file)).exists()) {
                problems.add(at + ".mapping: file mappings/" + file + " does not exist");
            }
        }
    }

    private String resolve(String reference, String source, String field, List<String> problems) {
        Matcher m = REFERENCE.matcher(reference == null ? "" : reference);
        if (!m.matches()) {
            problems.add(source + ": " + field + ": must be a ${property} reference, not a value");
            return null;
        }
        String property = m.group(1);
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            problems.add(source + ": " + field + ": configuration property '" + property
                    + "' is not set (set it, or the environment variable " + envVarOf(property) + ")");
            return null;
        }
        return value;
    }

    /** Spring Boot's relaxed-binding name of a property: upper case, dots to '_', no dashes. */
    public static String envVarOf(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase();
    }

    private static JsonNode readYamlOrJson(Resource resource) {
        if (!resource.exists()) {
            throw new IllegalStateException("file does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("must hold one YAML mapping (an object)");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : ""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot be read: " + e.getMessage());
        }
    }
}
