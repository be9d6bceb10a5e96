package id.go.tangerangkota.mpp.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.connector.JsonSchemas;

/** Checks a hub answer against a canonical schema of mappings/canonical/. */
public final class Canonical {

    private Canonical() {
    }

    public static void assertValid(String schemaFile, JsonNode value) {
        try {
            JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("mappings/canonical", schemaFile)));
            assertThat(JsonSchemas.validate(JsonSchemas.compile(schema), value, "result"))
                    .as("answer against " + schemaFile).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
