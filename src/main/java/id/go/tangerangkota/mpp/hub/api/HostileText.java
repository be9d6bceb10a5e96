package id.go.tangerangkota.mpp.hub.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Characters no counter has a reason to send and an attacker has many: control characters (NUL
 * ends a C string in an agency's back end; C1 controls confuse terminals), unpaired surrogates (no
 * character at all: each encoder guesses differently), the bidirectional controls that make a
 * text read other than it is stored (e.g. an RTL override hiding a file extension or an amount),
 * invisible joiners and noncharacters. Keys are schema names and must be printable ASCII, so a
 * look-alike key ({@code nіk} with a Cyrillic i) is refused instead of being quietly ignored.
 * Values keep tab, line feed and carriage return (an address may span lines; logs escape them).
 */
public final class HostileText {

    private HostileText() {
    }

    /** Every key and text of the tree that breaks the rules, each named by its path (none: empty). */
    public static List<FieldError> problems(JsonNode node, int maxStringLength) {
        List<FieldError> errors = new ArrayList<>();
        walk(node, "", maxStringLength, errors);
        return errors;
    }

    private static void walk(JsonNode node, String path, int maxStringLength, List<FieldError> errors) {
        if (errors.size() >= 20) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                String child = (path.isEmpty() ? "" : path + ".") + printable(key);
                if (!plainKey(key)) {
                    errors.add(new FieldError(child, "a key must be printable ASCII (letters, digits, punctuation)"));
                    continue;
                }
                walk(e.getValue(), child, maxStringLength, errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", maxStringLength, errors);
            }
        } else if (node.isTextual()) {
            String text = node.textValue();
            String field = path.isEmpty() ? "body" : path;
            if (text.length() > maxStringLength) {
                errors.add(new FieldError(field, "a text longer than " + maxStringLength
                        + " characters (mpp.http.max-string-length)"));
            } else {
                String why = whyRefused(text);
                if (why != null) {
                    errors.add(new FieldError(field, why));
                }
            }
        }
    }

    /** Why a text value is refused, or null when it is acceptable. */
    public static String whyRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return "contains a Unicode noncharacter";
                    }
                    continue;
                }
                return "contains an unpaired surrogate (not a character)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (not a character)";
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "contains a control character (U+" + hex(c) + ")";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C) {
                return "contains a bidirectional control character (U+" + hex(c) + ") that changes how it reads";
            }
            if (c == 0x200B || c == 0x2060 || c == 0xFEFF) {
                return "contains an invisible character (U+" + hex(c) + ")";
            }
            if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
                return "contains a Unicode noncharacter";
            }
        }
        return null;
    }

    private static boolean plainKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * A caller's text as it may be echoed in a problem or a log line: printable ASCII kept, anything
     * else as {@code ?}, at most 60 characters; the value itself is never echoed, only names.
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 60));
        for (int i = 0; i < text.length() && out.length() < 60; i++) {
            char c = text.charAt(i);
            out.append(c > 0x20 && c < 0x7F ? c : '?');
        }
        return out.toString();
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
