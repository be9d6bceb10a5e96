package id.go.tangerangkota.mpp.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders RFC 9457 problem documents. The one place that decides what a client sees of an error.
 */
public final class ProblemDocument {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDocument() {
    }

    /**
     * @param problem   the problem to render
     * @param instance  the request path it answers
     * @param requestId the hub's id of the HTTP call, so a clerk can quote it to support
     */
    public static String render(HubProblem problem, String instance, String requestId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", problem.type().uri());
        body.put("title", problem.type().title());
        body.put("status", problem.type().status());
        body.put("detail", problem.detail());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            problem.errors().forEach(e -> errors.addObject().put("field", e.field()).put("message", e.message()));
        }
        problem.extensions().forEach((k, v) -> body.set(k, JSON.valueToTree(v)));
        return body.toString();
    }

    /** A problem for a bare HTTP status that no hub code produced (an unknown path, say). */
    public static HubProblem forStatus(int status, String detail) {
        return new HubProblem(ProblemType.forStatus(status), detail);
    }
}
