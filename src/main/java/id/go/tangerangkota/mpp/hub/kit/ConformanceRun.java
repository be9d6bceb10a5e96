package id.go.tangerangkota.mpp.hub.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.api.FieldError;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.JsonSchemas;
import id.go.tangerangkota.mpp.hub.connector.ServiceMode;
import id.go.tangerangkota.mpp.hub.payment.AgencyCalls;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code connector test <slug> --endpoint URL}: starts a hub of this one connector (no counter
 * traffic, no delivery, its own throw-away data folder), points the connector at the given back end
 * and sends each service's catalogue example through the very routes, kamelet and mappings the hub
 * uses in production. A service passes when the back end's answer maps to outcome OK and the result
 * satisfies the service's canonical contract. Applications are sent to the back end directly (a
 * test system should accept them); for a payment only the bill look-up is made: no money moves.
 */
public final class ConformanceRun {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([a-z0-9][a-z0-9.-]*)}$");

    private ConformanceRun() {
    }

    /**
     * What to run.
     *
     * @param slug       the connector
     * @param endpoint   the back end's base URL, in place of the connector's endpoint setting
     * @param connectors the connectors folder
     * @param mappings   the mappings folder
     * @param profile    a Spring profile to run with (e.g. sandbox, for its demo credentials), or null
     * @param settings   extra {@code property=value} settings (credentials)
     */
    public record Settings(String slug, String endpoint, Path connectors, Path mappings, String profile,
            List<String> settings) {
    }

    /**
     * The verdict on one service.
     *
     * @param service the service id
     * @param mode    inquiry, application or payment
     * @param passed  whether it passed
     * @param detail  what the back end answered, in the hub's words
     */
    public record ServiceResult(String service, String mode, boolean passed, String detail) {
    }

    public static List<ServiceResult> run(Settings s) throws IOException {
        Path descriptor = s.connectors().resolve(s.slug()).resolve("connector.yaml");
        if (!Files.isRegularFile(descriptor)) {
            throw new IOException("no " + descriptor);
        }
        Matcher endpointProperty = REFERENCE.matcher(YAML.readTree(descriptor.toFile()).path("endpoint").asText());
        if (!endpointProperty.matches()) {
            throw new IOException(descriptor + ": endpoint must be a ${property} reference");
        }
        Path data = Files.createTempDirectory("mpp-connector-test-");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--mpp.sandbox.enabled=false",
                "--mpp.delivery.enabled=false",
                "--mpp.data-dir=" + data,
                "--mpp.connectors.only=" + s.slug(),
                "--mpp.locations.connectors=file:" + s.connectors().toAbsolutePath(),
                "--mpp.locations.mappings=file:" + s.mappings().toAbsolutePath(),
                "--mpp.security.nik-hash-key=" + UUID.randomUUID(),
                "--" + endpointProperty.group(1) + "=" + s.endpoint()));
        s.settings().forEach(setting -> args.add("--" + setting));
        SpringApplicationBuilder hub = new SpringApplicationBuilder(HubApplication.class).logStartupInfo(false);
        if (s.profile() != null) {
            hub.profiles(s.profile());
        }
        try (ConfigurableApplicationContext context = hub.run(args.toArray(String[]::new))) {
            return runServices(context, s.slug());
        }
    }

    private static List<ServiceResult> runServices(ConfigurableApplicationContext context, String slug) {
        Connector connector = context.getBean(ConnectorRegistry.class).find(slug).orElse(null);
        if (connector == null || connector.state() != ConnectorState.AVAILABLE) {
            String why = connector == null ? "no such connector" : connector.state() + ": " + connector.problems();
            return List.of(new ServiceResult("(connector)", "-", false, "the connector does not load: " + why));
        }
        EnvelopeFactory envelopes = context.getBean(EnvelopeFactory.class);
        AgencyCalls calls = context.getBean(AgencyCalls.class);
        List<ServiceResult> results = new ArrayList<>();
        for (ConnectorDescriptor.Service service : connector.descriptor().services()) {
            results.add(runOne(connector, service, envelopes, calls));
        }
        return results;
    }

    private static ServiceResult runOne(Connector connector, ConnectorDescriptor.Service service,
            EnvelopeFactory envelopes, AgencyCalls calls) {
        String mode = service.serviceMode().wireName();
        String call = service.id();
        if (service.serviceMode() == ServiceMode.PAYMENT) {
            if (service.payment() == null) {
                return new ServiceResult(service.id(), mode, false, "no payment block to test");
            }
            call = service.payment().bill();
        }
        ObjectNode envelope = envelopes.build(connector, UUID.randomUUID().toString(), service.example(),
                "connector-test", "connector-test");
        try {
            AgencyOutcome outcome = calls.call(connector.slug(), call, envelope);
            if (outcome.kind() != AgencyOutcome.Kind.OK) {
                return new ServiceResult(service.id(), mode, false, "answered " + outcome.kind()
                        + (outcome.reason() == null ? "" : ": " + outcome.reason()));
            }
            String contract = resultContract(connector, service, call);
            List<FieldError> errors = contract == null ? List.of() : validate(contract, outcome.result());
            if (!errors.isEmpty()) {
                return new ServiceResult(service.id(), mode, false, "answered OK but the result breaks " + contract
                        + ": " + errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            }
            String note = service.serviceMode() == ServiceMode.PAYMENT ? " (bill look-up " + call + " only)" : "";
            return new ServiceResult(service.id(), mode, true, "answered OK" + note
                    + (outcome.agencyReference() == null ? "" : ", agency reference " + outcome.agencyReference()));
        } catch (HubProblem problem) {
            return new ServiceResult(service.id(), mode, false, problem.detail());
        } catch (RuntimeException e) {
            return new ServiceResult(service.id(), mode, false, "the call failed: " + e.getMessage());
        }
    }

    /** The canonical result schema of the call made: the service's, or its bill operation's. */
    private static String resultContract(Connector connector, ConnectorDescriptor.Service service, String call) {
        if (call.equals(service.id())) {
            return service.result();
        }
        return connector.descriptor().operationsOrEmpty().stream().filter(o -> o.id().equals(call))
                .map(ConnectorDescriptor.Operation::result).findFirst().orElse(null);
    }

    private static List<FieldError> validate(String contract, JsonNode result) {
        try (var in = ConformanceRun.class.getResourceAsStream("/mappings/canonical/" + contract)) {
            if (in == null) {
                return List.of(new FieldError("result", "no canonical contract " + contract));
            }
            return JsonSchemas.validate(JsonSchemas.compile(new ObjectMapper().readTree(in)), result, "result");
        } catch (IOException e) {
            return List.of(new FieldError("result", "contract " + contract + " unreadable"));
        }
    }
}
