package id.go.tangerangkota.mpp.hub.monitoring;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.Exchange;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Counts the counters' service calls as they are answered: {@code mpp_requests_total} by agency,
 * service, mode and outcome. Only calls to a known service of a known agency are counted (the labels
 * come from the catalogue, never from what a caller sent), so no caller can grow the label set.
 */
public class CounterCallMetrics extends EventNotifierSupport {

    private static final String COUNTED = "mppCounted";

    private final MeterRegistry meters;

    public CounterCallMetrics(MeterRegistry meters) {
        this.meters = meters;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String mode = exchange.getProperty(FlowKeys.MODE, String.class);
        if (mode == null || !fromCounter(exchange) || exchange.getProperty(COUNTED) != null) {
            return;
        }
        exchange.setProperty(COUNTED, Boolean.TRUE);
        Counter.builder("mpp.requests")
                .description("Counter calls to an agency's service, by how they were answered")
                .tag("agency", exchange.getProperty(FlowKeys.AGENCY, String.class))
                .tag("service", exchange.getProperty(FlowKeys.SERVICE, String.class))
                .tag("mode", mode)
                .tag("outcome", outcomeOf(exchange))
                .register(meters).increment();
    }

    /** The exchange of the counter's own HTTP call, not a delivery or a copy made inside a flow. */
    private static boolean fromCounter(Exchange exchange) {
        return exchange.getFromEndpoint() != null
                && exchange.getFromEndpoint().getEndpointUri().startsWith("platform-http");
    }

    static String outcomeOf(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        }
        if (failure != null) {
            return failure instanceof HubProblem problem ? outcomeOf(problem) : "error";
        }
        if (exchange.getProperty(FlowKeys.REPLAY) != null) {
            return "replayed";
        }
        String named = exchange.getProperty(FlowKeys.OUTCOME, String.class);
        if (named != null) {
            return named;
        }
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null || status < 300) {
            return status != null && status == 202 ? "accepted" : "answered";
        }
        // A problem answered without an exception left on the exchange (e.g. the request validation
        // of the OpenAPI binding): its status says what it was.
        return switch (status) {
            case 400, 413, 415 -> "invalid";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 422 -> "rejected";
            case 502 -> "agency_error";
            case 503 -> "unavailable";
            default -> "error";
        };
    }

    private static String outcomeOf(HubProblem problem) {
        return switch (problem.type()) {
            case VALIDATION, MALFORMED_JSON, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> "invalid";
            case AGENCY_NOT_FOUND -> "not_found";
            case AGENCY_REJECTED, ALREADY_PAID, AMOUNT_MISMATCH, PRECONDITION_NOT_MET, PAYMENT_IN_PROGRESS -> "rejected";
            case IDEMPOTENCY_CONFLICT, IDEMPOTENCY_IN_PROGRESS -> "conflict";
            case AGENCY_ERROR, PAYMENT_REVERSED -> "agency_error";
            case AGENCY_UNAVAILABLE, CONNECTOR_NOT_ENABLED, CONNECTOR_INVALID, SERVICE_MODE_NOT_AVAILABLE -> "unavailable";
            default -> "error";
        };
    }
}
