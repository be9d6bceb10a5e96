package id.go.tangerangkota.mpp.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.tracing.NikMasking;
import id.go.tangerangkota.mpp.hub.tracing.TraceIds;

/**
 * Renders RFC 9457 problem documents. The one place that decides what a client sees of an error.
 */
public final class ProblemDocument {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Paths the hub serves: slugs, ids and tracking codes, nothing encoded. */
    private static final java.util.regex.Pattern PLAIN_PATH = java.util.regex.Pattern.compile("[A-Za-z0-9/._~-]{1,300}");

    private ProblemDocument() {
    }

    /**
     * Renders a problem with the trace id of the span current on this thread.
     *
     * @param problem   the problem to render
     * @param instance  the request path it answers
     * @param requestId the hub's id of the HTTP call, so a clerk can quote it to support
     */
    public static String render(HubProblem problem, String instance, String requestId) {
        return render(problem, instance, requestId, TraceIds.current());
    }

    /**
     * @param problem   the problem to render
     * @param instance  the request path it answers
     * @param requestId the hub's id of the HTTP call, so a clerk can quote it to support
     * @param traceId   the call's trace id (32 hex digits), which finds its log lines and spans; null
     *                  when tracing is off
     */
    public static String render(HubProblem problem, String instance, String requestId, String traceId) {
        // The last guard against a whole NIK in an answer: a path may carry one
        // (/citizens/{nik}/access-log), and a detail or field message may quote an agency's words.
        ObjectNode body = JSON.createObjectNode();
        body.put("type", problem.type().uri());
        body.put("title", problem.type().title());
        body.put("status", problem.type().status());
        body.put("detail", NikMasking.mask(problem.detail()));
        if (instance != null && PLAIN_PATH.matcher(instance).matches()) {
            // A path of anything else (an injection attempt, say) is not echoed back to its sender.
            body.put("instance", NikMasking.mask(instance));
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            problem.errors().forEach(e -> errors.addObject().put("field", e.field())
                    .put("message", NikMasking.mask(e.message())));
        }
        problem.extensions().forEach((k, v) -> body.set(k, JSON.valueToTree(v)));
        return body.toString();
    }

    /** A problem for a bare HTTP status that no hub code produced (an unknown path, say). */
    public static HubProblem forStatus(int status, String detail) {
        return new HubProblem(ProblemType.forStatus(status), detail);
    }
}
