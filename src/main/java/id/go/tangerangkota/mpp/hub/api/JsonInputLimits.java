package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How much JSON a caller may make the hub parse: nesting depth, length of a string, a key and a
 * number, and no key twice in one object. Jackson enforces the limits while it reads, so a
 * hostile body is refused before a deep tree or a huge string is built; a body that breaks one is
 * a 400 naming where it broke and which limit ({@code mpp.http.max-json-depth},
 * {@code mpp.http.max-string-length}). The body as a whole is limited before this by
 * {@link RequestLimitsFilter}.
 */
public final class JsonInputLimits {

    /** Digits a number may have: more than any amount or id the hub handles, far below Jackson's 1000. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Characters a key may have; keys are schema names, never data. */
    static final int MAX_NAME_LENGTH = 200;

    private final int maxDepth;
    private final int maxStringLength;
    private final ObjectMapper json;

    public JsonInputLimits(int maxDepth, int maxStringLength) {
        if (maxDepth < 4 || maxStringLength < 100) {
            throw new IllegalArgumentException("mpp.http.max-json-depth must be 4 or more and"
                    + " mpp.http.max-string-length 100 or more: the envelope itself needs that much");
        }
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                // A key twice is ambiguous: the validator and a mapping could each read another one.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = new ObjectMapper(factory);
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Parses a caller's JSON text within the limits.
     *
     * @throws HubProblem 400 naming where the text broke a limit or is not JSON
     */
    public JsonNode parse(String body) {
        JsonParser parser = null;
        try {
            parser = json.getFactory().createParser(body);
            return json.readTree(parser);
        } catch (StreamConstraintsException e) {
            String field = fieldOf(parser);
            String message = limitBroken(e.getOriginalMessage());
            throw new HubProblem(ProblemType.VALIDATION, field + ": " + message,
                    List.of(new FieldError(field, message)), null, Map.of());
        } catch (IOException e) {
            String original = e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
            JsonLocation location = e instanceof JsonProcessingException j ? j.getLocation() : null;
            String where = location == null ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            if (original == null) {
                throw new HubProblem(ProblemType.MALFORMED_JSON, "The body is not valid JSON",
                        List.of(new FieldError("body", "not valid JSON")), null, Map.of());
            }
            if (original.startsWith("Duplicate field")) {
                String field = fieldOf(parser);
                throw HubProblem.invalidField(field, "a key appears twice in the same object");
            }
            throw new HubProblem(ProblemType.MALFORMED_JSON, "The body is not valid JSON" + where,
                    List.of(new FieldError("body", "not valid JSON" + where)), null, Map.of());
        }
    }

    /** Which limit Jackson's (fixed, English) message speaks of, said without the value. */
    private String limitBroken(String jacksonMessage) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        if (m.contains("nesting depth")) {
            return "nested deeper than " + maxDepth + " levels (mpp.http.max-json-depth)";
        }
        if (m.startsWith("String value length")) {
            return "a text longer than " + maxStringLength + " characters (mpp.http.max-string-length)";
        }
        if (m.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (m.startsWith("Name length")) {
            return "a key longer than " + MAX_NAME_LENGTH + " characters";
        }
        return "exceeds a limit of the hub's JSON parser";
    }

    /**
     * The dotted path ({@code data.child.name}) where the parser stopped, from its context; the
     * whole body when it stopped at the top.
     */
    static String fieldOf(JsonParser parser) {
        if (parser == null || parser.getParsingContext() == null) {
            return "body";
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (pointer.isEmpty()) {
            return "body";
        }
        // "/data/child/0/name" -> "data.child[0].name"; each segment was a key or index of this body.
        StringBuilder dotted = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String s = segment.replace("~1", "/").replace("~0", "~");
            if (s.matches("[0-9]{1,9}")) {
                dotted.append('[').append(s).append(']');
            } else {
                dotted.append(dotted.length() == 0 ? "" : ".").append(HostileText.printable(s));
            }
        }
        String field = dotted.toString();
        return field.length() > MAX_NAME_LENGTH ? field.substring(0, MAX_NAME_LENGTH) + "..." : field;
    }
}
