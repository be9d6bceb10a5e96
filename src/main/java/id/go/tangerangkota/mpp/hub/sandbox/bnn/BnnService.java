package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One service of the simulated BNN gateway, under its path below the base. */
interface BnnService {

    /** e.g. {@code /skhpn/pendaftaran}. */
    String path();

    /** The {@code hasil} of a successful answer, or a {@link BnnRejection}. */
    Map<String, Object> answer(BnnRequest request);

    /** The request body, for field access with the gateway's own validation. */
    record BnnRequest(JsonNode body) {

        /** A required non-blank text field, else BNN-400 naming it. */
        String text(String field) {
            JsonNode value = body.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw BnnRejection.incomplete(field);
            }
            return value.asText().strip();
        }

        /** An optional text field, or null. */
        String optionalText(String field) {
            JsonNode value = body.get(field);
            return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
        }

        /** A required date written dd/MM/yyyy, else BNN-400. */
        java.time.LocalDate date(String field) {
            String text = text(field);
            try {
                return java.time.LocalDate.parse(text, BnnDates.DMY);
            } catch (java.time.format.DateTimeParseException malformed) {
                throw BnnRejection.incomplete(field);
            }
        }

        /** A required positive integer, else BNN-400. */
        int positive(String field) {
            JsonNode value = body.get(field);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
                throw BnnRejection.incomplete(field);
            }
            return value.asInt();
        }
    }
}
