package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a problem straight to a servlet response, for the filters and the error controller that
 * answer before (or outside) any Camel route.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HubProblem problem)
            throws IOException {
        String requestId = (String) request.getAttribute(HttpCall.REQUEST_ID_HEADER);
        byte[] body = ProblemDocument.render(problem, request.getRequestURI(), requestId)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.type().status());
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.setContentLength(body.length);
        if (problem.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", String.valueOf(problem.retryAfterSeconds()));
        }
        response.getOutputStream().write(body);
    }
}
