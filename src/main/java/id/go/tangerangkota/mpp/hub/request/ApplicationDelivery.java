package id.go.tangerangkota.mpp.hub.request;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The steps of an agency's delivery route ({@code routes/flows/delivery.camel.yaml}): take a queued
 * application, send it through the connector, and store what the agency decided. A technical
 * failure is thrown so the broker transaction rolls back and the message is redelivered; a decision
 * by the agency (done or rejected) is final. Every move is conditional on the state the request is
 * in, so a duplicate or late message can never act on a request another delivery already decided.
 */
public class ApplicationDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationDelivery.class);
    /** Exchange property: how many times the broker has delivered this message (1 = first). */
    private static final String DELIVERY_COUNT = "mppDeliveryCount";

    private final RequestStore requests;
    private final ConnectorRegistry registry;
    private final EnvelopeFactory envelopes;
    private final ObjectMapper json;

    public ApplicationDelivery(RequestStore requests, ConnectorRegistry registry, EnvelopeFactory envelopes,
            ObjectMapper json) {
        this.requests = requests;
        this.registry = registry;
        this.envelopes = envelopes;
        this.json = json;
    }

    /**
     * Loads the request named by the message and marks it DISPATCHED (or counts another attempt).
     * Sets {@link FlowKeys#SKIP} when there is nothing to deliver: the request is already decided or
     * FAILED (a duplicate message, or one the broker kept after refusing it).
     *
     * @throws IllegalStateException when the request is not (yet) in the store: rolled back, so the
     *                               message is redelivered and, if it never appears, dead-lettered
     */
    public void begin(Exchange exchange) throws IOException {
        String requestId = json.readTree(exchange.getMessage().getBody(String.class)).path("requestId").asText();
        int deliveryCount = exchange.getMessage().getHeader("JMSXDeliveryCount", 1, Integer.class);
        MDC.put("requestId", requestId);
        exchange.setProperty(FlowKeys.REQUEST_ID, requestId);
        exchange.setProperty(DELIVERY_COUNT, deliveryCount);
        exchange.setProperty(FlowKeys.SKIP, true);
        ServiceRequest request = requests.find(requestId).orElseThrow(() ->
                new IllegalStateException("queued application " + requestId + " is not in the request store"));
        Connector connector = registry.find(request.agency()).orElseThrow();
        if (!takeForDelivery(request, connector, deliveryCount)) {
            LOG.info("Application {} is {}; message needs no delivery", requestId,
                    requests.find(requestId).map(ServiceRequest::status).orElse(null));
            return;
        }
        JsonNode payload = json.readTree(request.payload());
        ObjectNode envelope = envelopes.build(connector, requestId, payload, request.clientId(), request.site());
        exchange.setProperty(FlowKeys.ENVELOPE, envelope);
        exchange.setProperty(FlowKeys.SERVICE, request.service());
        exchange.setProperty(FlowKeys.SKIP, false);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(envelope.toString());
    }

    private boolean takeForDelivery(ServiceRequest request, Connector connector, int deliveryCount) {
        RequestStatus status = request.status();
        if (status == RequestStatus.QUEUED || status == RequestStatus.HELD) {
            if (requests.transition(request.id(), status, RequestStatus.DISPATCHED,
                    "Sent to " + connector.displayName())) {
                return true;
            }
            status = requests.find(request.id()).orElseThrow().status();
        }
        return status == RequestStatus.DISPATCHED
                && requests.attempt(request.id(), "Attempt " + deliveryCount + ": sent to " + connector.displayName());
    }

    /** Stores the agency's decision; a request someone else decided meanwhile is left as it is. */
    public void finish(Exchange exchange) {
        String requestId = exchange.getProperty(FlowKeys.REQUEST_ID, String.class);
        ServiceRequest request = requests.find(requestId).orElseThrow();
        String agency = registry.find(request.agency()).map(Connector::displayName).orElse(request.agency());
        AgencyOutcome outcome = exchange.getMessage().getBody(AgencyOutcome.class);
        boolean stored;
        RequestStatus next;
        switch (outcome.kind()) {
            case OK -> {
                next = RequestStatus.COMPLETED;
                stored = requests.transition(requestId, RequestStatus.DISPATCHED, next,
                        agency + " completed it" + (outcome.agencyReference() == null ? ""
                                : " (reference " + outcome.agencyReference() + ")"),
                        outcome.agencyReference(), outcome.result() == null ? null : outcome.result().toString(),
                        null);
            }
            case NOT_FOUND, REJECTED -> {
                next = RequestStatus.REJECTED;
                stored = requests.transition(requestId, RequestStatus.DISPATCHED, next, agency + " rejected it",
                        outcome.agencyReference(), null, outcome.reason());
            }
            case AUTH_FAILED -> throw AgencyFailures.authFailed(request.agency(), agency, outcome.reason());
            default -> throw AgencyFailures.agencyError(request.agency(), agency, outcome.reason());
        }
        if (stored) {
            LOG.info("Application {} to {} is {}", requestId, request.agency(), next);
        } else {
            LOG.warn("Application {} was decided elsewhere meanwhile; {}'s answer ({}) not stored", requestId,
                    request.agency(), next);
        }
    }

    /**
     * Records a failed attempt and fails the exchange again so the broker redelivers. On the last
     * attempt the descriptor allows, the application becomes FAILED with the reason: the broker then
     * moves the message to the agency's dead-letter queue, where it waits for a replay.
     */
    public void attemptFailed(Exchange exchange) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String requestId = exchange.getProperty(FlowKeys.REQUEST_ID, String.class);
        int attempt = exchange.getProperty(DELIVERY_COUNT, 1, Integer.class);
        String why = cause instanceof HubProblem problem ? problem.detail()
                : cause == null ? "unknown" : cause.getClass().getSimpleName();
        LOG.warn("Delivery of application {} failed (attempt {}): {}", requestId, attempt, why);
        ServiceRequest request = requestId == null ? null : requests.find(requestId).orElse(null);
        if (request != null && request.status() == RequestStatus.DISPATCHED) {
            int maxAttempts = registry.find(request.agency()).map(Connector::descriptor)
                    .map(ConnectorDescriptor::delivery).orElse(ConnectorDescriptor.Delivery.DEFAULTS)
                    .withDefaults().maxAttempts();
            if (attempt >= maxAttempts) {
                requests.transition(requestId, RequestStatus.DISPATCHED, RequestStatus.FAILED,
                        "Delivery failed " + attempt + " times; moved to the dead-letter queue", null, null,
                        "Not delivered after " + attempt + " attempts: " + why);
            } else {
                requests.record(requestId, RequestStatus.DISPATCHED, "Attempt " + attempt + " failed: " + why, null);
            }
        }
        throw cause != null ? cause : new IllegalStateException("delivery failed without an exception");
    }

    /** Clears the MDC of the delivery thread. */
    public void end(Exchange exchange) {
        MDC.remove("requestId");
    }
}
