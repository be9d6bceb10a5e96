package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * The body of a membership application, VClaim style: {@code {"request": {...}}}, every value a
 * JSON string. The partner's own reference of the application ({@code noRefMitra}, the hub's request
 * id) is what the provider deduplicates on.
 */
final class ApplicationRequest {

    /** Longest noRefMitra accepted: a UUID fits with room to spare. */
    static final int MAX_REFERENCE_LENGTH = 64;

    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode request;

    private ApplicationRequest(JsonNode request) {
        this.request = request;
    }

    /**
     * @return the request, or empty when the body is not {@code {"request": {...}}}
     */
    static Optional<ApplicationRequest> parse(byte[] body) {
        try {
            JsonNode root = READER.readTree(body);
            JsonNode request = root == null ? null : root.get("request");
            return request != null && request.isObject() ? Optional.of(new ApplicationRequest(request))
                    : Optional.empty();
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    /** noRefMitra as sent when it is a string, for counting receipts before any check. */
    Optional<String> referenceAsSent() {
        JsonNode value = request.get("noRefMitra");
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The mandatory noRefMitra, at most {@link #MAX_REFERENCE_LENGTH} characters. */
    String reference() {
        String reference = required("noRefMitra");
        if (reference.length() > MAX_REFERENCE_LENGTH) {
            throw VclaimRejection.badRequest("Parameter tidak valid: noRefMitra");
        }
        return reference;
    }

    /** A mandatory string: missing, null or blank is 400 "Parameter tidak lengkap: field". */
    String required(String field) {
        return optional(field).filter(v -> !v.isBlank())
                .orElseThrow(() -> VclaimRejection.badRequest("Parameter tidak lengkap: " + field));
    }

    /** An optional string; a number or object where a string belongs is 400. */
    Optional<String> optional(String field) {
        return text(request, field, field);
    }

    /** A mandatory field of exactly {@code digits} digits. */
    String digits(String field, int digits) {
        String value = required(field);
        if (value.length() != digits || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw VclaimRejection.badRequest("Parameter tidak valid: " + field);
        }
        return value;
    }

    /** A mandatory non-empty object. */
    JsonNode object(String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            throw VclaimRejection.badRequest("Parameter tidak lengkap: " + field);
        }
        if (!value.isObject() || value.isEmpty()) {
            throw VclaimRejection.badRequest("Parameter tidak valid: " + field);
        }
        return value;
    }

    /** A string inside a nested object, named {@code label} in messages. */
    static Optional<String> text(JsonNode object, String field, String label) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw VclaimRejection.badRequest("Parameter tidak valid: " + label);
        }
        return Optional.of(value.asText());
    }
}
