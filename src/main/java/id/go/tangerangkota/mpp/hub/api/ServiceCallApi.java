package id.go.tangerangkota.mpp.hub.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.payment.PaymentResult;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import id.go.tangerangkota.mpp.hub.request.IdempotencyStore;
import id.go.tangerangkota.mpp.hub.request.RequestStatus;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.SlaClock;
import id.go.tangerangkota.mpp.hub.request.TrackingCodes;
import id.go.tangerangkota.mpp.hub.resilience.ApplicationHolds;
import id.go.tangerangkota.mpp.hub.security.NikHasher;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of {@code POST /agencies/{agency}/services/{service}} that the YAML flow calls:
 * accept (find, validate, idempotency), then the answer of an inquiry, or the recording and
 * acceptance of an application. The flow itself (which step follows which) is in
 * {@code routes/api/counter-api.camel.yaml} and {@code routes/flows/}.
 */
public class ServiceCallApi {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCallApi.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Exchange property holding the 202 answer of an application, stored before it is queued. */
    private static final String ACCEPTED_ANSWER = "mppAcceptedAnswer";

    private final ConnectorRegistry registry;
    private final RequestValidator validator;
    private final IdempotencyGuard idempotency;
    private final RequestStore requests;
    private final EnvelopeFactory envelopes;
    private final NikHasher nikHasher;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ApplicationHolds holds;
    private final CitizenAccessLog accessLog;

    public ServiceCallApi(ConnectorRegistry registry, RequestValidator validator, IdempotencyGuard idempotency,
            RequestStore requests, EnvelopeFactory envelopes, NikHasher nikHasher, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions, ApplicationHolds holds, CitizenAccessLog accessLog) {
        this.registry = registry;
        this.validator = validator;
        this.idempotency = idempotency;
        this.requests = requests;
        this.envelopes = envelopes;
        this.nikHasher = nikHasher;
        this.json = json;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.holds = holds;
        this.accessLog = accessLog;
    }

    static boolean validSlug(String id) {
        return id != null && id.length() <= 60 && SLUG.matcher(id).matches();
    }

    /**
     * Finds the agency and service, validates the body and claims the Idempotency-Key. Leaves the
     * call in {@link FlowKeys#CALL}, and the mode in {@link FlowKeys#MODE} for the flow's choice.
     */
    public void accept(Exchange exchange) {
        Message in = exchange.getMessage();
        String agency = in.getHeader("agency", String.class);
        String serviceId = in.getHeader("service", String.class);
        Connector connector = CatalogueApi.knownAgency(registry, agency);
        ConnectorDescriptor.Service service = (validSlug(serviceId) ? connector.service(serviceId) : Optional
                .<ConnectorDescriptor.Service>empty()).orElseThrow(() -> CatalogueApi.unknownService(connector, serviceId));
        switch (connector.state()) {
            case NOT_ENABLED -> throw new HubProblem(ProblemType.CONNECTOR_NOT_ENABLED,
                    connector.displayName() + ": connector not yet enabled. "
                            + (connector.descriptor().disabledReason() == null ? "" : connector.descriptor().disabledReason()),
                    List.of(), 3600, Map.of("agency", connector.slug()));
            case INVALID -> throw CatalogueApi.invalidConnector(connector);
            default -> {
            }
        }
        // Known agency and service from here on: a refused body is still counted under their names.
        exchange.setProperty(FlowKeys.AGENCY, connector.slug());
        exchange.setProperty(FlowKeys.SERVICE, service.id());
        exchange.setProperty(FlowKeys.MODE, service.serviceMode().wireName());
        String key = IdempotencyGuard.keyOf(in.getHeader(IdempotencyGuard.HEADER, String.class));
        JsonNode payload = validator.validate(in.getBody(String.class), connector, service);
        String requestId = in.getHeader(HttpCall.REQUEST_ID_HEADER, String.class);
        ServiceCall call = new ServiceCall(requestId, connector, service, payload,
                payload.path("citizen").path("nik").asText(),
                in.getHeader(HttpCall.CLIENT_ID_HEADER, String.class),
                in.getHeader(HttpCall.CLIENT_SITE_HEADER, "", String.class),
                in.getHeader(HttpCall.CLIENT_ROLE_HEADER, String.class),
                key, key == null ? null : IdempotencyGuard.requestHash(nikHasher, agency, serviceId,
                        IdempotencyGuard.canonical(payload)));
        exchange.setProperty(FlowKeys.CALL, call);
        if (key != null) {
            idempotency.claimOrReplay(call).ifPresent(r -> exchange.setProperty(FlowKeys.REPLAY, r));
        }
        LOG.info("Call {}/{} for citizen {} from {}", connector.slug(), service.id(), NikRules.mask(call.nik()),
                call.clientId());
    }

