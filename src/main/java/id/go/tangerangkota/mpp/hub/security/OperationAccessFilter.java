package id.go.tangerangkota.mpp.hub.security;

import java.io.IOException;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemResponses;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a call through only when the OpenAPI document's rule for its operation allows the caller's
 * role ({@link OperationRules}), and, for an AGENCY client on an operation marked
 * {@code x-mpp-own-agency}, only for its own agency. Runs after the API key check; calls that match
 * no operation pass on, to be answered 404 or 405 by the API itself.
 */
public final class OperationAccessFilter extends OncePerRequestFilter {

    private final OperationRules rules;

    public OperationAccessFilter(OperationRules rules) {
        this.rules = rules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<OperationRules.Operation> operation = rules.find(request.getMethod(), path);
        if (operation.isEmpty() || operation.get().isPublic()) {
            chain.doFilter(request, response);
            return;
        }
        OperationRules.Operation op = operation.get();
        if (!(request.getAttribute(ApiKeyFilter.CLIENT_ATTRIBUTE) instanceof ApiClientRegistry.Entry entry)) {
            // Only reachable if the filters were ordered wrongly: refuse rather than let it through.
            ProblemResponses.write(request, response, new HubProblem(ProblemType.UNAUTHENTICATED,
                    "Send your API key in the " + ApiKeyFilter.API_KEY_HEADER + " header"));
            return;
        }
        ApiClient client = entry.client();
        if (!op.allows(client.role())) {
            ProblemResponses.write(request, response, new HubProblem(ProblemType.FORBIDDEN,
                    "A " + client.role() + " key may not call " + op.id() + " (allowed: " + op.roles().stream()
                            .sorted().map(Enum::name).toList() + ")"));
            return;
        }
        if (op.ownAgencyOnly() && client.role() == Role.AGENCY) {
            String agency = op.pathValue(OperationRules.relative(path), "agency").orElse("");
            if (!agency.equals(client.agency())) {
                ProblemResponses.write(request, response, new HubProblem(ProblemType.FORBIDDEN,
                        "An agency key may only act on its own agency (" + client.agency() + ")"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
