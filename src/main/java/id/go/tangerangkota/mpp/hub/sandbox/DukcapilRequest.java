package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request body sent to a Dukcapil service, with the field checks every service shares and
 * the error texts the real back end answers for them.
 *
 * <p>SIAK takes every value as a JSON string, numbers included; a number where a string belongs
 * is refused rather than coerced, because a connector that sends {@code "ANAK_KE": 1} would be
 * refused in production too.
 */
final class DukcapilRequest {

    private final JsonNode body;

    DukcapilRequest(JsonNode body) {
        this.body = body;
    }

    /** True when the field is present and not JSON null. */
    boolean has(String field) {
        JsonNode value = body.get(field);
        return value != null && !value.isNull();
    }

    /** A mandatory string: missing, null or blank is "Parameter Tidak Lengkap: FIELD". */
    String required(String field) {
        return optional(field)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new DukcapilRejection("Parameter Tidak Lengkap: " + field));
    }

    /** An optional string, as sent (possibly blank); empty when absent or null. */
    Optional<String> optional(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = body.get(field);
        if (!value.isTextual()) {
            throw new DukcapilRejection("Parameter Tidak Valid: " + field);
        }
        return Optional.of(value.asText());
    }

    /** A mandatory NIK field: present, then exactly 16 digits (no spaces: SIAK does not trim). */
    String nik(String field) {
        String nik = required(field);
        if (!isSixteenDigits(nik)) {
            throw new DukcapilRejection("NIK".equals(field) ? "NIK Tidak Valid" : "NIK Tidak Valid: " + field);
        }
        return nik;
    }

    /** A credential (user_id, password) as sent, empty when it is missing or not a string. */
    String credential(String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    /** Sixteen ASCII digits: the shape of both a NIK and a family card number. */
    static boolean isSixteenDigits(String value) {
        return value.length() == 16 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
