package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fixed-width layout of one private-data field (e.g. an ISO 8583 bit 48), read from a layout
 * file under {@code mappings/<agency>/}: header fields, then optionally a group of fields repeated
 * as many times as a header field says. The agency's layout is data; {@link FieldLayoutCodec}
 * reads and writes any layout.
 *
 * <pre>
 * {"name": "...", "description": "...",
 *  "fields": [{"name": "customerId", "offset": 7, "length": 12, "type": "digits"}, ...],
 *  "repeat": {"name": "bills", "countField": "billStatus", "max": 4,
 *             "fields": [{"name": "period", "offset": 0, "length": 6, "type": "digits"}, ...]}}
 * </pre>
 *
 * Offsets are checked: each field starts where the one before it ends (offsets of the repeated
 * fields count from the start of each repetition), so a typo in a length is caught when the file
 * is loaded, not when an agency answers.
 *
 * @param name        the layout's name, for messages
 * @param fields      the header fields, in order
 * @param repeat      the repeated group, or null
 */
public record FieldLayout(String name, List<Field> fields, Group repeat) {

    /** How a value is written into its fixed-width slot and read back. */
    public enum Type {
        /** Digits kept as a string (leading zeros matter: ids, dates, meter readings); zero-padded left. */
        DIGITS('0', Align.RIGHT),
        /** A whole non-negative number, read as a JSON number; zero-padded left. */
        INTEGER('0', Align.RIGHT),
        /** Text, space-padded right; read back without the trailing padding. */
        TEXT(' ', Align.LEFT);

        final char defaultPad;
        final Align defaultAlign;

        Type(char defaultPad, Align defaultAlign) {
            this.defaultPad = defaultPad;
            this.defaultAlign = defaultAlign;
        }
    }

    /** Which side of its slot a value sits on; the padding fills the other side. */
    public enum Align { LEFT, RIGHT }

    /**
     * One fixed-width field.
     *
     * @param name   the JSON name the mappings use
     * @param offset where it starts (from the start of the layout or of one repetition)
     * @param length its width in characters
     * @param type   how its value is written and read
     * @param pad    the padding character
     * @param align  where the value sits
     */
    public record Field(String name, int offset, int length, Type type, char pad, Align align) {
    }

    /**
     * The repeated group.
     *
     * @param name       the JSON array's name
     * @param countField the header field holding the number of repetitions, or null (as many as fit)
     * @param max        most repetitions allowed
     * @param fields     the fields of one repetition
     */
    public record Group(String name, String countField, int max, List<Field> fields) {

        /** Characters of one repetition. */
        public int length() {
            return fields.stream().mapToInt(Field::length).sum();
        }
    }

    /** Characters of the header. */
    public int headerLength() {
        return fields.stream().mapToInt(Field::length).sum();
    }

    /**
     * Reads and checks a layout file's JSON.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static FieldLayout parse(JsonNode json) {
        String name = json.path("name").asText("layout");
        List<Field> header = fields(json.path("fields"), name + ".fields");
        Group group = null;
        JsonNode repeat = json.get("repeat");
        if (repeat != null && !repeat.isNull()) {
            String groupName = required(repeat, "name", name + ".repeat");
            String countField = repeat.hasNonNull("countField") ? repeat.get("countField").asText() : null;
            if (countField != null && header.stream().noneMatch(f -> f.name().equals(countField)
                    && f.type() != Type.TEXT)) {
                throw new IllegalArgumentException(name + ".repeat.countField: '" + countField
                        + "' is not a numeric header field");
            }
            int max = repeat.path("max").asInt(Integer.MAX_VALUE);
            group = new Group(groupName, countField, max, fields(repeat.path("fields"), name + ".repeat.fields"));
            if (header.stream().anyMatch(f -> f.name().equals(groupName))) {
                throw new IllegalArgumentException(name + ".repeat.name: '" + groupName + "' is also a header field");
            }
        }
        return new FieldLayout(name, List.copyOf(header), group);
    }

    private static List<Field> fields(JsonNode array, String at) {
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException(at + ": must be a non-empty array of fields");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int expectedOffset = 0;
        for (int i = 0; i < array.size(); i++) {
            JsonNode f = array.get(i);
            String where = at + "[" + i + "]";
            String fieldName = required(f, "name", where);
            if (!names.add(fieldName)) {
                throw new IllegalArgumentException(where + ".name: '" + fieldName + "' is used twice");
            }
            int length = f.path("length").asInt(0);
            if (length < 1) {
                throw new IllegalArgumentException(where + " (" + fieldName + ").length: must be a positive integer");
            }
            if (f.has("offset") && f.get("offset").asInt(-1) != expectedOffset) {
                throw new IllegalArgumentException(where + " (" + fieldName + ").offset: is "
                        + f.get("offset").asText() + " but the fields before it end at " + expectedOffset);
            }
            Type type;
            try {
                type = Type.valueOf(required(f, "type", where).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(where + " (" + fieldName + ").type: must be digits, integer or text");
            }
            String pad = f.path("pad").asText(String.valueOf(type.defaultPad));
            if (pad.length() != 1) {
                throw new IllegalArgumentException(where + " (" + fieldName + ").pad: must be one character");
            }
            Align align = f.hasNonNull("align")
                    ? Align.valueOf(f.get("align").asText().toUpperCase(Locale.ROOT)) : type.defaultAlign;
            fields.add(new Field(fieldName, expectedOffset, length, type, pad.charAt(0), align));
            expectedOffset += length;
        }
        return fields;
    }

    private static String required(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(at + "." + field + ": is required");
        }
        return value.asText();
    }
}
