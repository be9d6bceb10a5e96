package id.go.tangerangkota.mpp.hub.request;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.protocol.FailureReasons;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryWaits;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The steps of an agency's delivery route ({@code routes/flows/delivery.camel.yaml}): take a queued
 * application, send it through the connector, and store what the agency decided. A decision by the
 * agency (done or rejected) is final. After a technical failure the consumer keeps the message and
 * tries again after the connector's backoff (doubling from {@code delivery.redeliveryDelayMs} up to
 * {@code maxRedeliveryDelayMs}); after {@code delivery.maxAttempts} the application is FAILED and its
 * message goes to the agency's dead-letter queue. Keeping the message, instead of handing it back to
 * the broker to redeliver later, keeps a citizen's applications in order: the broker gives the
 * citizen's next message to no one meanwhile. Every move is conditional on the state the request is
 * in, so a duplicate or late message can never act on a request another delivery already decided.
 */
public class ApplicationDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationDelivery.class);
    /** Exchange property: true while the route should (still) call the agency. */
    private static final String DELIVERING = "mppDelivering";
    /** Exchange property: true when the application ran out of attempts; the route dead-letters it. */
    private static final String DEAD_LETTER = "mppDeadLetter";

    private final RequestStore requests;
    private final ConnectorRegistry registry;
    private final EnvelopeFactory envelopes;
    private final ObjectMapper json;
    private final DeliveryWaits waits;

    public ApplicationDelivery(RequestStore requests, ConnectorRegistry registry, EnvelopeFactory envelopes,
            ObjectMapper json, DeliveryWaits waits) {
        this.requests = requests;
        this.registry = registry;
        this.envelopes = envelopes;
        this.json = json;
        this.waits = waits;
    }

    /**
     * Loads the request named by the message, waits while the agency's deliveries are held (office
     * closed, circuit open), and marks it DISPATCHED (or counts another attempt, for a message the
     * broker delivers again after a restart). Sets {@link FlowKeys#SKIP} when there is nothing to
     * deliver: the request is already decided or FAILED (a duplicate message, or one the broker kept
     * after refusing it).
     *
     * @throws IllegalStateException when the request is not (yet) in the store: rolled back, so the
     *                               message is redelivered and, if it never appears, dead-lettered
     */
    public void begin(Exchange exchange) throws IOException {
        String requestId = json.readTree(exchange.getMessage().getBody(String.class)).path("requestId").asText();
        MDC.put("requestId", requestId);
        exchange.setProperty(FlowKeys.REQUEST_ID, requestId);
        exchange.setProperty(FlowKeys.SKIP, true);
        exchange.setProperty(DELIVERING, true);
        exchange.setProperty(DEAD_LETTER, false);
        ServiceRequest request = requests.find(requestId).orElseThrow(() ->
                new IllegalStateException("queued application " + requestId + " is not in the request store"));
        Connector connector = registry.find(request.agency()).orElseThrow();
        if (!request.status().isFinal()) {
            waits.whileHeld(connector.slug());
            request = requests.find(requestId).orElseThrow();
        }
        if (!takeForDelivery(request, connector)) {
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

    private boolean takeForDelivery(ServiceRequest request, Connector connector) {
        RequestStatus status = request.status();
        if (status == RequestStatus.QUEUED || status == RequestStatus.HELD) {
            if (requests.transition(request.id(), status, RequestStatus.DISPATCHED,
                    "Sent to " + connector.displayName())) {
                return true;
            }
            request = requests.find(request.id()).orElseThrow();
            status = request.status();
        }
        return status == RequestStatus.DISPATCHED && requests.attempt(request.id(),
                "Attempt " + (request.attempts() + 1) + ": sent to " + connector.displayName());
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
        exchange.setProperty(DELIVERING, false);
        if (stored) {
            LOG.info("Application {} to {} is {}", requestId, request.agency(), next);
        } else {
            LOG.warn("Application {} was decided elsewhere meanwhile; {}'s answer ({}) not stored", requestId,
                    request.agency(), next);
        }
    }

    /**
     * Records a failed attempt. While the agency's circuit is open (the agency is down for every
     * application) the attempt is not counted: the route waits until the circuit lets a trial through
     * and calls again. Otherwise, before the last attempt the descriptor allows, waits the backoff (and
     * while the agency is held), counts the next attempt and lets the route call again. After the
     * last, the application becomes FAILED with the reason and the route moves its message to the
     * agency's dead-letter queue, where it waits for a replay.
     *
     * @throws DeliveryWaits.DeliveryStopped when the hub or the route stops during the wait: the
     *                                       message goes back to the queue
     */
    public void attemptFailed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String requestId = exchange.getProperty(FlowKeys.REQUEST_ID, String.class);
        // Shown to the counter in the request's history: never a class name (FailureReasons).
        String why = FailureReasons.of(cause);
        if (!(cause instanceof HubProblem)) {
            LOG.warn("Delivery of application {} failed on {}", requestId, String.valueOf(cause));
        }
        ServiceRequest request = requests.find(requestId).orElseThrow();
        Connector connector = registry.find(request.agency()).orElseThrow();
        int attempt = request.attempts();
        LOG.warn("Delivery of application {} failed (attempt {}): {}", requestId, attempt, why);
        if (request.status() != RequestStatus.DISPATCHED) {
            // Decided elsewhere meanwhile (a replay, an admin): nothing more to deliver.
            exchange.setProperty(DELIVERING, false);
            return;
        }
        if (waits.agencyDown(connector.slug())) {
            // This failure opened the agency's circuit, or was the trial call of an open one: the
            // agency is down for everyone. The attempt is not counted, so an application waits out
            // an outage of any length instead of reaching the dead-letter queue after a few trials.
            requests.record(requestId, RequestStatus.DISPATCHED, "Attempt " + attempt + " failed: " + why
                    + "; not counted, " + connector.displayName() + " is down (circuit open)", null);
            waits.whileHeld(connector.slug());
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setBody(exchange.getProperty(FlowKeys.ENVELOPE).toString());
            return;
        }
        ConnectorDescriptor.Delivery delivery = connector.descriptor().delivery() == null
                ? ConnectorDescriptor.Delivery.DEFAULTS : connector.descriptor().delivery().withDefaults();
        if (attempt >= delivery.maxAttempts()) {
            requests.transition(requestId, RequestStatus.DISPATCHED, RequestStatus.FAILED,
                    "Delivery failed " + attempt + " times; moved to the dead-letter queue", null, null,
                    "Not delivered after " + attempt + " attempts: " + why);
            exchange.setProperty(DELIVERING, false);
            exchange.setProperty(DEAD_LETTER, true);
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setHeader(FlowKeys.REQUEST_ID, requestId);
            exchange.getMessage().setBody(json.createObjectNode().put("requestId", requestId).toString());
            return;
        }
        requests.record(requestId, RequestStatus.DISPATCHED, "Attempt " + attempt + " failed: " + why, null);
        long backoff = Math.min(delivery.redeliveryDelayMs() << Math.min(attempt - 1, 20),
                delivery.maxRedeliveryDelayMs());
        waits.backoff(connector.slug(), backoff);
        if (!requests.attempt(requestId, "Attempt " + (attempt + 1) + ": sent to " + connector.displayName())) {
            exchange.setProperty(DELIVERING, false);
            return;
        }
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(exchange.getProperty(FlowKeys.ENVELOPE).toString());
    }

    /** Clears the MDC of the delivery thread. */
    public void end(Exchange exchange) {
        MDC.remove("requestId");
    }
}
