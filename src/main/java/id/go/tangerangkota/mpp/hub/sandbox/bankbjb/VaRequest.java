package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of a virtual-account transaction, read the way the bank validates it: a missing
 * mandatory field is 400xx02, a malformed one 400xx01, naming the field.
 */
final class VaRequest {

    private static final Pattern PARTNER_SERVICE_ID = Pattern.compile(" *[0-9]{1,8}");
    private static final Pattern CUSTOMER_NO = Pattern.compile("[0-9]{1,20}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,16}\\.[0-9]{2}");

    private final JsonNode body;

    private VaRequest(JsonNode body) {
        this.body = body;
    }

    /** @throws SnapRejection 400xx01 when the body is not a JSON object */
    static VaRequest parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : SnapExchanges.JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw SnapRejection.invalidFormat("body");
            }
            return new VaRequest(node);
        } catch (IOException malformed) {
            throw SnapRejection.invalidFormat("body");
        }
    }

    /** The field as text when present, without validating it (for counting calls). */
    String peek(String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    /** SNAP's 8-character partnerServiceId, digits left-padded with spaces. */
    String partnerServiceId() {
        String value = text("partnerServiceId", 8);
        if (value.length() != 8 || !PARTNER_SERVICE_ID.matcher(value).matches()) {
            throw SnapRejection.invalidFormat("partnerServiceId");
        }
        return value;
    }

    String customerNo() {
        String value = text("customerNo", 20);
        if (!CUSTOMER_NO.matcher(value).matches()) {
            throw SnapRejection.invalidFormat("customerNo");
        }
        return value;
    }

    /** virtualAccountNo, which must be partnerServiceId + customerNo. */
    String virtualAccountNo(String partnerServiceId, String customerNo) {
        String value = text("virtualAccountNo", 28);
        if (!value.equals(partnerServiceId + customerNo)) {
            throw SnapRejection.invalidFormat("virtualAccountNo");
        }
        return value;
    }

    /** A mandatory string of at most {@code maxLength} characters. */
    String text(String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
            throw SnapRejection.missing(field);
        }
        if (!value.isTextual() || value.asText().length() > maxLength) {
            throw SnapRejection.invalidFormat(field);
        }
        return value.asText();
    }

    /** An optional string: null when absent. */
    String optionalText(String field, int maxLength) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : text(field, maxLength);
    }

    /** paidAmount {"value": "1875000.00", "currency": "IDR"} in whole rupiah. */
    long paidAmount() {
        JsonNode amount = body.get("paidAmount");
        if (amount == null || amount.isNull()) {
            throw SnapRejection.missing("paidAmount");
        }
        if (!amount.isObject()) {
            throw SnapRejection.invalidFormat("paidAmount");
        }
        JsonNode value = amount.get("value");
        JsonNode currency = amount.get("currency");
        if (value == null || value.asText().isEmpty()) {
            throw SnapRejection.missing("paidAmount.value");
        }
        if (currency == null || currency.asText().isEmpty()) {
            throw SnapRejection.missing("paidAmount.currency");
        }
        if (!value.isTextual() || !AMOUNT.matcher(value.asText()).matches()) {
            throw SnapRejection.invalidFormat("paidAmount.value");
        }
        if (!"IDR".equals(currency.asText())) {
            throw SnapRejection.invalidFormat("paidAmount.currency");
        }
        BigDecimal rupiah = new BigDecimal(value.asText());
        // Rupiah have no minor unit in practice: cents other than .00 are a malformed amount.
        if (rupiah.stripTrailingZeros().scale() > 0) {
            throw SnapRejection.invalidFormat("paidAmount.value");
        }
        return rupiah.longValueExact();
    }
}
