package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.camel.Exchange;
import org.springframework.core.io.ResourceLoader;

/**
 * Serves the counter API's OpenAPI document ({@code routes/api/counter-api-v1.openapi.yaml}) as JSON
 * at {@code /api/v1/openapi.json}: the same file the REST routes are bound from, so the published
 * contract is the one in force.
 */
public class OpenApiDocument {

    public static final String LOCATION = "classpath:routes/api/counter-api-v1.openapi.yaml";

    private final String json;

    public OpenApiDocument(ResourceLoader resources) {
        try (InputStream in = resources.getResource(LOCATION).getInputStream()) {
            this.json = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document cannot be read from " + LOCATION, e);
        }
    }

    public void serve(Exchange exchange) {
        JsonAnswer.write(exchange, 200, json);
    }
}
