package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One service under {@code /dukcapil/get_json/{institution}/}. The backend has already checked
 * the caller's IP address, the JSON body and the login when {@link #answer} runs.
 */
interface DukcapilService {

    /** The last path segment, e.g. {@code CALL_NIK}. */
    String name();

    /**
     * The answer's {@code content[0]}.
     *
     * @throws DukcapilRejection with the RESPON text when a check fails
     */
    Map<String, ?> answer(DukcapilRequest request);

    /**
     * Sees every request that reached the service, before any check, so services can count
     * calls the way the agency's own logs would (a refused call was still a call).
     *
     * @param body the parsed body, or null when it was not a JSON object
     */
    default void observe(JsonNode body) {
    }
}
