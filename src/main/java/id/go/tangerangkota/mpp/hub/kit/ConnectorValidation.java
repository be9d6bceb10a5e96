package id.go.tangerangkota.mpp.hub.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLoader;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import id.go.tangerangkota.mpp.hub.connector.ConnectorProblem;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * {@code connector validate <folder>}: everything the hub would check when loading the connector,
 * away from the hub and its configuration, plus the golden samples: the descriptor against the
 * schema this hub version ships, the protocol, every mapping file (exists, compiles), every golden
 * sample pair, the examples against the input schemas, and secrets written as references only.
 */
public final class ConnectorValidation {

    /**
     * What validation found.
     *
     * @param slug     the connector's folder name
     * @param problems what must be mended (any problem means exit code 1)
     * @param warnings what should be looked at but does not stop the connector
     * @param samples  how many golden sample pairs ran
     */
    public record Report(String slug, List<ConnectorProblem> problems, List<String> warnings, int samples) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ConnectorValidation() {
    }

    /**
     * Validates one connector folder.
     *
     * @param folder   {@code .../connectors/<slug>}
     * @param mappings the mappings root holding {@code <slug>/}; by default {@code mappings} next to
     *                 the connectors folder
     */
    public static Report validate(Path folder, Path mappings) throws IOException {
        Path connectorFolder = folder.toAbsolutePath().normalize();
        String slug = connectorFolder.getFileName().toString();
        Path connectorsRoot = connectorFolder.getParent();
        Path mappingsRoot = (mappings != null ? mappings : connectorsRoot.resolveSibling("mappings"))
                .toAbsolutePath().normalize();
        Path descriptor = connectorFolder.resolve("connector.yaml");
        if (!Files.isRegularFile(descriptor)) {
            return new Report(slug, List.of(new ConnectorProblem("connectors/" + slug + "/connector.yaml", "",
                    "file does not exist", "copy connectors/_template/connector.yaml into the folder and fill it in")),
                    List.of(), 0);
        }
        ConnectorLocations locations = new ConnectorLocations("file:" + connectorsRoot, "file:" + mappingsRoot,
                "classpath:routes/kamelets", "classpath:connectors/connector.schema.json");
        ConnectorLoader loader = new ConnectorLoader(new StandardEnvironment(), new DefaultResourceLoader(), locations,
                false);
        Connector connector = loader.load(slug);
        List<ConnectorProblem> problems = new ArrayList<>(connector.problems());
        List<String> warnings = new ArrayList<>();
        if (connector.state() == ConnectorState.NOT_ENABLED) {
            warnings.add("enabled: false: calls and mappings are checked only once the connector is enabled");
        }
        Path agencyMappings = mappingsRoot.resolve(slug);
        int samples = 0;
        try (GoldenSamples runner = new GoldenSamples()) {
            for (GoldenSamples.Result r : runner.run(agencyMappings, descriptor)) {
                samples++;
                r.problem().ifPresent(p -> problems.add(new ConnectorProblem(
                        "mappings/" + slug + "/samples/" + r.input().getFileName(), "", p,
                        "correct the mapping, or the .out file if the new output is the right one")));
            }
        }
        if (connector.descriptor() != null) {
            warnings.addAll(servicesWithoutSamples(connector.descriptor(), agencyMappings));
        }
        return new Report(slug, problems, warnings, samples);
    }

    private static List<String> servicesWithoutSamples(ConnectorDescriptor d, Path agencyMappings) throws IOException {
        List<Path> inputs = GoldenSamples.inputsOf(agencyMappings);
        List<String> warnings = new ArrayList<>();
        for (ConnectorDescriptor.Service s : d.services()) {
            if (s.mapping() != null && inputs.stream().noneMatch(p -> p.getFileName().toString().startsWith(s.id() + "."))) {
                warnings.add("services " + s.id() + ": no golden samples in mappings/" + d.id() + "/samples/");
            }
        }
        return warnings;
    }
}
