package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.JsonSchemas;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import org.springframework.core.io.ResourceLoader;

/**
 * Checks a counter's request body before anything is stored or any agency is called: valid JSON,
 * the hub's envelope ({@code citizen}, {@code data}), the NIK rules, and the service's own input
 * schema. All problems are reported at once, each naming its field.
 */
public class RequestValidator {

    private final JsonInputLimits limits;
    private final JsonSchema envelopeSchema;

    public RequestValidator(ObjectMapper json, JsonInputLimits limits, ResourceLoader resources,
            String mappingsLocation) {
        this.limits = limits;
        try (InputStream in = resources.getResource(mappingsLocation + "/canonical/service-request.schema.json")
                .getInputStream()) {
            this.envelopeSchema = JsonSchemas.compile(json.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("mappings/canonical/service-request.schema.json cannot be read", e);
        }
    }

    /** Parses and validates; throws a 400 {@link HubProblem} naming every bad field. */
    public JsonNode validate(String body, Connector connector, ConnectorDescriptor.Service service) {
        JsonNode payload = parse(body);
        // Hostile characters first: the schema's own messages may quote what it read.
        List<FieldError> hostile = HostileText.problems(payload, limits.maxStringLength());
        if (!hostile.isEmpty()) {
            throw HubProblem.invalidFields(hostile);
        }
        List<FieldError> errors = new ArrayList<>(JsonSchemas.validate(envelopeSchema, payload, ""));
        JsonNode nik = payload.path("citizen").path("nik");
        if (nik.isTextual()) {
            NikRules.problems(nik.asText()).forEach(p -> errors.add(new FieldError("citizen.nik", p)));
        }
        JsonNode data = payload.path("data");
        if (data.isObject()) {
            errors.addAll(JsonSchemas.validate(connector.inputs().get(service.id()), data, "data"));
        }
        if (!errors.isEmpty()) {
            throw HubProblem.invalidFields(errors);
        }
        return payload;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw HubProblem.invalidField("body", "a JSON body {\"citizen\": {\"nik\": ...}, \"data\": {...}} is required");
        }
        JsonNode node = limits.parse(body);
        if (node == null || !node.isObject()) {
            throw HubProblem.invalidField("body", "must be a JSON object");
        }
        return node;
    }
}
