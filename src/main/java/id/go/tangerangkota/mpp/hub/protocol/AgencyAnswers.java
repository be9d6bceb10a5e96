package id.go.tangerangkota.mpp.hub.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.HubProblem;

/**
 * How much an agency's answer may make the hub read. An agency's system can be broken or taken
 * over; its answer is hostile input like a caller's, only larger: an answer beyond these limits is
 * the agency's error (502 naming it), never a hub failure, an exhausted heap or a stack overflow
 * in a mapping. The limits are far above any real answer of the 17 agencies (a few kilobytes,
 * nested a handful of levels).
 */
public final class AgencyAnswers {

    /** Characters of one answer body. */
    public static final int MAX_CHARS = 2_000_000;
    /** Nesting of a JSON answer, and of elements in an XML one. */
    public static final int MAX_DEPTH = 64;
    /** Characters of one JSON text value (VClaim's encrypted payloads are the longest). */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxDocumentLength(MAX_CHARS)
                    .build())
            .build());

    private AgencyAnswers() {
    }

    /** A JSON reader with the limits above, for every agency answer the hub parses. */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Refuses an answer longer than {@link #MAX_CHARS} as the agency's error. */
    public static void checkSize(String body, String slug, String agency) {
        if (body != null && body.length() > MAX_CHARS) {
            throw AgencyFailures.agencyError(slug, agency, "its answer is larger than the hub accepts ("
                    + MAX_CHARS + " characters)");
        }
    }

    /**
     * Parses a JSON answer within the limits.
     *
     * @throws HubProblem the agency's error when it is too large, too deep or not JSON
     */
    public static JsonNode parseJson(String body, String slug, String agency, String context) {
        checkSize(body, slug, agency);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            // A fixed phrase: the parser's message may quote the agency's text.
            throw AgencyFailures.agencyError(slug, agency, context
                    + " that is not JSON within the hub's limits (nesting, text length)");
        }
    }
}
