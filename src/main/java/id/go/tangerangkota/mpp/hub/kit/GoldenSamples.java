package id.go.tangerangkota.mpp.hub.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.tangerangkota.mpp.hub.api.FieldError;
import id.go.tangerangkota.mpp.hub.connector.JsonSchemas;
import id.go.tangerangkota.mpp.hub.protocol.xml.JsonAsXml;
import id.go.tangerangkota.mpp.hub.protocol.xml.SafeXml;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Runs an agency's golden sample pairs: each {@code samples/<id>.<request|response>.<case>.in.(json|xml)}
 * through the mapping {@code <id>.<request|response>.(jsonata|xsl)} next to the samples folder, with
 * Camel's own jsonata and xslt-saxon components as the kamelets run them, must give
 * {@code <case>.out.(json|xml)}. XML is compared ignoring indentation, comments and the XML
 * declaration. A response that maps to outcome OK must also satisfy the canonical schema its
 * service or operation declares ({@code result:} in the descriptor).
 *
 * <p>For XSLT mappings the input is prepared as the {@code rest-xml} kamelet prepares it: a JSON
 * envelope becomes its {@code json-to-xml()} form, an XML answer is parsed safely first.
 */
public final class GoldenSamples implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final CamelContext camel;
    private final ProducerTemplate producer;

    public GoldenSamples() {
        camel = new DefaultCamelContext();
        camel.start();
        producer = camel.createProducerTemplate();
    }

    /**
     * The outcome of one pair.
     *
     * @param input   the {@code .in.} file
     * @param problem what differs, or empty when the pair maps as stated
     */
    public record Result(Path input, Optional<String> problem) {
    }

    /** The {@code .in.} files of one agency's mappings folder, sorted. */
    public static List<Path> inputsOf(Path agencyMappings) throws IOException {
        Path samples = agencyMappings.resolve("samples");
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.in\\.(json|xml)")).sorted().toList();
        }
    }

    /** Runs every pair of one agency; {@code descriptor} is its connector.yaml, for result schemas. */
    public List<Result> run(Path agencyMappings, Path descriptor) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Path in : inputsOf(agencyMappings)) {
            results.add(new Result(in, check(in, descriptor)));
        }
        return results;
    }

    /** Runs one pair. */
    public Optional<String> check(Path in, Path descriptor) {
        String name = in.getFileName().toString();
        String[] parts = name.split("\\.");
        String service = parts[0];
        String direction = parts[1];
        String pair = name.substring(0, name.lastIndexOf(".in."));
        Path agencyFolder = in.getParent().getParent();
        Path jsonata = agencyFolder.resolve(service + "." + direction + ".jsonata");
        Path xsl = agencyFolder.resolve(service + "." + direction + ".xsl");
        if (!Files.exists(jsonata) && !Files.exists(xsl)) {
            return Optional.of("no mapping " + jsonata.getFileName() + " or " + xsl.getFileName()
                    + " for this sample (the name must start with <service or operation id>.<request|response>.)");
        }
        try {
            String actual = Files.exists(jsonata) ? jsonata(jsonata, in) : xslt(xsl, in);
            Path expectedXml = in.resolveSibling(pair + ".out.xml");
            if (Files.exists(expectedXml)) {
                Diff diff = DiffBuilder.compare(Files.readString(expectedXml)).withTest(actual)
                        .ignoreWhitespace().ignoreComments().checkForSimilar().build();
                return diff.hasDifferences()
                        ? Optional.of("the mapping gives other XML than " + expectedXml.getFileName() + ": " + diff
                                + "\n" + actual)
                        : Optional.empty();
            }
            Path expectedJson = in.resolveSibling(pair + ".out.json");
            JsonNode actualJson = JSON.readTree(actual);
            String shown = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actualJson);
            if (!Files.exists(expectedJson)) {
                return Optional.of("no expected output " + expectedJson.getFileName() + " (or .out.xml); the mapping gives:\n"
                        + shown);
            }
            JsonNode expected = JSON.readTree(Files.readString(expectedJson));
            if (!actualJson.equals(expected)) {
                return Optional.of("the mapping gives other JSON than " + expectedJson.getFileName() + ":\n  expected "
                        + expected + "\n  actual   " + actualJson);
            }
            if (direction.equals("response") && actualJson.path("outcome").asText().equals("OK")) {
                return checkResult(actualJson.path("result"), descriptor, service);
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("the mapping fails on this input: " + rootMessage(e));
        }
    }

    private static Optional<String> checkResult(JsonNode result, Path descriptor, String service) throws IOException {
        String schemaName = resultSchemaOf(descriptor, service);
        if (schemaName == null) {
            return Optional.of(descriptor + " has no service or operation '" + service + "' with a result schema");
        }
        JsonNode schema = canonicalSchema(schemaName);
        if (schema == null) {
            return Optional.of("no canonical contract mappings/canonical/" + schemaName);
        }
        List<FieldError> errors = JsonSchemas.validate(JsonSchemas.compile(schema), result, "result");
        return errors.isEmpty() ? Optional.empty()
                : Optional.of("the result breaks the canonical contract " + schemaName + ": " + errors.stream()
                        .map(e -> e.field() + ": " + e.message()).toList());
    }

    /** The canonical contracts are the hub's own, packaged with it. */
    private static JsonNode canonicalSchema(String name) throws IOException {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/mappings/canonical/" + name)) {
            return in == null ? null : JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String resultSchemaOf(Path descriptor, String service) throws IOException {
        JsonNode tree = YAML.readTree(Files.readString(descriptor));
        for (String list : List.of("services", "operations")) {
            for (JsonNode s : tree.path(list)) {
                if (s.path("id").asText().equals(service) && s.hasNonNull("result")) {
                    return s.path("result").asText();
                }
            }
        }
        return null;
    }

    private String jsonata(Path mapping, Path in) throws IOException {
        return producer.requestBody("jsonata:file:" + mapping.toAbsolutePath()
                + "?inputType=JsonString&outputType=JsonString&contentCache=false", Files.readString(in), String.class);
    }

    private String xslt(Path mapping, Path in) throws Exception {
        String text = Files.readString(in);
        Object input = in.toString().endsWith(".json") ? JsonAsXml.convert(text) : SafeXml.parse(text);
        return producer.requestBody("xslt-saxon:file:" + mapping.toAbsolutePath() + "?output=string&contentCache=false",
                input, String.class);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        camel.stop();
    }
}
