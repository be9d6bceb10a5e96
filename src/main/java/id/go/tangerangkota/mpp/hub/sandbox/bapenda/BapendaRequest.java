package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request body sent to a Bapenda service, with the field checks the services share. Text must
 * be JSON strings and numbers JSON numbers: the back end does not coerce. Any failed check is
 * status 10.
 */
final class BapendaRequest {

    private final JsonNode body;

    BapendaRequest(JsonNode body) {
        this.body = body;
    }

    /** A mandatory non-blank string. */
    String text(String field) {
        return optional(field).orElseThrow(() -> new BapendaRejection(BapendaRejection.INVALID,
                "Parameter wajib tidak lengkap: " + field));
    }

    /** A mandatory string matching a pattern. */
    String text(String field, String pattern) {
        String value = text(field);
        if (!value.matches(pattern)) {
            throw BapendaRejection.invalid(field);
        }
        return value;
    }

    /** An optional string, empty when absent, null or blank. */
    Optional<String> optional(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw BapendaRejection.invalid(field);
        }
        return Optional.of(value.asText().strip()).filter(v -> !v.isEmpty());
    }

    /** A mandatory number (whole or decimal), at least {@code min}. */
    double number(String field, double min) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new BapendaRejection(BapendaRejection.INVALID, "Parameter wajib tidak lengkap: " + field);
        }
        if (!value.isNumber() || value.asDouble() < min) {
            throw BapendaRejection.invalid(field);
        }
        return value.asDouble();
    }

    /** A mandatory ISO date (yyyy-MM-dd). */
    LocalDate date(String field) {
        try {
            return LocalDate.parse(text(field));
        } catch (DateTimeParseException e) {
            throw BapendaRejection.invalid(field);
        }
    }

    /** A mandatory nested object. */
    BapendaRequest object(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isObject()) {
            throw new BapendaRejection(BapendaRejection.INVALID, "Parameter wajib tidak lengkap: " + field);
        }
        return new BapendaRequest(value);
    }
}
