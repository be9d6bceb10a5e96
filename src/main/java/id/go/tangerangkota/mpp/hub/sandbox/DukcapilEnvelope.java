package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page-shaped envelope every Dukcapil answer comes in, successes and errors alike: the
 * record, the verification or the error text is {@code content[0]}, and errors still travel as
 * HTTP 200, as the real service answers.
 */
final class DukcapilEnvelope {

    private DukcapilEnvelope() {
    }

    /** The envelope around one content element, keys in the order the real service writes them. */
    static Map<String, Object> of(Map<String, ?> content) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("content", List.of(content));
        envelope.put("lastPage", true);
        envelope.put("numberOfElements", 1);
        envelope.put("sort", null);
        envelope.put("first", true);
        envelope.put("totalPages", 1);
        envelope.put("totalElements", 1);
        envelope.put("size", 1);
        envelope.put("number", 0);
        return envelope;
    }

    /** An error (or status) answer: {@code content[0] = {"RESPON": text}}. */
    static Map<String, Object> respon(String text) {
        return of(Map.of("RESPON", text));
    }
}
