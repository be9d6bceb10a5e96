package id.go.tangerangkota.mpp.hub.audit;

import java.io.IOException;

import id.go.tangerangkota.mpp.hub.api.HttpCall;
import id.go.tangerangkota.mpp.hub.tracing.NikMasking;
import id.go.tangerangkota.mpp.hub.tracing.TraceIds;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits every call under {@code /api/}: refused ones (401, 403, 413, 429) and public ones included.
 * It runs before the API key filter, so a refused key is audited too, digests the request body as
 * it is read and holds the answer until the call's entry is durable.
 *
 * <p>Counter calls are answered asynchronously (platform-http, servlet async): the first dispatch
 * returns while a worker still runs the route. The entry is finished on the dispatch that ends the
 * call: the async dispatch back to the container, or the error page's dispatch after a sendError.
 * Whatever escapes both (a client gone, a container time-out) is finished by
 * {@link CounterCallCompletion} when the request ends.
 */
final class AuditFilter extends OncePerRequestFilter {

    private final ApiOperations operations;
    private final CounterCallRecorder recorder;
    private final int holdLimit;

    AuditFilter(ApiOperations operations, CounterCallRecorder recorder, int holdLimit) {
        this.operations = operations;
        this.recorder = recorder;
        this.holdLimit = holdLimit;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CounterCallAudit call = (CounterCallAudit) request.getAttribute(CounterCallAudit.ATTRIBUTE);
        if (call == null) {
            if (request.getDispatcherType() != DispatcherType.REQUEST || !isApi(request)) {
                chain.doFilter(request, response);
                return;
            }
            call = begin(request);
            call.response = new AuditedResponse(response, holdLimit);
            chain.doFilter(new DigestingRequest(request, call), call.response);
        } else if (call.finished()) {
            chain.doFilter(request, response);
            return;
        } else if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page writes to the container's own response: audit what it writes.
            call.response = new AuditedResponse(response, holdLimit);
            chain.doFilter(request, call.response);
        } else {
            chain.doFilter(request, response);
        }
        if (!request.isAsyncStarted() && !call.response.errorSent()) {
            recorder.finish(request, call);
        }
    }

    private CounterCallAudit begin(HttpServletRequest request) {
        String path = pathOf(request);
        String method = request.getMethod();
        Object requestId = request.getAttribute(HttpCall.REQUEST_ID_HEADER);
        Object traceId = request.getAttribute(TraceIds.REQUEST_ATTRIBUTE);
        CounterCallAudit call = new CounterCallAudit(method, NikMasking.mask(path),
                operations.match(method, path).orElse(null), requestId == null ? null : requestId.toString(),
                traceId == null ? null : traceId.toString());
        request.setAttribute(CounterCallAudit.ATTRIBUTE, call);
        return call;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The decoded, normalised path the call is routed by (as the API key filter reads it). */
    private static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
