package id.go.tangerangkota.mpp.hub.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.api.HeaderAddingRequest;
import id.go.tangerangkota.mpp.hub.api.HttpCall;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemResponses;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every API call by its {@code X-API-Key} header and hands the client's identity to
 * the routes as hub-set headers. Public paths (the OpenAPI document, tracking by code) pass without a key.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    /** Header in which clients present their key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private final ApiClientRegistry clients;

    public ApiKeyFilter(ApiClientRegistry clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The servlet path is the decoded, normalised one the call is routed by: the raw URI could
        // pass as public ("/api/v1/track/../agencies") and reach another operation.
        if (isPublic(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClient> client = clients.authenticate(request.getHeader(API_KEY_HEADER));
        if (client.isEmpty()) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
            String detail = request.getHeader(API_KEY_HEADER) == null
                    ? "Send your API key in the " + API_KEY_HEADER + " header"
                    : "The API key in " + API_KEY_HEADER + " is not valid";
            ProblemResponses.write(request, response, new HubProblem(ProblemType.UNAUTHENTICATED, detail));
            return;
        }
        ApiClient c = client.get();
        chain.doFilter(new HeaderAddingRequest(request, Map.of(
                HttpCall.CLIENT_ID_HEADER, c.id(),
                HttpCall.CLIENT_ROLE_HEADER, c.role().name(),
                HttpCall.CLIENT_SITE_HEADER, c.site() == null ? "" : c.site())), response);
    }

    private static boolean isPublic(String path) {
        // The OpenAPI document, and following one application by its receipt's tracking code.
        return path.equals("/api/v1/openapi.json") || path.startsWith("/api/v1/track/");
    }
}