    /**
     * Answers with the remembered first answer of an Idempotency-Key. The answer can hold the
     * citizen's record again (an inquiry's result), so it is an access of its own, recorded first.
     */
    public void replay(Exchange exchange) {
        IdempotencyStore.Record r = exchange.getProperty(FlowKeys.REPLAY, IdempotencyStore.Record.class);
        recordAccess(call(exchange), call(exchange).purpose() + " (repeated answer)");
        JsonAnswer.write(exchange, r.statusCode(), r.responseBody(), r.location());
        if (r.statusCode() >= 400) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        }
        exchange.getMessage().setHeader("Idempotency-Replayed", "true");
    }

    /**
     * Notes the citizen's access, then sets the canonical envelope as the body, ready for the
     * connector's call route. The access is recorded there once the agency's guard lets the call go
     * out, before the agency is asked (the citizen's data is looked at whatever the agency answers):
     * when it cannot be recorded, nothing is looked up ({@link CitizenAccessLog#recordPending}).
     */
    public void prepareInquiry(Exchange exchange) {
        ServiceCall call = call(exchange);
        exchange.setProperty(CitizenAccessLog.PENDING, access(call, call.purpose()));
        ObjectNode envelope = envelopes.build(call.connector(), call.requestId(), call.payload(), call.clientId(),
                call.site());
        exchange.setProperty(FlowKeys.ENVELOPE, envelope);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(envelope.toString());
    }

    /** Turns the agency's classified answer into the counter's answer. */
    public void answerInquiry(Exchange exchange) {
        ServiceCall call = call(exchange);
        AgencyOutcome outcome = exchange.getMessage().getBody(AgencyOutcome.class);
        String agency = call.connector().displayName();
        switch (outcome.kind()) {
            case OK -> {
                ObjectNode body = json.createObjectNode();
                body.put("requestId", call.requestId());
                body.put("agency", call.connector().slug());
                body.put("service", call.service().id());
                body.set("result", outcome.result());
                String text = body.toString();
                JsonAnswer.write(exchange, 200, text);
                idempotency.remember(call, 200, null, text);
            }
            case NOT_FOUND -> throw new HubProblem(ProblemType.AGENCY_NOT_FOUND,
                    agency + " has no matching record: " + outcome.reason(), List.of(), null,
                    Map.of("agency", call.connector().slug()));
            case REJECTED -> throw new HubProblem(ProblemType.AGENCY_REJECTED,
                    agency + " rejected the request: " + outcome.reason(), List.of(), null,
                    Map.of("agency", call.connector().slug()));
            case AUTH_FAILED -> throw AgencyFailures.authFailed(call.connector().slug(), agency, outcome.reason());
            case AGENCY_ERROR -> throw AgencyFailures.agencyError(call.connector().slug(), agency, outcome.reason());
        }
    }

    /**
     * Stores the application (RECEIVED, then QUEUED, or HELD while the agency's back office is
     * closed or its circuit open) and, in the same transaction, the 202 answer
     * under its Idempotency-Key: a retry after a lost answer replays it instead of registering the
     * application a second time. Sets the queue message as body; it holds only the request id, the
     * payload stays in the database, out of the broker's journal.
     */
    public void recordApplication(Exchange exchange) {
        ServiceCall call = call(exchange);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String trackingCode = TrackingCodes.next();
        String location = "/api/v1/requests/" + call.requestId();
        ObjectNode answer = json.createObjectNode();
        answer.put("requestId", call.requestId());
        answer.put("trackingCode", trackingCode);
        // While the back office is closed or the agency's circuit is open the application waits HELD,
        // and the clerk can tell the citizen why and until when.
        Optional<ApplicationHolds.Held> held = holds.now(call.connector());
        answer.put("status", (held.isPresent() ? RequestStatus.HELD : RequestStatus.QUEUED).name());
        exchange.setProperty(FlowKeys.OUTCOME, held.isPresent() ? "held" : "accepted");
        held.ifPresent(h -> {
            answer.put("heldReason", h.reason().name());
            if (h.until() != null) {
                answer.put("heldUntil", h.until().toOffsetDateTime().toString());
            }
        });
        String nikHash = nikHasher.hash(call.nik());
        tx.executeWithoutResult(t -> {
            requests.create(new RequestStore.NewRequest(call.requestId(), trackingCode, call.connector().slug(),
                    call.service().id(), call.service().serviceMode().wireName(), nikHash,
                    NikRules.mask(call.nik()), call.clientId(), call.site(), call.payload().toString(),
                    SlaClock.dueAt(now, call.service().sla()), call.role(), call.purpose()));
            requests.transition(call.requestId(), RequestStatus.RECEIVED, RequestStatus.QUEUED,
                    "Queued for " + call.connector().displayName());
            held.ifPresent(h -> requests.transition(call.requestId(), RequestStatus.QUEUED, RequestStatus.HELD,
                    h.note()));
            idempotency.remember(call, 202, location, answer.toString());
        });
        held.ifPresent(h -> holds.holdDeliveries(call.connector(), h));
        exchange.setProperty(ACCEPTED_ANSWER, answer.toString());
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(FlowKeys.REQUEST_ID, call.requestId());
        // One message group per citizen (by the keyed NIK hash, never the NIK): the broker hands a
        // citizen's applications to one consumer at a time, so they reach the agency in order.
        message.setHeader(FlowKeys.CITIZEN_GROUP, nikHash);
        message.setBody(json.createObjectNode().put("requestId", call.requestId()).toString());
    }

    /**
     * The broker refused the message, or did not confirm it in time (it is down or restarting): the
     * application is FAILED (a message the broker kept anyway finds it FAILED and is not delivered),
     * its Idempotency-Key forgotten, the counter told to retry. Should the request have moved on
     * meanwhile (the broker had the message after all and a delivery took it), it was accepted: the
     * 202 stands, since a counter told to retry would submit it twice.
     */
    public void queueFailed(Exchange exchange) {
        ServiceCall call = call(exchange);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String why = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        // QUEUED, or HELD when the agency's office is closed or its circuit open.
        boolean failed = false;
        for (RequestStatus waiting : List.of(RequestStatus.QUEUED, RequestStatus.HELD)) {
            failed = failed || requests.transition(call.requestId(), waiting, RequestStatus.FAILED,
                    "Could not be queued", null, null, "The hub's message broker is unavailable");
        }
        if (!failed) {
            LOG.warn("Application {}: the broker reported a failed send ({}) but had the message; it is {}",
                    call.requestId(), why, requests.find(call.requestId()).map(r -> r.status().name()).orElse("?"));
            return;
        }
        LOG.error("Application {} could not be queued: {}", call.requestId(), why);
        idempotency.forget(call);
        throw new HubProblem(ProblemType.STORAGE_UNAVAILABLE,
                "The hub's message broker did not accept the application; nothing was submitted. Retry shortly.",
                List.of(), 10, Map.of());
    }

    /** 202 with the tracking code and where to follow the application (built and stored before queueing). */
    public void answerAccepted(Exchange exchange) {
        ServiceCall call = call(exchange);
        JsonAnswer.write(exchange, 202, exchange.getProperty(ACCEPTED_ANSWER, String.class),
                "/api/v1/requests/" + call.requestId());
    }

    /** The counter's answer to a payment: 200 paid, 202 pending (poll), or the problem. */
    public void answerPayment(Exchange exchange) {
        ServiceCall call = call(exchange);
        PaymentResult result = exchange.getMessage().getBody(PaymentResult.class);
        String location = "/api/v1/requests/" + result.requestId();
        switch (result.outcome()) {
            case PAID -> {
                ObjectNode body = json.createObjectNode();
                body.put("requestId", result.requestId());
                body.put("trackingCode", result.trackingCode());
                body.put("agency", call.connector().slug());
                body.put("service", call.service().id());
                body.set("result", result.payment());
                String text = body.toString();
                JsonAnswer.write(exchange, 200, text, location);
                idempotency.remember(call, 200, location, text);
            }
            case PENDING -> {
                ObjectNode body = json.createObjectNode();
                body.put("requestId", result.requestId());
                body.put("trackingCode", result.trackingCode());
                body.put("status", "PENDING");
                exchange.setProperty(FlowKeys.OUTCOME, "pending");
                body.put("detail", result.detail());
                String text = body.toString();
                JsonAnswer.write(exchange, 202, text, location);
                idempotency.remember(call, 202, location, text);
            }
            default -> {
                HubProblem problem = new HubProblem(result.problem(), result.detail(), List.of(), null,
                        Map.of("agency", call.connector().slug(), "paymentRequestId", result.requestId()));
                if (result.payment() != null) {
                    // The bank was asked: a retry under the same key must get this answer, never a new payment.
                    idempotency.remember(call, problem.type().status(), location,
                            ProblemDocument.render(problem, "/api/v1/agencies/" + call.connector().slug()
                                    + "/services/" + call.service().id(), call.requestId()));
                }
                throw problem;
            }
        }
    }

    /** Drops the Idempotency-Key claim of a failed call and fails the exchange again. */
    public void releaseAndRethrow(Exchange exchange) throws Exception {
        idempotency.release(exchange.getProperty(FlowKeys.CALL, ServiceCall.class));
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        throw cause != null ? cause : new IllegalStateException("call failed without an exception");
    }

    private void recordAccess(ServiceCall call, String purpose) {
        accessLog.record(access(call, purpose));
    }

    private CitizenAccessLog.Access access(ServiceCall call, String purpose) {
        return new CitizenAccessLog.Access(nikHasher.hash(call.nik()), call.clientId(), call.site(),
                call.role(), call.connector().slug(), call.service().id(), call.requestId(), purpose);
    }

    private static ServiceCall call(Exchange exchange) {
        return exchange.getProperty(FlowKeys.CALL, ServiceCall.class);
    }
}
