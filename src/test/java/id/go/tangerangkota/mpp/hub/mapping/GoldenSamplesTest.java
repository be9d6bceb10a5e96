package id.go.tangerangkota.mpp.hub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import id.go.tangerangkota.mpp.hub.kit.GoldenSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden sample pair of every agency (and of the template) with the connector kit's
 * {@link GoldenSamples}, the same check {@code connector validate} makes: each
 * {@code mappings/<agency>/samples/<id>.<request|response>.<case>.in.*} must map to its {@code .out.*}.
 */
class GoldenSamplesTest {

    private static GoldenSamples samples;

    @BeforeAll
    static void start() {
        samples = new GoldenSamples();
    }

    @AfterAll
    static void stop() {
        samples.close();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenSamplePairMapsAsStated() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> agencies = Files.list(Path.of("mappings"))) {
            for (Path agency : (Iterable<Path>) agencies.sorted()::iterator) {
                Path descriptor = Path.of("connectors", agency.getFileName().toString(), "connector.yaml");
                for (Path in : GoldenSamples.inputsOf(agency)) {
                    tests.add(DynamicTest.dynamicTest(in.toString(), () ->
                            assertThat(samples.check(in, descriptor)).as(in.toString()).isEmpty()));
                }
            }
        }
        assertThat(tests).as("golden samples").hasSizeGreaterThan(150);
        return tests.stream();
    }
}
