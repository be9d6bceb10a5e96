package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One service of the simulated land-office gateway; the handler pages what it returns. */
interface AtrBpnService {

    /** e.g. {@code /berkas/cari}. */
    String path();

    /** The records of a successful answer (all of them; the handler pages), or an {@link AtrBpnRejection}. */
    List<Map<String, Object>> answer(JsonNode body);

    /** A required non-blank text field, else E100 naming it. */
    static String text(JsonNode body, String path) {
        JsonNode value = body.at("/" + path.replace('.', '/'));
        if (!value.isTextual() || value.asText().isBlank()) {
            throw AtrBpnRejection.incomplete(path);
        }
        return value.asText().strip();
    }

    /** A required integer field, else E100 naming it. */
    static int integer(JsonNode body, String path) {
        JsonNode value = body.at("/" + path.replace('.', '/'));
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw AtrBpnRejection.incomplete(path);
        }
        return value.asInt();
    }
}
