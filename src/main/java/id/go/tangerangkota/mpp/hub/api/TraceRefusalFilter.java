package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses TRACE (and CONNECT) on every path with a 405 problem, before anything else runs. A
 * servlet answers TRACE by echoing the request, headers included, which would hand a script the
 * caller's API key (cross-site tracing); the hub serves neither method anywhere.
 */
public final class TraceRefusalFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "CONNECT".equalsIgnoreCase(method)) {
            response.setHeader("Allow", "GET, POST");
            ProblemResponses.write(request, response, new HubProblem(ProblemType.METHOD_NOT_ALLOWED,
                    "The hub does not serve " + method.toUpperCase(java.util.Locale.ROOT)));
            return;
        }
        chain.doFilter(request, response);
    }
}
