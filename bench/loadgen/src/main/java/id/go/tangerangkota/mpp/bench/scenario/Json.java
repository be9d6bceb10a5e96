package id.go.tangerangkota.mpp.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little JSON the scenarios need: writing string values and reading one top-level-looking field
 * of a known answer. No parser on purpose: the load generator should spend its CPU sending, and the
 * answers it checks are the hub's and the sandbox's own, of known shape.
 */
final class Json {

    /** The patterns of the few fields read, compiled once. */
    private static final Map<String, Pattern> FIELDS = new ConcurrentHashMap<>();

    private Json() {
    }

    /** The text as a JSON string literal, quotes included. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** UTF-8 bytes of a body. */
    static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The first string value of {@code field} anywhere in the text (simple values without escaped
     * quotes, which is all the fields read here ever hold), or null.
     */
    static String field(String json, String field) {
        Matcher m = FIELDS.computeIfAbsent(field,
                f -> Pattern.compile("\"" + Pattern.quote(f) + "\"\\s*:\\s*\"([^\"\\\\]*)\"")).matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /**
     * True when {@code field} has the string value {@code value} somewhere in the text. The hub and
     * the sandbox write compact JSON, so a plain search decides nearly always; the pattern is the
     * fallback for an answer written with spaces.
     */
    static boolean has(String json, String field, String value) {
        return json.contains("\"" + field + "\":\"" + value + "\"") || value.equals(field(json, field));
    }
}
