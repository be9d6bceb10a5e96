package id.go.tangerangkota.mpp.hub.connector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a descriptor against {@code connector.schema.json} and turns each finding into a
 * {@link ConnectorProblem} whose fix comes from the schema itself: the title and description of the
 * field concerned, the allowed values, the fields allowed next to a misspelt one. The schema is the
 * one place the descriptor format is documented, so the advice cannot drift from it.
 */
final class DescriptorSchemaCheck {

    private final JsonNode schemaDocument;
    private final JsonSchema schema;

    DescriptorSchemaCheck(JsonNode schemaDocument) {
        this.schemaDocument = schemaDocument;
        this.schema = JsonSchemas.compile(schemaDocument);
    }

    List<ConnectorProblem> check(JsonNode descriptor, String file) {
        List<ConnectorProblem> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(descriptor)) {
            String field = fieldOf(m);
            problems.add(new ConnectorProblem(file, field.isEmpty() ? "(top level)" : field, textOf(m), fixOf(m)));
        }
        problems.sort(Comparator.comparing(ConnectorProblem::field).thenComparing(ConnectorProblem::message));
        return problems;
    }

    private String fixOf(ValidationMessage m) {
        JsonNode at = schemaAt(m);
        String property = m.getProperty();
        return switch (m.getType()) {
            case "required" -> "add '" + property + "'" + explain(at.path("properties").path(property));
            case "additionalProperties" -> "remove '" + property + "' or correct its spelling; allowed here: "
                    + names(at.path("properties"));
            case "enum" -> "use one of " + at.path("enum") + explain(at);
            case "const" -> "write " + at.path("const") + explain(at);
            case "type" -> "write a value of type " + at.path("type").asText() + explain(at);
            case "format" -> "write a valid " + at.path("format").asText() + explain(at);
            case "pattern" -> "write a value matching " + at.path("pattern").asText() + explain(at);
            case "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum" ->
                    "keep within " + m.getType() + " " + at.path(m.getType()).asText() + explain(at);
            default -> "see connector.schema.json" + explain(at);
        };
    }

    /** ": <title>, <description>" of a field's schema, when it has them. */
    private static String explain(JsonNode fieldSchema) {
        String title = fieldSchema.path("title").asText("");
        String description = fieldSchema.path("description").asText("");
        if (title.isEmpty() && description.isEmpty()) {
            return "";
        }
        return " (" + (title.isEmpty() ? "" : title + ": ") + description + ")";
    }

    private static String names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    /**
     * The schema object that holds the failing keyword, found by the keyword's location in the
     * schema document (e.g. {@code #/$defs/service/properties/mode/enum} gives the {@code mode} schema).
     */
    private JsonNode schemaAt(ValidationMessage m) {
        String fragment = m.getSchemaLocation().getFragment().toString();
        List<String> steps = new ArrayList<>(Arrays.stream(fragment.replaceFirst("^#/?", "").split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.replace("~1", "/").replace("~0", "~"))
                .collect(Collectors.toList()));
        if (!steps.isEmpty()) {
            steps.remove(steps.size() - 1); // the keyword itself
        }
        JsonNode node = schemaDocument;
        for (Iterator<String> it = steps.iterator(); it.hasNext() && !node.isMissingNode();) {
            String step = it.next();
            node = node.isArray() && step.matches("\\d+") ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        // A $ref to a shared definition: its title and description are on the definition.
        if (node.has("$ref") && node.path("$ref").asText().startsWith("#/")) {
            JsonNode target = schemaDocument.at(node.path("$ref").asText().substring(1));
            return target.isMissingNode() ? node : target;
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    private static String fieldOf(ValidationMessage m) {
        String location = m.getInstanceLocation().toString();
        String field = location.equals("$") ? "" : location.substring(location.startsWith("$.") ? 2 : 1);
        if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) && m.getProperty() != null) {
            field = field.isEmpty() ? m.getProperty() : field + "." + m.getProperty();
        }
        return field;
    }

    private static String textOf(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
