package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import id.go.tangerangkota.mpp.hub.tracing.TraceIds;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes a problem straight to a servlet response, for the filters and the error controller that
 * answer before (or outside) any Camel route.
 */
public final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HubProblem problem)
            throws IOException {
        String requestId = (String) request.getAttribute(HttpCall.REQUEST_ID_HEADER);
        // The error page runs after the filters closed the call's span and cleared its MDC: the
        // request id and trace filters left their values on the request, to answer and log with.
        boolean outsideCall = !Span.current().getSpanContext().isValid();
        Object traceparent = request.getAttribute(TraceIds.TRACEPARENT_ATTRIBUTE);
        try (Scope trace = outsideCall && traceparent instanceof String t ? TraceIds.fromTraceparent(t).makeCurrent()
                : Scope.noop()) {
            if (outsideCall) {
                MDC.put(HttpCall.MDC_REQUEST_ID, requestId);
            }
            byte[] body = ProblemDocument.render(problem, request.getRequestURI(), requestId, TraceIds.current())
                    .getBytes(StandardCharsets.UTF_8);
            // One line per refused call, so the trace id a client quotes finds why it was refused.
            LOG.info("Answering {} {} with {}: {}", request.getMethod(), request.getRequestURI(),
                    problem.type().status(), problem.detail());
            response.setStatus(problem.type().status());
            response.setContentType(ProblemDocument.MEDIA_TYPE);
            response.setContentLength(body.length);
            if (problem.retryAfterSeconds() != null) {
                response.setHeader("Retry-After", String.valueOf(problem.retryAfterSeconds()));
            }
            response.getOutputStream().write(body);
        } finally {
            if (outsideCall) {
                MDC.remove(HttpCall.MDC_REQUEST_ID);
            }
        }
    }
}
