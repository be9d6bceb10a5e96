package id.go.tangerangkota.mpp.hub.api;

import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Wraps every exchange that enters the hub over platform-http and is the last word on what leaves:
 * <ul>
 * <li>a {@link HubProblem} or any other exception becomes a problem+json answer, never a stack
 * trace;</li>
 * <li>an error status that nothing rendered (the REST contract's own 404 and 405) gets a problem
 * body too, instead of an echo of the request;</li>
 * <li>only allow-listed headers reach the client: Camel copies request headers into the response
 * by default, which would echo the caller's API key.</li>
 * </ul>
 */
public final class ResponseGuard implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseGuard.class);

    /** Response headers a client may see; everything else on the exchange is internal. */
    private static final Set<String> RESPONSE_HEADERS = Set.of(
            Exchange.HTTP_RESPONSE_CODE.toLowerCase(), Exchange.CONTENT_TYPE.toLowerCase(),
            "location", "retry-after", "allow", "idempotency-replayed",
            HttpCall.REQUEST_ID_HEADER.toLowerCase(), "cache-control");

    private final Processor route;

    public ResponseGuard(Processor route) {
        this.route = route;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String requestId = in.getHeader(HttpCall.REQUEST_ID_HEADER, String.class);
        String path = in.getHeader(Exchange.HTTP_URI, String.class);
        MDC.put(HttpCall.MDC_REQUEST_ID, requestId);
        try {
            try {
                route.process(exchange);
            } catch (Exception thrown) {
                // Routes record failures on the exchange; a processor that throws is handled the same.
                exchange.setException(thrown);
            }
            Message out = exchange.getMessage();
            Exception failure = exchange.getException();
            if (failure != null) {
                exchange.setException(null);
                exchange.setRouteStop(false);
                renderFailure(out, failure, path, requestId);
            } else {
                int status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
                String contentType = out.getHeader(Exchange.CONTENT_TYPE, String.class);
                if (status >= 400 && !ProblemDocument.MEDIA_TYPE.equals(contentType)) {
                    String detail = status == 405 ? "Allowed methods: " + out.getHeader("Allow", "", String.class)
                            : "Nothing is served at this path";
                    render(out, ProblemDocument.forStatus(status, detail), path, requestId);
                }
            }
            out.getHeaders().keySet().removeIf(name -> !RESPONSE_HEADERS.contains(name.toLowerCase()));
            out.setHeader(HttpCall.REQUEST_ID_HEADER, requestId);
        } finally {
            MDC.remove(HttpCall.MDC_REQUEST_ID);
        }
    }

    private static void renderFailure(Message out, Exception failure, String path, String requestId) {
        HubProblem problem = findProblem(failure);
        if (problem == null && isStorageOutage(failure)) {
            LOG.error("Storage unavailable answering {}: {}", path, failure.getMessage());
            problem = new HubProblem(ProblemType.STORAGE_UNAVAILABLE,
                    "The hub's database is unavailable; nothing was changed. Retry shortly.",
                    java.util.List.of(), 10, java.util.Map.of());
        }
        if (problem == null) {
            // A defect: log it whole for us, tell the client only that it happened and its id.
            LOG.error("Unhandled error answering {}", path, failure);
            problem = new HubProblem(ProblemType.INTERNAL,
                    "The hub failed to process the request. Quote the requestId to the MPP helpdesk.");
        } else if (problem.type().status() >= 500) {
            LOG.warn("Answering {} with {}: {}", path, problem.type().status(), problem.detail());
        }
        render(out, problem, path, requestId);
    }

    /** The database cannot be reached (as opposed to a defect such as bad SQL). */
    private static boolean isStorageOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static HubProblem findProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HubProblem p) {
                return p;
            }
        }
        return null;
    }

    static void render(Message out, HubProblem problem, String path, String requestId) {
        out.setBody(ProblemDocument.render(problem, path, requestId));
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, problem.type().status());
        out.setHeader(Exchange.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        if (problem.retryAfterSeconds() != null) {
            out.setHeader("Retry-After", String.valueOf(problem.retryAfterSeconds()));
        }
    }
}
