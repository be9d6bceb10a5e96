package id.go.tangerangkota.mpp.hub.request;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
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
 * by the agency (done or rejected) is final.
 */
public class ApplicationDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationDelivery.class);

    private final RequestStore requests;
    private final ConnectorRegistry registry;
    private final EnvelopeFactory envelopes;
    private final ObjectMapper json;
    private final Clock clock;

    public ApplicationDelivery(RequestStore requests, ConnectorRegistry registry, EnvelopeFactory envelopes,
            ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.registry = registry;
        this.envelopes = envelopes;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Loads the request named by the message and marks it DISPATCHED. Sets {@link FlowKeys#SKIP}
     * when there is nothing to deliver: a request already decided (a duplicate message) or unknown.
     */
    public void begin(Exchange exchange) throws IOException {
        String requestId = json.readTree(exchange.getMessage().getBody(String.class)).path("requestId").asText();
        MDC.put("requestId", requestId);
        exchange.setProperty(FlowKeys.REQUEST_ID, requestId);
        ServiceRequest request = requests.find(requestId).orElse(null);
        if (request == null) {
            LOG.error("Queued application {} is not in the request store; message dropped", requestId);
            exchange.setProperty(FlowKeys.SKIP, true);
            return;
        }
        if (request.status().isFinal()) {
            LOG.info("Application {} is already {}; duplicate message ignored", requestId, request.status());
            exchange.setProperty(FlowKeys.SKIP, true);
            return;
        }
        Connector connector = registry.find(request.agency()).orElseThrow();
        if (request.status() != RequestStatus.DISPATCHED) {
            requests.transition(requestId, request.status(), RequestStatus.DISPATCHED,
                    "Sent to " + connector.displayName());
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
     * Stores the agency's decision and sets the status event (no personal data) as the body.
     */
    public void finish(Exchange exchange) {
        String requestId = exchange.getProperty(FlowKeys.REQUEST_ID, String.class);
        ServiceRequest request = requests.find(requestId).orElseThrow();
        String agency = registry.find(request.agency()).map(Connector::displayName).orElse(request.agency());
        AgencyOutcome outcome = exchange.getMessage().getBody(AgencyOutcome.class);
        RequestStatus next;
        switch (outcome.kind()) {
            case OK -> {
                next = RequestStatus.COMPLETED;
                requests.transition(requestId, RequestStatus.DISPATCHED, next,
                        agency + " completed it" + (outcome.agencyReference() == null ? ""
                                : " (reference " + outcome.agencyReference() + ")"),
                        outcome.agencyReference(), outcome.result() == null ? null : outcome.result().toString(),
                        null);
            }
            case NOT_FOUND, REJECTED -> {
                next = RequestStatus.REJECTED;
                requests.transition(requestId, RequestStatus.DISPATCHED, next, agency + " rejected it",
                        outcome.agencyReference(), null, outcome.reason());
            }
            case AUTH_FAILED -> throw AgencyFailures.authFailed(request.agency(), agency, outcome.reason());
            default -> throw AgencyFailures.agencyError(request.agency(), agency, outcome.reason());
        }
        LOG.info("Application {} to {} is {}", requestId, request.agency(), next);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(event(request, next));
    }

    /** Logs a failed attempt without personal data; the route then rolls back for redelivery. */
    public void attemptFailed(Exchange exchange) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Integer delivery = exchange.getIn().getHeader("JMSXDeliveryCount", Integer.class);
        LOG.warn("Delivery of application {} failed (attempt {}): {}",
                exchange.getProperty(FlowKeys.REQUEST_ID), delivery, cause == null ? "?" : cause.getMessage());
        throw cause != null ? cause : new IllegalStateException("delivery failed without an exception");
    }

    private String event(ServiceRequest request, RequestStatus status) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "request.status");
        event.put("requestId", request.id());
        event.put("trackingCode", request.trackingCode());
        event.put("agency", request.agency());
        event.put("service", request.service());
        event.put("status", status.name());
        event.put("at", OffsetDateTime.now(clock).toString());
        return event.toString();
    }

    /** Clears the MDC of the delivery thread. */
    public void end(Message message) {
        MDC.remove("requestId");
    }
}
