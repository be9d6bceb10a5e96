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
 * the routes as hub-set headers. Operations the OpenAPI document declares public ({@code security: []}:
 * the document itself, tracking by code) pass without a key, with the identity headers emptied so a
 * caller cannot pose as a client there either.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    /** Header in which clients present their key. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** Request attribute holding the authenticated {@link ApiClientRegistry.Entry}, for the filters after this one. */
    public static final String CLIENT_ATTRIBUTE = "mpp.client";

    private final ApiClientRegistry clients;
    private final OperationRules rules;

    public ApiKeyFilter(ApiClientRegistry clients, OperationRules rules) {
        this.clients = clients;
        this.rules = rules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The servlet path is the decoded, normalised one the call is routed by: the raw URI could
        // pass as public ("/api/v1/track/../agencies") and reach another operation.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (rules.find(request.getMethod(), path).map(OperationRules.Operation::isPublic).orElse(false)) {
            chain.doFilter(new HeaderAddingRequest(request, identity("", "", "", "")), response);
            return;
        }
        Optional<ApiClientRegistry.Entry> client = clients.entry(request.getHeader(API_KEY_HEADER));
        if (client.isEmpty()) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
            String detail = request.getHeader(API_KEY_HEADER) == null
                    ? "Send your API key in the " + API_KEY_HEADER + " header"
                    : "The API key in " + API_KEY_HEADER + " is not valid";
            ProblemResponses.write(request, response, new HubProblem(ProblemType.UNAUTHENTICATED, detail));
            return;
        }
        request.setAttribute(CLIENT_ATTRIBUTE, client.get());
        ApiClient c = client.get().client();
        chain.doFilter(new HeaderAddingRequest(request, identity(c.id(), c.role().name(),
                c.site() == null ? "" : c.site(), c.agency() == null ? "" : c.agency())), response);
    }

    private static Map<String, String> identity(String id, String role, String site, String agency) {
        return Map.of(HttpCall.CLIENT_ID_HEADER, id, HttpCall.CLIENT_ROLE_HEADER, role,
                HttpCall.CLIENT_SITE_HEADER, site, HttpCall.CLIENT_AGENCY_HEADER, agency);
    }
}
