package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.tracing.TraceIds;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the HTTP call's trace on, right after Spring's observation filter opened the server span:
 * its trace id goes to the client ({@code X-Trace-Id}, on every answer) and into a request
 * attribute (for problems written by later filters and the error page, with the traceparent), and its context replaces
 * the request's {@code traceparent} header, so the Camel route that serves the call, on another
 * thread, continues the same trace instead of starting one of its own.
 */
public final class TraceIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            // Tracing is switched off (management.tracing.enabled=false): nothing to hand on.
            chain.doFilter(request, response);
            return;
        }
        String traceparent = TraceIds.traceparent(span);
        request.setAttribute(TraceIds.REQUEST_ATTRIBUTE, span.getTraceId());
        request.setAttribute(TraceIds.TRACEPARENT_ATTRIBUTE, traceparent);
        response.setHeader(TraceIds.RESPONSE_HEADER, span.getTraceId());
        chain.doFilter(new HeaderAddingRequest(request, Map.of(TraceIds.TRACEPARENT, traceparent)), response);
    }
}
