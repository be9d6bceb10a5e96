package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * The Samsat golden samples speak the WSDL: what the request mappings produce, and the answers the
 * response mappings are tested with, satisfy the schema the Samsat host enforces. A mapping that
 * drifts from the contract fails here, before an end-to-end test does.
 */
class SamsatGoldenSamplesContractTest {

    private static final PkbContract CONTRACT = PkbContract.load();

    @TestFactory
    Stream<DynamicTest> everySamsatSampleMessageIsValidAgainstTheWsdl() throws IOException {
        List<Path> messages;
        try (Stream<Path> files = Files.list(Path.of("mappings/samsat/samples"))) {
            messages = files.filter(p -> p.getFileName().toString()
                    .matches(".*\\.request\\..*\\.out\\.xml|.*\\.response\\..*\\.in\\.xml"))
                    .filter(p -> !isFault(p)) // a fault is SOAP's, not the service schema's
                    .sorted().toList();
        }
        assertThat(messages).hasSizeGreaterThan(10);
        return messages.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Element root = SafeXml.parse(Files.readAllBytes(path)).getDocumentElement();
            assertThat(CONTRACT.operationFor(root).isPresent() || root.getLocalName().endsWith("Response"))
                    .as(path + " is a message of the service").isTrue();
            assertThat(CONTRACT.problemWith(root)).as(path.toString()).isEmpty();
        }));
    }

    private static boolean isFault(Path path) {
        try {
            return "Fault".equals(SafeXml.parse(Files.readAllBytes(path)).getDocumentElement().getLocalName());
        } catch (Exception unreadable) {
            return false; // then the test itself fails on it
        }
    }
}
