package id.go.tangerangkota.mpp.hub.resilience;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.protocol.FailureReasons;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link AgencyGuard} per connector, and the steps the {@code agency-call} route template runs
 * around every agency call: {@link #enter} before, {@link #answered} or {@link #failed} after, and
 * {@link #exit} always. A reload that changes a connector's resilience settings gives it a new guard.
 * Each call's end is told to the {@link CallListener} (the monitoring figures).
 */
public class AgencyGuards {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyGuards.class);
    private static final String PERMIT = "mppGuardPermit";
    private static final String STARTED = "mppCallStarted";
    /** The service a call route calls (set by the route template: a precondition calls another agency's service). */
    public static final String CALL_SERVICE = "mppCallService";

    private final ConnectorRegistry registry;
    private final DeliveryHold deliveryHold;
    private final CallListener listener;
    private final Map<String, AgencyGuard> guards = new ConcurrentHashMap<>();

    public AgencyGuards(ConnectorRegistry registry, DeliveryHold deliveryHold, CallListener listener) {
        this.registry = registry;
        this.deliveryHold = deliveryHold;
        this.listener = listener;
    }

    /** The guard of an agency, made from its connector's settings (again, when they changed). */
    public AgencyGuard of(String slug) {
        Connector connector = registry.find(slug).orElseThrow(() -> new IllegalStateException("no connector " + slug));
        ConnectorDescriptor.Resilience settings = connector.descriptor() == null
                || connector.descriptor().resilience() == null
                ? ConnectorDescriptor.Resilience.DEFAULTS : connector.descriptor().resilience();
        return guards.compute(slug, (s, current) -> {
            if (current != null && current.settings().equals(settings)) {
                return current;
            }
            AgencyGuard guard = new AgencyGuard(slug, connector.displayName(), settings);
            long waitMs = settings.circuitBreakerOrDefault().waitInOpenMs();
            guard.circuit().getEventPublisher().onStateTransition(e -> {
                LOG.warn("Circuit of {} went {}", slug, e.getStateTransition());
                switch (e.getStateTransition().getToState()) {
                    case OPEN -> deliveryHold.circuitOpened(slug, connector.displayName(), waitMs);
                    case CLOSED -> deliveryHold.circuitClosed(slug);
                    default -> {
                    }
                }
            });
            return guard;
        });
    }

    /** Route step before the call: takes a permit, or throws the 503 that names the agency. */
    public void enter(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        try {
            exchange.setProperty(PERMIT, of(slug).enter());
        } catch (HubProblem refused) {
            tell(exchange, CallListener.Outcome.REFUSED, 0, refused.getMessage());
            throw refused;
        }
        exchange.setProperty(STARTED, System.nanoTime());
    }

    /** Route step after an answer: a classified AGENCY_ERROR is a failure of the agency, any other an answer. */
    public void answered(Exchange exchange) {
        AgencyGuard.Permit permit = permit(exchange);
        if (permit == null) {
            return;
        }
        Object body = exchange.getMessage().getBody();
        if (body instanceof AgencyOutcome outcome && outcome.kind() == AgencyOutcome.Kind.AGENCY_ERROR) {
            permit.failed(new IllegalStateException("agency error: " + outcome.reason()));
            tell(exchange, CallListener.Outcome.AGENCY_ERROR, elapsed(exchange), outcome.reason());
        } else {
            permit.succeeded();
            tell(exchange, CallListener.Outcome.SUCCESS, elapsed(exchange), null);
        }
    }

    /**
     * Route step when the call threw: network failures and the agency's server errors count against
     * its circuit; anything else (a mapping the hub could not apply) does not.
     */
    public void failed(Exchange exchange) {
        AgencyGuard.Permit permit = permit(exchange);
        if (permit == null) {
            return;
        }
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (isAgencyFailure(cause)) {
            permit.failed(cause);
        } else {
            permit.uncounted();
        }
        tell(exchange, CallListener.Outcome.FAILURE, elapsed(exchange), reasonOf(cause));
    }

    /** Route step in every case: gives the bulkhead place back if nothing else did. */
    public void exit(Exchange exchange) {
        AgencyGuard.Permit permit = permit(exchange);
        if (permit != null) {
            permit.uncounted();
            exchange.removeProperty(PERMIT);
        }
    }

    private void tell(Exchange exchange, CallListener.Outcome outcome, long nanos, String reason) {
        try {
            listener.callEnded(exchange, exchange.getProperty(FlowKeys.AGENCY, String.class),
                    exchange.getProperty(CALL_SERVICE, String.class), outcome, nanos, reason);
        } catch (RuntimeException e) {
            // Figures are never worth failing a citizen's call for.
            LOG.warn("Could not record an agency call's figures: {}", e.toString());
        }
    }

    private static long elapsed(Exchange exchange) {
        Long started = exchange.getProperty(STARTED, Long.class);
        return started == null ? 0 : System.nanoTime() - started;
    }

    private static String reasonOf(Throwable cause) {
        return FailureReasons.of(cause);
    }

    private static AgencyGuard.Permit permit(Exchange exchange) {
        return exchange.getProperty(PERMIT, AgencyGuard.Permit.class);
    }

    static boolean isAgencyFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof HubProblem p) {
                return p.type() == ProblemType.AGENCY_ERROR || p.type() == ProblemType.AGENCY_UNAVAILABLE;
            }
        }
        return false;
    }
}
