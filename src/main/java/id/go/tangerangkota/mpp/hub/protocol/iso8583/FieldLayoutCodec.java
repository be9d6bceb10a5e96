package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes named values into a {@link FieldLayout}'s fixed-width text and reads them back.
 *
 * <p>Writing stops after the last header field that has a value, unless the repeated group is
 * given: a request usually carries only the leading fields of the layout (an inquiry sends
 * switcher id and customer id), the answer all of them. A header field left out before the last
 * one given is written as padding. Values that do not fit are refused, never cut: a cut customer
 * id would reach the agency as another customer.
 *
 * <p>Reading accepts text that ends at a field boundary (an error answer that echoes only the
 * request's fields); text that ends inside a field, or does not fill the announced number of
 * repetitions exactly, is refused.
 */
public final class FieldLayoutCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FieldLayoutCodec() {
    }

    /**
     * @param values the field values by name; the group as an array of objects under its name
     * @throws IllegalArgumentException naming the field whose value is missing, malformed or too long
     */
    public static String encode(FieldLayout layout, JsonNode values) {
        if (values == null || !values.isObject()) {
            throw new IllegalArgumentException(layout.name() + ": the values must be a JSON object");
        }
        FieldLayout.Group group = layout.repeat();
        JsonNode items = group == null ? null : values.get(group.name());
        boolean withGroup = items != null && !items.isNull();
        if (withGroup && (!items.isArray() || items.size() > group.max())) {
            throw new IllegalArgumentException(layout.name() + "." + group.name() + ": must be an array of at most "
                    + group.max() + " objects");
        }
        List<FieldLayout.Field> header = layout.fields();
        int last = withGroup ? header.size() - 1 : lastGiven(header, values);
        StringBuilder out = new StringBuilder(layout.headerLength());
        for (int i = 0; i <= last; i++) {
            FieldLayout.Field field = header.get(i);
            JsonNode value = values.get(field.name());
            if (withGroup && group.countField() != null && field.name().equals(group.countField())) {
                value = countOf(layout, field, value, items.size());
            }
            out.append(write(layout.name(), field, value));
        }
        if (withGroup) {
            for (int n = 0; n < items.size(); n++) {
                JsonNode item = items.get(n);
                String at = layout.name() + "." + group.name() + "[" + n + "]";
                if (!item.isObject()) {
                    throw new IllegalArgumentException(at + ": must be an object");
                }
                for (FieldLayout.Field field : group.fields()) {
                    out.append(write(at, field, item.get(field.name())));
                }
            }
        }
        return out.toString();
    }

    /**
     * @throws IllegalArgumentException naming the field that cannot be read
     */
    public static ObjectNode decode(FieldLayout layout, String text) {
        ObjectNode values = NODES.objectNode();
        String data = text == null ? "" : text;
        int position = 0;
        for (FieldLayout.Field field : layout.fields()) {
            if (position == data.length()) {
                return values;
            }
            position = read(layout.name(), field, data, position, values);
        }
        FieldLayout.Group group = layout.repeat();
        if (group == null) {
            if (position != data.length()) {
                throw new IllegalArgumentException(layout.name() + ": " + (data.length() - position)
                        + " characters after the last field");
            }
            return values;
        }
        int remaining = data.length() - position;
        int count = group.countField() == null ? remaining / group.length() : values.path(group.countField()).asInt();
        if (count < 0 || count > group.max() || remaining != count * group.length()) {
            throw new IllegalArgumentException(layout.name() + "." + group.name() + ": " + remaining
                    + " characters follow the header, expected " + count + " x " + group.length());
        }
        ArrayNode items = values.putArray(group.name());
        for (int n = 0; n < count; n++) {
            ObjectNode item = items.addObject();
            for (FieldLayout.Field field : group.fields()) {
                position = read(layout.name() + "." + group.name() + "[" + n + "]", field, data, position, item);
            }
        }
        return values;
    }

    private static int lastGiven(List<FieldLayout.Field> header, JsonNode values) {
        int last = -1;
        for (int i = 0; i < header.size(); i++) {
            JsonNode value = values.get(header.get(i).name());
            if (value != null && !value.isNull()) {
                last = i;
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no field of the layout has a value");
        }
        return last;
    }

    private static JsonNode countOf(FieldLayout layout, FieldLayout.Field field, JsonNode given, int size) {
        if (given != null && !given.isNull() && given.asLong(-1) != size) {
            throw new IllegalArgumentException(layout.name() + "." + field.name() + ": is " + given.asText()
                    + " but " + size + " " + layout.repeat().name() + " are given");
        }
        return NODES.numberNode(size);
    }

    private static String write(String at, FieldLayout.Field field, JsonNode value) {
        String where = at + "." + field.name();
        String text;
        if (value == null || value.isNull()) {
            text = "";
        } else if (field.type() == FieldLayout.Type.INTEGER) {
            if (!(value.isIntegralNumber() || value.isTextual()) || !isDigits(value.asText())) {
                throw new IllegalArgumentException(where + ": must be a whole number of at most " + field.length()
                        + " digits, not negative");
            }
            text = value.asText();
        } else if (field.type() == FieldLayout.Type.DIGITS) {
            text = value.asText();
            if (!isDigits(text)) {
                throw new IllegalArgumentException(where + ": must hold digits only");
            }
        } else {
            text = value.asText();
        }
        if (text.length() > field.length()) {
            throw new IllegalArgumentException(where + ": " + text.length() + " characters do not fit in "
                    + field.length());
        }
        String padding = String.valueOf(field.pad()).repeat(field.length() - text.length());
        return field.align() == FieldLayout.Align.LEFT ? text + padding : padding + text;
    }

    private static int read(String at, FieldLayout.Field field, String data, int position, ObjectNode into) {
        if (data.length() - position < field.length()) {
            throw new IllegalArgumentException(at + "." + field.name() + ": the text ends inside this field");
        }
        String raw = data.substring(position, position + field.length());
        switch (field.type()) {
            case INTEGER -> {
                String digits = strip(raw, field).isEmpty() ? "0" : raw.strip();
                if (!isDigits(digits)) {
                    // The value itself stays out of the message: it may be personal data.
                    throw new IllegalArgumentException(at + "." + field.name() + ": not a number");
                }
                into.put(field.name(), Long.parseLong(digits));
            }
            case DIGITS -> into.put(field.name(), raw.strip());
            case TEXT -> into.put(field.name(), strip(raw, field));
        }
        return position + field.length();
    }

    /** The value without its padding (and without stray spaces an agency may leave). */
    private static String strip(String raw, FieldLayout.Field field) {
        String text = raw;
        if (field.align() == FieldLayout.Align.LEFT) {
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == field.pad() || text.charAt(end - 1) == ' ')) {
                end--;
            }
            return text.substring(0, end);
        }
        return text.strip();
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
