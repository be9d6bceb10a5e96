package id.go.tangerangkota.mpp.hub.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemResponses;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a client's calls beyond its rate (429 with {@code Retry-After}) before any work is done
 * for them: per client for keyed calls, per caller address for the public ones. Runs after the API
 * key check, which has put the client's identity on the request.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private final ClientRateLimits limits;

    public RateLimitFilter(ClientRateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = request.getAttribute(ApiKeyFilter.CLIENT_ATTRIBUTE) instanceof ApiClientRegistry.Entry e
                ? limits.tryClient(e.client(), e.requestsPerSecond())
                : limits.tryAddress(request.getRemoteAddr());
        if (wait.isPresent()) {
            ProblemResponses.write(request, response, new HubProblem(ProblemType.RATE_LIMITED,
                    "Too many calls from this client; try again in " + wait.getAsLong() + " s",
                    List.of(), (int) wait.getAsLong(), Map.of()));
            return;
        }
        chain.doFilter(request, response);
    }
}
