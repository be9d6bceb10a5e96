package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading the fields of a Disnaker request: a missing one is V-01, a malformed one V-02, each
 * naming the field by its dotted path (e.g. {@code pendidikan.jenjang}).
 */
final class Fields {

    private Fields() {
    }

    private static JsonNode at(JsonNode body, String path) {
        return body.at("/" + path.replace('.', '/'));
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
    }

    /** A required non-blank text, stripped. */
    static String text(JsonNode body, String path) {
        JsonNode value = at(body, path);
        if (absent(value)) {
            throw DisnakerRejection.missing(path);
        }
        if (!value.isTextual()) {
            throw DisnakerRejection.invalid(path);
        }
        return value.asText().strip();
    }

    /** A required text of at most {@code max} characters. */
    static String text(JsonNode body, String path, int max) {
        String value = text(body, path);
        if (value.length() > max) {
            throw DisnakerRejection.invalid(path);
        }
        return value;
    }

    /** An optional text, null when absent. */
    static String optionalText(JsonNode body, String path, int max) {
        return absent(at(body, path)) ? null : text(body, path, max);
    }

    /** A required text of exactly {@code length} digits. */
    static String digits(JsonNode body, String path, int length) {
        String value = text(body, path);
        if (!value.matches("[0-9]{" + length + "}")) {
            throw DisnakerRejection.invalid(path);
        }
        return value;
    }

    /** A required text from a closed list. */
    static String oneOf(JsonNode body, String path, Set<String> allowed) {
        String value = text(body, path);
        if (!allowed.contains(value)) {
            throw DisnakerRejection.invalid(path);
        }
        return value;
    }

    /** A required whole number within bounds. */
    static int integer(JsonNode body, String path, int min, int max) {
        JsonNode value = at(body, path);
        if (absent(value)) {
            throw DisnakerRejection.missing(path);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw DisnakerRejection.invalid(path);
        }
        return value.asInt();
    }

    /** An optional number within bounds, null when absent. */
    static Double optionalNumber(JsonNode body, String path, double min, double max) {
        JsonNode value = at(body, path);
        if (absent(value)) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw DisnakerRejection.invalid(path);
        }
        return value.asDouble();
    }

    /** An optional list of texts (absent: empty), each at most {@code maxLength}, at most {@code maxItems}. */
    static List<String> texts(JsonNode body, String path, int maxItems, int maxLength) {
        JsonNode value = at(body, path);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw DisnakerRejection.invalid(path);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > maxLength) {
                throw DisnakerRejection.invalid(path);
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    /** A required list of ISO dates (yyyy-MM-dd), possibly empty. */
    static List<LocalDate> dates(JsonNode body, String path, int maxItems) {
        JsonNode value = at(body, path);
        if (value.isMissingNode() || value.isNull()) {
            throw DisnakerRejection.missing(path);
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw DisnakerRejection.invalid(path);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode item : value) {
            try {
                dates.add(LocalDate.parse(item.asText()));
            } catch (DateTimeParseException malformed) {
                throw DisnakerRejection.invalid(path);
            }
            if (!item.isTextual()) {
                throw DisnakerRejection.invalid(path);
            }
        }
        return dates;
    }
}
