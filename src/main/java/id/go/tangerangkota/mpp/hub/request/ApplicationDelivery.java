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
import org.apache.camel.Message;
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
    /** Message header: how often this application has already waited for an earlier one. */
    private static final String WAITS = "mppWaits";
    /** Exchange property: how long the route holds the application back (deliveryDelay of the re-send). */
    private static final String WAIT_MS = "mppWaitMs";
    /** The longest an application waiting for an earlier one stays back at a time. */
    static final long MAX_WAIT_MS = 30_000;

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
     * FAILED (a duplicate message, or one the broker kept after refusing it). Sets
     * {@link FlowKeys#WAIT_FOR_EARLIER} (and SKIP) when the same citizen's earlier application to the
     * agency is not decided yet: the route puts this message back in the queue, without an attempt.
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
        exchange.setProperty(FlowKeys.WAIT_FOR_EARLIER, false);
        if (!request.status().isFinal() && requests.hasEarlierUndecided(request)) {
            waitForEarlier(exchange, request, connector);
            return;
        }
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

    /**
     * The broker keeps a citizen's messages in order, but a failed one comes back only after its
     * redelivery delay, behind the next: this one goes back to the queue rather than overtake it,
     * for the agency's redelivery delay, doubling each time it has to wait again (at most
     * {@link #MAX_WAIT_MS}, so it follows soon after the earlier one is decided). Its stored
     * request is touched, so the sweeper does not take its delayed message for a lost one.
     */
    private void waitForEarlier(Exchange exchange, ServiceRequest request, Connector connector) {
        Message message = exchange.getMessage();
        int waits = message.getHeader(WAITS, 0, Integer.class);
        long base = (connector.descriptor().delivery() == null ? ConnectorDescriptor.Delivery.DEFAULTS
                : connector.descriptor().delivery().withDefaults()).redeliveryDelayMs();
        long delayMs = Math.min(base << Math.min(waits, 16), MAX_WAIT_MS);
        LOG.debug("Application {} waits {} ms for the citizen's earlier application to {}", request.id(), delayMs,
                request.agency());
        requests.touch(request.id(), request.status());
        exchange.setProperty(FlowKeys.WAIT_FOR_EARLIER, true);
        exchange.setProperty(WAIT_MS, delayMs);
        message.removeHeaders("*");
        message.setHeader(FlowKeys.REQUEST_ID, request.id());
        message.setHeader(FlowKeys.CITIZEN_GROUP, request.nikHash());
        message.setHeader(WAITS, waits + 1);
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
