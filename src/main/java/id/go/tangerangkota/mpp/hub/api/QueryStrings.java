package id.go.tangerangkota.mpp.hub.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

/**
 * Checks a request's query string before Tomcat parses it: Tomcat drops a parameter whose
 * percent-encoding is broken and goes on, so {@code ?status=%zz} would be answered as if no status
 * had been asked for. The hub refuses it instead, as it refuses any other malformed input.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    /** Why the query string is refused, or null when it is acceptable (or absent). */
    static String whyRefused(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return "a broken percent-encoding (% must be followed by two hex digits)";
                }
                bytes.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x21 || c > 0x7E) {
                return "a character that must be percent-encoded";
            } else {
                bytes.write(c);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            String why = HostileText.whyRefused(decoded);
            return why == null ? null : "a parameter " + why.replace("contains", "that contains");
        } catch (CharacterCodingException e) {
            return "percent-encoded bytes that are not UTF-8";
        }
    }
}
