package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import id.go.tangerangkota.mpp.hub.request.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP call the hub's own request id, first thing. The id is a header of the wrapped
 * request (so Camel routes see it), a request attribute (for filters), in the MDC (for log lines)
 * and echoed to the client. A client-sent X-Request-Id is replaced: ids must be unique and
 * unguessable because an application's id is also how it is looked up.
 */
public final class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.next();
        request.setAttribute(HttpCall.REQUEST_ID_HEADER, requestId);
        response.setHeader(HttpCall.REQUEST_ID_HEADER, requestId);
        MDC.put(HttpCall.MDC_REQUEST_ID, requestId);
        try {
            chain.doFilter(new HeaderAddingRequest(request, java.util.Map.of(HttpCall.REQUEST_ID_HEADER, requestId)), response);
        } finally {
            MDC.remove(HttpCall.MDC_REQUEST_ID);
        }
    }

}
