package id.go.tangerangkota.mpp.hub.audit;

import java.io.IOException;

import id.go.tangerangkota.mpp.hub.api.HttpCall;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after the API key filter: tells the call's audit who the authenticated client is. The
 * identity headers it reads can only come from the API key filter ({@link DigestingRequest} hides
 * any a client sent itself).
 */
final class AuditIdentityFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CounterCallAudit.ATTRIBUTE) instanceof CounterCallAudit call) {
            call.clientId = request.getHeader(HttpCall.CLIENT_ID_HEADER);
            call.role = request.getHeader(HttpCall.CLIENT_ROLE_HEADER);
            call.site = request.getHeader(HttpCall.CLIENT_SITE_HEADER);
        }
        chain.doFilter(request, response);
    }
}
