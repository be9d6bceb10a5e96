package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jpos.iso.ISOBasePackager;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOFieldPackager;
import org.jpos.iso.ISOMsg;

/**
 * Converts between an ISO 8583 message and its JSON view, the shape the mappings read and write:
 * <pre>
 * {"mti": "2100", "fields": {"2": "99501", "39": "0000", "48": {"customerId": "...", ...}}}
 * </pre>
 * Fields are keyed by bit number; a field with a layout (see {@link FieldLayout}) is an object of
 * named values, any other field a string.
 */
final class MessageViews {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MessageViews() {
    }

    /**
     * @throws IllegalArgumentException naming the bit whose value is wrong
     */
    static ISOMsg toMessage(String mti, JsonNode fields, Map<Integer, FieldLayout> layouts, ISOBasePackager packager) {
        if (mti == null || !mti.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("mti: must be four digits");
        }
        ISOMsg message = new ISOMsg();
        message.setPackager(packager);
        try {
            message.setMTI(mti);
            if (fields != null && !fields.isNull()) {
                if (!fields.isObject()) {
                    throw new IllegalArgumentException("fields: must be an object keyed by bit number");
                }
                Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> field = it.next();
                    set(message, field.getKey(), field.getValue(), layouts, packager);
                }
            }
        } catch (ISOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return message;
    }

    private static void set(ISOMsg message, String key, JsonNode value, Map<Integer, FieldLayout> layouts,
            ISOBasePackager packager) throws ISOException {
        int bit;
        try {
            bit = Integer.parseInt(key);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("fields." + key + ": not a bit number");
        }
        if (bit < 2 || bit > 128 || bit == 65) {
            throw new IllegalArgumentException("fields." + key + ": not a data field (2-128)");
        }
        if (value == null || value.isNull()) {
            return;
        }
        ISOFieldPackager definition = definition(packager, bit);
        if (definition == null) {
            throw new IllegalArgumentException("fields." + key + ": the packager does not define bit " + bit);
        }
        String text;
        if (value.isObject()) {
            FieldLayout layout = layouts.get(bit);
            if (layout == null) {
                throw new IllegalArgumentException("fields." + key + ": an object needs a layout for bit " + bit);
            }
            text = FieldLayoutCodec.encode(layout, value);
        } else if (value.isTextual() || value.isIntegralNumber()) {
            text = value.asText();
        } else {
            throw new IllegalArgumentException("fields." + key + ": must be a string, a whole number or a laid-out object");
        }
        if (text.length() > definition.getLength()) {
            throw new IllegalArgumentException("fields." + key + ": " + text.length() + " characters, bit " + bit
                    + " takes at most " + definition.getLength());
        }
        // jPOS pads numeric fields but does not check them: a letter would reach the host.
        if (definition.getClass().getSimpleName().contains("NUM") && !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("fields." + key + ": bit " + bit + " takes digits only");
        }
        message.set(bit, text);
    }

    private static ISOFieldPackager definition(ISOBasePackager packager, int bit) {
        try {
            return packager.getFieldPackager(bit);
        } catch (ArrayIndexOutOfBoundsException beyondTheLastDefinedBit) {
            return null;
        }
    }

    /**
     * @throws IllegalArgumentException when a laid-out field does not follow its layout
     */
    static ObjectNode toView(ISOMsg message, Map<Integer, FieldLayout> layouts) {
        ObjectNode view = NODES.objectNode();
        try {
            view.put("mti", message.getMTI());
        } catch (ISOException e) {
            throw new IllegalArgumentException("the message has no type", e);
        }
        ObjectNode fields = view.putObject("fields");
        for (int bit = 2; bit <= message.getMaxField(); bit++) {
            if (!message.hasField(bit) || bit == 65) {
                continue;
            }
            String text = message.getString(bit);
            FieldLayout layout = layouts.get(bit);
            if (layout != null) {
                try {
                    fields.set(String.valueOf(bit), FieldLayoutCodec.decode(layout, text));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("bit " + bit + ": " + e.getMessage(), e);
                }
            } else {
                fields.put(String.valueOf(bit), text);
            }
        }
        return view;
    }
}
