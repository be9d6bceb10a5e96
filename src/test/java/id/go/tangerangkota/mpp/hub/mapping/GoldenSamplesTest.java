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
import id.go.tangerangkota.mpp.hub.protocol.xml.JsonAsXml;
import id.go.tangerangkota.mpp.hub.protocol.xml.SafeXml;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Runs every golden sample pair in {@code mappings/<agency>/samples/}:
 * {@code <service>.<request|response>.<case>.in.(json|xml)} through the service's mapping
 * {@code mappings/<agency>/<service>.<request|response>.(jsonata|xsl)}, with Camel's own jsonata or
 * xslt-saxon component as the kamelets use them, must give {@code ...<case>.out.(json|xml)}.
 *
 * <p>For XSLT mappings the input is prepared as the {@code rest-xml} kamelet prepares it: a JSON
 * envelope becomes its {@code json-to-xml()} form, an XML answer is parsed safely first. XML outputs
 * are compared ignoring indentation and the XML declaration. A response that maps to outcome OK must
 * also satisfy the canonical schema its service or internal operation declares ({@code result}).
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
            inputs = files.filter(p -> p.getFileName().toString().matches(".*\\.in\\.(json|xml)")).sorted().toList();
        }
        assertThat(inputs).as("golden samples").isNotEmpty();
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.toString(), () -> check(in)));
    }

    private static void check(Path in) throws Exception {
        String name = in.getFileName().toString();
        String[] parts = name.split("\\.");
        String service = parts[0];
        String direction = parts[1];
        String pair = name.substring(0, name.lastIndexOf(".in."));
        Path agencyFolder = in.getParent().getParent();
        Path jsonata = agencyFolder.resolve(service + "." + direction + ".jsonata");
        Path xsl = agencyFolder.resolve(service + "." + direction + ".xsl");
        assertThat(Files.exists(jsonata) || Files.exists(xsl)).as("mapping for " + name + ": " + jsonata + " or " + xsl)
                .isTrue();

        String actual = Files.exists(jsonata) ? jsonata(jsonata, in) : xslt(xsl, in);
        Path expectedXml = in.resolveSibling(pair + ".out.xml");
        if (Files.exists(expectedXml)) {
            Diff diff = DiffBuilder.compare(Files.readString(expectedXml)).withTest(actual)
                    .ignoreWhitespace().ignoreComments().checkForSimilar().build();
            assertThat(diff.hasDifferences()).as(name + " gives:\n" + actual + "\n" + diff).isFalse();
            return;
        }
        JsonNode actualJson = JSON.readTree(actual);
        Path expectedJson = in.resolveSibling(pair + ".out.json");
        assertThat(expectedJson).as("expected output " + expectedJson + " (or .out.xml); the mapping gives:\n"
                + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actualJson)).exists();
        assertThat(actualJson).isEqualTo(JSON.readTree(Files.readString(expectedJson)));

        if (direction.equals("response") && actualJson.path("outcome").asText().equals("OK")) {
            String schema = resultSchemaOf(agencyFolder.getFileName().toString(), service);
            JsonNode schemaNode = JSON.readTree(Files.readString(Path.of("mappings/canonical", schema)));
            assertThat(JsonSchemas.validate(JsonSchemas.compile(schemaNode), actualJson.path("result"), "result"))
                    .as(name + " against " + schema).isEmpty();
        }
    }

    private static String jsonata(Path mapping, Path in) throws IOException {
        return producer.requestBody("jsonata:file:" + mapping + "?inputType=JsonString&outputType=JsonString",
                Files.readString(in), String.class);
    }

    /** As the rest-xml kamelet runs it: JSON envelopes as json-to-xml(), XML answers parsed safely. */
    private static String xslt(Path mapping, Path in) throws Exception {
        String text = Files.readString(in);
        Object input = in.toString().endsWith(".json") ? JsonAsXml.convert(text) : SafeXml.parse(text);
        return producer.requestBody("xslt-saxon:file:" + mapping + "?output=string", input, String.class);
    }

    /** The canonical result of a service, or of an internal operation of that id. */
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
