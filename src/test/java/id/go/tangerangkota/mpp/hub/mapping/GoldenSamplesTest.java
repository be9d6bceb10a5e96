package id.go.tangerangkota.mpp.hub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.tangerangkota.mpp.hub.connector.JsonSchemas;
import id.go.tangerangkota.mpp.hub.protocol.soap.JsonXml;
import id.go.tangerangkota.mpp.hub.protocol.soap.SecureXml;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Runs every golden sample pair in {@code mappings/<agency>/samples/}:
 * {@code <service>.<request|response>.<case>.in.json} through
 * {@code mappings/<agency>/<service>.<request|response>.jsonata}, with Camel's own jsonata component
 * as the routes use it, must give {@code ...<case>.out.json}. A response that maps to outcome OK must
 * also satisfy the canonical schema its service (or internal operation) declares ({@code result}).
 *
 * <p>An {@code .xsl} mapping runs through Camel's xslt-saxon component instead, with an
 * {@code .in.xml} input (parsed as the hub parses XML) or an {@code .in.json} input (given to the
 * XSLT as the soap kamelet gives it: XPath 3.1's XML form of JSON, {@code JsonXml}); its output is
 * compared with {@code .out.json} (as JSON) or {@code .out.xml} (as XML, whitespace ignored).
 */
class GoldenSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static CamelContext camel;
    private static ProducerTemplate producer;

    @BeforeAll
    static void camel() {
        camel = new DefaultCamelContext();
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterAll
    static void stop() {
        camel.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenSamplePairMapsAsStated() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(Path.of("mappings"))) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".in.json")
                    || p.getFileName().toString().endsWith(".in.xml")).sorted().toList();
        }
        assertThat(inputs).as("golden samples").isNotEmpty();
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.toString(), () -> check(in)));
    }

    private static void check(Path in) throws IOException {
        String name = in.getFileName().toString();
        String[] parts = name.split("\\.");
        String service = parts[0];
        String direction = parts[1];
        String inSuffix = name.endsWith(".in.xml") ? ".in.xml" : ".in.json";
        Path agencyFolder = in.getParent().getParent();
        Path jsonata = agencyFolder.resolve(service + "." + direction + ".jsonata");
        Path mapping = Files.exists(jsonata) ? jsonata : agencyFolder.resolve(service + "." + direction + ".xsl");
        assertThat(mapping).as("mapping for " + name).exists();
        Path expectedXml = in.resolveSibling(name.replace(inSuffix, ".out.xml"));
        Path expectedFile = Files.exists(expectedXml) ? expectedXml : in.resolveSibling(name.replace(inSuffix, ".out.json"));

        String actual = mapping.toString().endsWith(".xsl")
                ? producer.requestBody("xslt-saxon:file:" + mapping, xslInput(in), String.class)
                : producer.requestBody("jsonata:file:" + mapping + "?inputType=JsonString&outputType=JsonString",
                        Files.readString(in), String.class);
        if (expectedFile.equals(expectedXml)) {
            Diff diff = DiffBuilder.compare(Input.fromFile(expectedXml.toFile())).withTest(Input.fromString(actual))
                    .ignoreWhitespace().ignoreComments().checkForSimilar().build();
            assertThat(diff.hasDifferences()).as(name + ": the mapping gives:\n" + actual + "\n" + diff).isFalse();
            return;
        }
        JsonNode actualJson = JSON.readTree(actual);
        assertThat(expectedFile).as("expected output " + expectedFile + "; the mapping gives:\n"
                + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actualJson)).exists();
        assertThat(actualJson).isEqualTo(JSON.readTree(Files.readString(expectedFile)));

        if (direction.equals("response") && actualJson.path("outcome").asText().equals("OK")) {
            String schema = resultSchemaOf(agencyFolder.getFileName().toString(), service);
            JsonNode schemaNode = JSON.readTree(Files.readString(Path.of("mappings/canonical", schema)));
            assertThat(JsonSchemas.validate(JsonSchemas.compile(schemaNode), actualJson.path("result"), "result"))
                    .as(name + " against " + schema).isEmpty();
        }
    }

    /** What an XSLT mapping reads: the XML as the hub parses it, or JSON in XPath 3.1's XML form. */
    private static Object xslInput(Path in) throws IOException {
        String text = Files.readString(in);
        return in.toString().endsWith(".in.xml") ? SecureXml.parse(text) : JsonXml.toXml(text);
    }

    private static String resultSchemaOf(String agency, String service) throws IOException {
        JsonNode descriptor = YAML.readTree(Files.readString(Path.of("connectors", agency, "connector.yaml")));
        for (String list : List.of("services", "operations")) {
            for (JsonNode s : descriptor.path(list)) {
                if (s.path("id").asText().equals(service)) {
                    return s.path("result").asText();
                }
            }
        }
        throw new AssertionError("connectors/" + agency + "/connector.yaml has no service or operation " + service);
    }
}
