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
import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTls;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads one connector folder and decides its state. Every problem found is reported with the file,
 * the field, what is wrong and how to fix it, and makes only this connector INVALID; loading never
 * throws for a bad descriptor or mapping, so one agency's mistake cannot stop the hub.
 *
 * <p>The hub loads with the configuration at hand: every {@code ${property}} must resolve. The
 * {@code connector validate} command loads on an agency team's machine, where the hub's
 * configuration is absent: there references are only checked to be references.
 */
public final class ConnectorLoader {

    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([a-z0-9][a-z0-9.-]*)}$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DescriptorSchemaCheck schemaCheck;
    private final Environment environment;
    private final ResourceLoader resources;
    private final ConnectorLocations locations;
    private final boolean resolveSettings;
    private final TlsSettingsCheck tlsCheck = new TlsSettingsCheck(java.time.Clock.systemUTC());

    /** A loader for the running hub: references must resolve in {@code environment}. */
    public ConnectorLoader(Environment environment, ResourceLoader resources, ConnectorLocations locations) {
        this(environment, resources, locations, true);
    }

    /**
     * @param resolveSettings false to check {@code ${property}} references only for their form
     *                        (validation away from the hub's configuration)
     */
    public ConnectorLoader(Environment environment, ResourceLoader resources, ConnectorLocations locations,
            boolean resolveSettings) {
        this.environment = environment;
        this.resources = resources;
        this.locations = locations;
        this.resolveSettings = resolveSettings;
        this.schemaCheck = new DescriptorSchemaCheck(readYamlOrJson(resources.getResource(locations.schema())));
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
            return Connector.invalid(slug, source, null, List.of(new ConnectorProblem(source, "",
                    unreadable.getMessage(), "write the descriptor as YAML; start from connectors/_template/connector.yaml")));
        }
        List<ConnectorProblem> problems = new ArrayList<>(schemaCheck.check(tree, source));
        ConnectorDescriptor descriptor = null;
        if (problems.isEmpty()) {
            try {
                descriptor = YAML.treeToValue(tree, ConnectorDescriptor.class);
            } catch (JsonProcessingException e) {
                problems.add(new ConnectorProblem(source, "", e.getOriginalMessage(), "see connector.schema.json"));
            }
        }
        if (descriptor == null) {
            return Connector.invalid(slug, source, null, problems);
        }
        if (!slug.equals(descriptor.id())) {
            problems.add(new ConnectorProblem(source, "id", "must equal the folder name '" + slug + "'",
                    "write id: " + slug + ", or rename the folder"));
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
        AgencyTls tls = descriptor.tls() == null ? null : loadTls(descriptor, endpoint, endpoints, source, problems);
        if (!problems.isEmpty()) {
            return Connector.invalid(slug, source, descriptor, problems);
        }
        return new Connector(slug, source, descriptor, ConnectorState.AVAILABLE, List.of(), endpoint, endpoints, secrets,
                inputs, tls);
    }

    /**
     * Resolves the tls section's references and, with the hub's configuration at hand, opens the
     * stores; null when there is nothing to load (validation mode) or a problem was added.
     */
    private AgencyTls loadTls(ConnectorDescriptor descriptor, String endpoint, Map<String, String> endpoints,
            String source, List<ConnectorProblem> problems) {
        int before = problems.size();
        ConnectorDescriptor.Tls tls = descriptor.tls();
        TlsSettingsCheck.ResolvedStore keystore = resolveStore(tls.keystore(), "tls.keystore", source, problems);
        TlsSettingsCheck.ResolvedStore truststore = resolveStore(tls.truststore(), "tls.truststore", source, problems);
        if (!resolveSettings || problems.size() > before) {
            return null;
        }
        java.util.Set<String> protocols = new java.util.TreeSet<>();
        protocols.add(descriptor.protocol());
        calls(descriptor).forEach(c -> protocols.add(c.protocolOr(descriptor.protocol())));
        List<String> urls = new ArrayList<>();
        urls.add(endpoint);
        urls.addAll(endpoints.values());
        return tlsCheck.load(tls, keystore, truststore, protocols, urls, source, problems);
    }

    private TlsSettingsCheck.ResolvedStore resolveStore(ConnectorDescriptor.Store store, String field, String source,
            List<ConnectorProblem> problems) {
        if (store == null) {
            return null;
        }
        String path = resolve(store.path(), source, field + ".path", problems);
        String password = resolve(store.password(), source, field + ".password", problems);
        return new TlsSettingsCheck.ResolvedStore(path, password, store.typeOrDefault());
    }

    private static List<ConnectorDescriptor.Call> calls(ConnectorDescriptor descriptor) {
        List<ConnectorDescriptor.Call> calls = new ArrayList<>();
        descriptor.services().stream().map(ConnectorDescriptor.Service::call).filter(java.util.Objects::nonNull)
                .forEach(calls::add);
        descriptor.operationsOrEmpty().stream().map(ConnectorDescriptor.Operation::call)
                .filter(java.util.Objects::nonNull).forEach(calls::add);
        return calls;
    }

    private Map<String, JsonSchema> compileInputs(ConnectorDescriptor descriptor, String source,
            List<ConnectorProblem> problems) {
        Map<String, JsonSchema> inputs = new LinkedHashMap<>();
        for (int i = 0; i < descriptor.services().size(); i++) {
            ConnectorDescriptor.Service service = descriptor.services().get(i);
            String at = "services[" + i + "]";
            JsonSchema input;
            try {
                input = JsonSchemas.compile(service.input());
            } catch (RuntimeException e) {
                problems.add(new ConnectorProblem(source, at + ".input", "not a valid JSON Schema: " + e.getMessage(),
                        "write a JSON Schema (draft 2020-12) object for the service's data"));
                continue;
            }
            inputs.put(service.id(), input);
            String exampleNik = service.example().path("citizen").path("nik").asText(null);
            if (!NikRules.isValid(exampleNik)) {
                problems.add(new ConnectorProblem(source, at + ".example.citizen.nik",
                        String.join("; ", NikRules.problems(exampleNik)),
                        "use a sandbox citizen's NIK (GET /test-data on the sandbox lists them)"));
            }
            for (FieldError e : JsonSchemas.validate(input, service.example().path("data"), "example.data")) {
                problems.add(new ConnectorProblem(source, at + "." + e.field(), e.message(),
                        "make the example satisfy the service's input schema, or correct the schema"));
            }
        }
        return inputs;
    }

    private void checkProtocolAndMappings(ConnectorDescriptor descriptor, String source,
            List<ConnectorProblem> problems) {
        java.util.Set<String> protocols = new java.util.TreeSet<>();
        protocols.add(descriptor.protocol());
        calls(descriptor).forEach(c -> protocols.add(c.protocolOr(descriptor.protocol())));
        for (String protocol : protocols) {
            if (!resources.getResource(locations.kamelet(protocol)).exists()) {
                problems.add(new ConnectorProblem(source, "protocol", "no adapter '" + protocol
                        + "' is installed in this hub (routes/kamelets/" + protocol + ".kamelet.yaml)",
                        "use one of the protocols listed in connector.schema.json"));
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < descriptor.services().size(); i++) {
            ConnectorDescriptor.Service service = descriptor.services().get(i);
            ids.add(service.id());
            // A payment is orchestrated from other calls (its payment block), not one call of its own.
            if (service.serviceMode() != ServiceMode.PAYMENT) {
                checkCall(source, "services[" + i + "]", service.call(), service.mapping(), problems);
            }
        }
        for (int i = 0; i < descriptor.operationsOrEmpty().size(); i++) {
            ConnectorDescriptor.Operation operation = descriptor.operationsOrEmpty().get(i);
            String at = "operations[" + i + "]";
            if (!ids.add(operation.id())) {
                problems.add(new ConnectorProblem(source, at + ".id", "already used by a service or operation of this connector",
                        "give the operation an id of its own"));
            }
            checkCall(source, at, operation.call(), operation.mapping(), problems);
        }
        for (int i = 0; i < descriptor.services().size(); i++) {
            ConnectorDescriptor.Payment plan = descriptor.services().get(i).payment();
            if (plan == null) {
                continue;
            }
            String at = "services[" + i + "].payment";
            java.util.Map<String, String> steps = new java.util.LinkedHashMap<>();
            steps.put("bill", plan.bill());
            steps.put("confirm", plan.confirm());
            steps.put("reversal", plan.reversal());
            steps.forEach((step, id) -> {
                if (id != null && !ids.contains(id)) {
                    problems.add(new ConnectorProblem(source, at + "." + step,
                            "'" + id + "' is not a service or operation of this connector",
                            "name an operation declared under operations:, or add it"));
                }
            });
        }
    }

    private void checkCall(String source, String at, ConnectorDescriptor.Call call, ConnectorDescriptor.Mapping mapping,
            List<ConnectorProblem> problems) {
        if (mapping == null || call == null) {
            problems.add(new ConnectorProblem(source, at, "an enabled connector needs 'call' and 'mapping' here",
                    "add call: {method, path} and mapping: {request, response}, or set enabled: false"));
            return;
        }
        for (String file : List.of(mapping.request(), mapping.response())) {
            String field = at + ".mapping." + (file.equals(mapping.request()) ? "request" : "response");
            Resource resource = resources.getResource(locations.mapping(file));
            if (!resource.exists()) {
                problems.add(new ConnectorProblem(source, field, "file mappings/" + file + " does not exist",
                        "create mappings/" + file + " or correct the file name"));
                continue;
            }
            MappingCompiler.problemOf(resource).ifPresent(p ->
                    problems.add(new ConnectorProblem("mappings/" + file, "", p, "correct the mapping; "
                            + "run 'connector validate' again to check it against its golden samples")));
        }
    }

    private String resolve(String reference, String source, String field, List<ConnectorProblem> problems) {
        Matcher m = REFERENCE.matcher(reference == null ? "" : reference);
        if (!m.matches()) {
            problems.add(new ConnectorProblem(source, field, "must be a ${property} reference, not a value",
                    "write ${mpp.agency.<slug>.<name>} and give the value to the hub's configuration or environment"));
            return null;
        }
        String property = m.group(1);
        if (!resolveSettings) {
            return "${" + property + "}";
        }
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            problems.add(new ConnectorProblem(source, field, "configuration property '" + property + "' is not set",
                    "set it, or the environment variable " + envVarOf(property)));
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
