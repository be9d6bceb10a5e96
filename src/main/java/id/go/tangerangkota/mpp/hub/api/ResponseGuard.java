package id.go.tangerangkota.mpp.hub.api;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.security.DataKeyMissing;
import id.go.tangerangkota.mpp.hub.tracing.TraceIds;
import io.opentelemetry.context.Scope;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
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
 * It runs on a worker thread, outside the servlet filters: it makes the call's trace context (the
 * {@code traceparent} header of {@link TraceIdFilter}) current, so its log lines and problems carry
 * the call's trace id.
 */
public final class ResponseGuard implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseGuard.class);

    /**
     * Response headers a client may see; everything else on the exchange is internal. The request id
     * is not among them: the servlet filter already set it on the response.
     */
    private static final Set<String> RESPONSE_HEADERS = Set.of(
            Exchange.HTTP_RESPONSE_CODE.toLowerCase(), Exchange.CONTENT_TYPE.toLowerCase(),
            "location", "retry-after", "allow", "idempotency-replayed", "cache-control");

    /**
     * Values the hub itself puts on the request (filters) or reads from the path. Camel maps query
     * parameters into the same header map, so one sent twice (as a query parameter too) is refused
     * rather than letting a client pose as another client or site.
     */
    private static final List<String> SINGLE_VALUED = List.of(HttpCall.REQUEST_ID_HEADER, HttpCall.CLIENT_ID_HEADER,
            HttpCall.CLIENT_ROLE_HEADER, HttpCall.CLIENT_SITE_HEADER, "X-API-Key", "Idempotency-Key", "agency",
            "service", "requestId", "nik", "status", "page", "size");

    private final Processor route;

    public ResponseGuard(Processor route) {
        this.route = route;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String duplicated = duplicatedParameter(in);
        String requestId = duplicated == null ? in.getHeader(HttpCall.REQUEST_ID_HEADER, String.class) : null;
        String path = in.getHeader(Exchange.HTTP_URI, String.class);
        MDC.put(HttpCall.MDC_REQUEST_ID, requestId);
        try (Scope trace = TraceIds.fromTraceparent(in.getHeader(TraceIds.TRACEPARENT, String.class)).makeCurrent()) {
            if (duplicated != null) {
                exchange.setException(HubProblem.invalidField(duplicated,
                        "given more than once (as a query parameter too); send it once, where the API says"));
            } else {
                try {
                    route.process(exchange);
                } catch (Exception thrown) {
                    // Routes record failures on the exchange; a processor that throws is handled the same.
                    exchange.setException(thrown);
                }
            }
            Message out = exchange.getMessage();
            Exception failure = exchange.getException();
            if (failure != null) {
                exchange.setException(null);
                exchange.setRouteStop(false);
                // Whatever the failed step left (an agency's Location or Retry-After) is not ours to pass on.
                out.removeHeaders("*");
                renderFailure(out, failure, path, requestId);
            } else {
                int status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
                String contentType = out.getHeader(Exchange.CONTENT_TYPE, String.class);
                if (status >= 400 && !ProblemDocument.MEDIA_TYPE.equals(contentType)) {
                    String allow = out.getHeader("Allow", "", String.class);
                    String detail = status == 405 ? "Allowed methods: " + allow : "Nothing is served at this path";
                    out.removeHeaders("*");
                    if (status == 405) {
                        out.setHeader("Allow", allow);
                    }
                    LOG.info("Answering {} with {}: {}", path, status, detail);
                    render(out, ProblemDocument.forStatus(status, detail), path, requestId);
                }
            }
            out.getHeaders().keySet().removeIf(name -> !RESPONSE_HEADERS.contains(name.toLowerCase()));
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
                    List.of(), 10, java.util.Map.of());
        }
        if (problem == null) {
            // A defect: tell the client only that it happened and its id. A database error's message
            // can quote the values it refused (personal data), so for those only the kind is logged.
            if (isDataAccess(failure)) {
                LOG.error("Database error answering {}: {} (SQL state {})", path, failure.getClass().getSimpleName(),
                        sqlState(failure));
            } else {
                LOG.error("Unhandled error answering {}", path, failure);
            }
            problem = new HubProblem(ProblemType.INTERNAL,
                    "The hub failed to process the request. Quote the requestId to the MPP helpdesk.");
        } else if (problem.type().status() >= 500) {
            LOG.warn("Answering {} with {}: {}", path, problem.type().status(), problem.detail());
        } else {
            // One line per refused call, so the trace id a client quotes finds why it was refused.
            LOG.info("Answering {} with {}: {}", path, problem.type().status(), problem.detail());
        }
        render(out, problem, path, requestId);
    }

    private static String duplicatedParameter(Message in) {
        for (String name : SINGLE_VALUED) {
            if (in.getHeader(name) instanceof Collection<?>) {
                return name;
            }
        }
        return null;
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

    private static boolean isDataAccess(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "unknown";
    }

    private static HubProblem findProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HubProblem p) {
                return p;
            }
            if (t instanceof DataKeyMissing missing) {
                // The operator must configure the key again: say which, never what the data is.
                return new HubProblem(ProblemType.DATA_KEY_MISSING, missing.getMessage());
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
