package id.go.tangerangkota.mpp.hub.connector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.go.tangerangkota.mpp.hub.api.FieldError;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;

/**
 * Compiles and applies JSON Schemas (draft 2020-12) the way the hub wants them: formats such as
 * {@code date} are asserted, not just annotated, and {@code format: nik} applies the NIK rules, so
 * a connector's input schema can declare any field a NIK without Java.
 */
public final class JsonSchemas {

    private static final JsonSchemaFactory FACTORY;
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    static {
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .format(new NikFormat())
                .build();
        FACTORY = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
                .metaSchema(metaSchema)
                .build();
    }

    private JsonSchemas() {
    }

    /** Compiles a schema; throws {@link IllegalArgumentException} when it is not a valid schema. */
    public static JsonSchema compile(JsonNode schema) {
        JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
        compiled.initializeValidators();
        return compiled;
    }

    /**
     * Validates a value and names each problem by its field path.
     *
     * @param prefix the path of {@code value} within the request (e.g. {@code data}), or empty
     */
    public static List<FieldError> validate(JsonSchema schema, JsonNode value, String prefix) {
        Set<ValidationMessage> messages = schema.validate(value);
        List<FieldError> errors = new ArrayList<>(messages.size());
        for (ValidationMessage m : messages) {
            errors.add(new FieldError(fieldOf(m, prefix), textOf(m)));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static String fieldOf(ValidationMessage m, String prefix) {
        String location = m.getInstanceLocation().toString();
        String field = location.equals("$") ? "" : location.substring(location.startsWith("$.") ? 2 : 1);
        String type = m.getType();
        if (("required".equals(type) || "additionalProperties".equals(type)) && m.getProperty() != null) {
            field = join(field, m.getProperty());
        }
        return join(prefix, field);
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + "." + b;
    }

    /** The message without the leading "$.path: " the library puts in front. */
    private static String textOf(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }

    /** {@code format: nik}: 16 digits that follow {@link NikRules}. */
    static final class NikFormat implements Format {
        @Override
        public String getName() {
            return "nik";
        }

        @Override
        public String getMessageKey() {
            return "format";
        }

        @Override
        public String getErrorMessageDescription() {
            return "a valid NIK (16 digits: region, birth date with +40 for women, serial not 0000)";
        }

        @Override
        public boolean matches(ExecutionContext executionContext, String value) {
            return NikRules.isValid(value);
        }
    }
}
