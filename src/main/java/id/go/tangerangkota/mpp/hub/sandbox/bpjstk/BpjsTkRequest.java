package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request body sent to a BPJS Ketenagakerjaan service, with the field checks the services
 * share. Text fields must be JSON strings and numbers JSON numbers: the gateway does not coerce.
 */
final class BpjsTkRequest {

    /** The gateway's date format, as on BPJS Ketenagakerjaan documents. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final JsonNode body;

    BpjsTkRequest(JsonNode body) {
        this.body = body;
    }

    /** The body as sent. */
    JsonNode body() {
        return body;
    }

    /** A nested object as a request of its own; missing is "10". */
    BpjsTkRequest object(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new BpjsTkRejection(BpjsTkRejection.INCOMPLETE, "Parameter wajib tidak lengkap: " + field);
        }
        if (!value.isObject()) {
            throw new BpjsTkRejection(BpjsTkRejection.INVALID, "Format parameter tidak valid: " + field);
        }
        return new BpjsTkRequest(value);
    }

    /** A mandatory string: missing, null or blank is "10"; another JSON type is "11". */
    String required(String field) {
        return optional(field).filter(v -> !v.isBlank())
                .orElseThrow(() -> new BpjsTkRejection(BpjsTkRejection.INCOMPLETE, "Parameter wajib tidak lengkap: " + field));
    }

    /** An optional string, empty when absent, null or blank. */
    Optional<String> optional(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw invalid(field);
        }
        return Optional.of(value.asText()).filter(v -> !v.isBlank());
    }

    /** A mandatory string of digits of the given length range. */
    String digits(String field, int min, int max) {
        String value = required(field);
        if (!value.matches("[0-9]{" + min + "," + max + "}")) {
            throw invalid(field);
        }
        return value;
    }

    /** A mandatory date in dd-MM-yyyy. */
    LocalDate date(String field) {
        String value = required(field);
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    /** A mandatory whole number. */
    long number(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new BpjsTkRejection(BpjsTkRejection.INCOMPLETE, "Parameter wajib tidak lengkap: " + field);
        }
        if (!value.isIntegralNumber()) {
            throw invalid(field);
        }
        return value.asLong();
    }

    static BpjsTkRejection invalid(String field) {
        return new BpjsTkRejection(BpjsTkRejection.INVALID, "Format parameter tidak valid: " + field);
    }
}
