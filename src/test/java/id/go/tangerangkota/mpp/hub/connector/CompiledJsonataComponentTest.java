package id.go.tangerangkota.mpp.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledJsonataComponentTest {

    @TempDir
    Path folder;

    private DefaultCamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        camel.addComponent("jsonata", new CompiledJsonataComponent());
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void mapsJsonStringsAsCamelsComponentDoes() throws Exception {
        String uri = mapping("{\"nik\": citizen.nik, \"n\": $count(items)}");

        Object answer = template.requestBody(uri, "{\"citizen\":{\"nik\":\"3671011203850001\"},\"items\":[1,2,3]}");

        assertThat(answer).isEqualTo("{\"nik\":\"3671011203850001\",\"n\":3}");
    }

    @Test
    void parsesTheMappingOnceUntilItsEndpointIsRemoved() throws Exception {
        Path file = folder.resolve("reloaded.jsonata");
        Files.writeString(file, "{\"version\": 1}");
        String uri = "jsonata:file:" + file + "?inputType=JsonString&outputType=JsonString";
        assertThat(template.requestBody(uri, "{}")).isEqualTo("{\"version\":1}");

        Files.writeString(file, "{\"version\": 2}");
        assertThat(template.requestBody(uri, "{}")).as("the parsed mapping is kept").isEqualTo("{\"version\":1}");

        // What a connector reload does (ConnectorReloader.forgetMappings): the next endpoint reads the file anew.
        Endpoint endpoint = camel.getEndpoint(uri);
        camel.removeEndpoint(endpoint);
        assertThat(camel.getEndpoint(uri)).isNotSameAs(endpoint);
        // A new route makes its own producer; this template's pool would hand back the old one
        // (endpoints with the same URI are equal), so the check uses a fresh template.
        try (ProducerTemplate fresh = camel.createProducerTemplate()) {
            assertThat(fresh.requestBody(uri, "{}")).isEqualTo("{\"version\":2}");
        }
    }

    @Test
    void oneParsedMappingServesConcurrentCallsEachWithItsOwnInput() throws Exception {
        String uri = mapping("{\"id\": id, \"twice\": id * 2, \"name\": $uppercase(name)}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                int id = i;
                results.add(pool.submit(() -> template.requestBody(uri, "{\"id\":" + id + ",\"name\":\"warga" + id + "\"}")
                        .equals("{\"id\":" + id + ",\"twice\":" + (id * 2) + ",\"name\":\"WARGA" + id + "\"}")));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String mapping(String expression) throws Exception {
        Path file = Files.createTempFile(folder, "mapping", ".jsonata");
        Files.writeString(file, expression);
        return "jsonata:file:" + file + "?inputType=JsonString&outputType=JsonString";
    }
}
