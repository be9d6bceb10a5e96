package id.go.tangerangkota.mpp.hub.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.HttpCall;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.tracing.TraceIds;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route steps that audit the hub's calls to agencies. The {@code agency-call} template runs
 * {@link #start} first and {@link #record} last (in its doFinally); each protocol kamelet runs
 * {@link #sending} just before its wire step and {@link #received} just after it, so the digests
 * are of the bytes sent and received (for HTTP agencies exactly; see docs for SOAP and ISO 8583).
 * One entry per round trip: a SNAP call that renews its token and sends again has two.
 *
 * <p>An agency call's entry is durable before the counter hears of it. Within a counter's own call
 * (an inquiry, a payment, a precondition check) it is appended without waiting: the single writer
 * stores entries in the order they were appended, and the counter call's own entry, appended later,
 * is awaited before the answer leaves, so one commit wait covers both. A delivery from the queue,
 * with no counter waiting, waits for its entries itself. When it cannot be stored the call's result still stands (the agency has
 * already acted; failing now would repeat a delivery or leave a payment unknown): the failure is
 * logged and counted ({@code mpp_audit_append_failures_total}), and the counter call that caused it
 * is itself refused with 503 by {@link AuditFilter} when its own entry cannot be stored either.
 */
public class AgencyCallAudit {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyCallAudit.class);
    private static final String PROPERTY = "mppAuditAgencyCall";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditWriter writer;
    private final Clock clock;

    public AgencyCallAudit(AuditWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * First step of every agency call: for whom it is made. The counter's headers do not reach an
     * agency call (it runs on a copy, or from the queue), so the canonical envelope, which names the
     * request and its caller, is the source; the headers are the fallback.
     */
    public void start(Exchange exchange) {
        Message in = exchange.getMessage();
        JsonNode envelope = envelopeOf(exchange);
        String requestId = exchange.getProperty(FlowKeys.REQUEST_ID, String.class);
        if (requestId == null) {
            requestId = text(envelope.path("requestId"), in.getHeader(HttpCall.REQUEST_ID_HEADER, String.class));
        }
        JsonNode caller = envelope.path("caller");
        exchange.setProperty(PROPERTY, new Call(
                text(caller.path("clientId"), in.getHeader(HttpCall.CLIENT_ID_HEADER, String.class)),
                text(caller.path("site"), in.getHeader(HttpCall.CLIENT_SITE_HEADER, String.class)),
                in.getHeader(HttpCall.CLIENT_ROLE_HEADER, String.class), requestId, TraceIds.current()));
    }

    private static JsonNode envelopeOf(Exchange exchange) {
        JsonNode envelope = exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class);
        if (envelope != null) {
            return envelope;
        }
        if (exchange.getMessage().getBody() instanceof String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                // No envelope: the headers are all there is.
            }
        }
        return JSON.missingNode();
    }

    private static String text(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : fallback;
    }

    /** Just before the wire step: the body is what goes to the agency. */
    public void sending(Exchange exchange) {
        Call call = exchange.getProperty(PROPERTY, Call.class);
        if (call != null) {
            call.trips.add(new Trip(digest(exchange)));
        }
    }

    /** Just after the wire step: the body is what the agency answered. */
    public void received(Exchange exchange) {
        Call call = exchange.getProperty(PROPERTY, Call.class);
        if (call != null && !call.trips.isEmpty()) {
            Trip trip = call.trips.get(call.trips.size() - 1);
            trip.status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            trip.responseDigest = digest(exchange);
        }
    }

    /** Last step of every agency call, answered or failed: appends its entries and waits for them. */
    public void record(Exchange exchange) {
        Call call = exchange.getProperty(PROPERTY, Call.class);
        exchange.removeProperty(PROPERTY);
        if (call == null || call.trips.isEmpty()) {
            return;
        }
        String agency = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String service = exchange.getProperty(AgencyGuards.CALL_SERVICE, String.class);
        String method = exchange.getProperty(FlowKeys.AGENCY_METHOD, String.class);
        String target = exchange.getProperty(FlowKeys.AGENCY_PATH, String.class);
        if (method == null) {
            // SOAP and ISO 8583 have no method and path: the operation (or message type) names the call.
            method = exchange.getProperty("mppSoapOperation") != null ? "SOAP" : "ISO8583";
            Object operation = exchange.getProperty("mppSoapOperation") != null
                    ? exchange.getProperty("mppSoapOperation") : exchange.getProperty("mppAgencyOperation");
            target = operation == null ? null : operation.toString();
        }
        String outcome = outcomeOf(exchange);
        for (int i = 0; i < call.trips.size(); i++) {
            Trip trip = call.trips.get(i);
            AuditRecord record = new AuditRecord(clock.instant(), AuditKind.AGENCY_CALL, call.clientId, call.site,
                    call.role, "call-" + agency + "-" + service, method, target, agency, service, call.requestId,
                    call.traceId, trip.status, i < call.trips.size() - 1 ? "RETRIED" : outcome, trip.requestDigest,
                    trip.responseDigest);
            if (counterWaits(exchange)) {
                writer.append(record).whenComplete((entry, failure) -> {
                    if (failure != null) {
                        LOG.error("Agency call to {} ({}) could not be audited: {}", agency, service,
                                failure.getMessage());
                    }
                });
                continue;
            }
            try {
                writer.appendAndWait(record);
            } catch (RuntimeException e) {
                LOG.error("Agency call to {} ({}) could not be audited: {}", agency, service, e.getMessage());
            }
        }
    }

    /** Whether this agency call runs inside a counter's HTTP call, whose own audit entry is awaited later. */
    private static boolean counterWaits(Exchange exchange) {
        return exchange.getFromEndpoint() != null
                && exchange.getFromEndpoint().getEndpointUri().startsWith("platform-http");
    }

    private static String outcomeOf(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        if (failure != null) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof HubProblem p) {
                    return "FAILED: " + p.detail();
                }
            }
            return "FAILED: " + failure.getClass().getSimpleName();
        }
        if (exchange.getMessage().getBody() instanceof AgencyOutcome outcome) {
            return outcome.kind().name();
        }
        return "ANSWERED";
    }

    /** SHA-256 of the body's bytes; an answer read from a stream is kept as bytes for the next steps. */
    private static String digest(Exchange exchange) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        byte[] bytes;
        if (body == null) {
            return null;
        } else if (body instanceof byte[] b) {
            bytes = b;
        } else if (body instanceof String s) {
            bytes = s.getBytes(charsetOf(exchange));
        } else if (body instanceof InputStream || body instanceof StreamCache) {
            // Reading consumes the stream: the next steps get the same bytes.
            bytes = message.getBody(byte[].class);
            message.setBody(bytes);
        } else {
            String text = message.getBody(String.class);
            bytes = text == null ? null : text.getBytes(charsetOf(exchange));
        }
        return bytes == null || bytes.length == 0 ? null : Digests.sha256Hex(bytes);
    }

    private static Charset charsetOf(Exchange exchange) {
        String name = exchange.getProperty(Exchange.CHARSET_NAME, String.class);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static final class Call {
        final String clientId;
        final String site;
        final String role;
        final String requestId;
        final String traceId;
        final List<Trip> trips = new ArrayList<>(1);

        Call(String clientId, String site, String role, String requestId, String traceId) {
            this.clientId = clientId;
            this.site = site;
            this.role = role;
            this.requestId = requestId;
            this.traceId = traceId;
        }
    }

    private static final class Trip {
        final String requestDigest;
        Integer status;
        String responseDigest;

        Trip(String requestDigest) {
            this.requestDigest = requestDigest;
        }
    }
}
