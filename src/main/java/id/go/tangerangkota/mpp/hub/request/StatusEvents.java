package id.go.tangerangkota.mpp.hub.request;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * Publishes every status change on the topic {@code mpp.events}, for counters following their
 * citizens' applications. Events carry ids, agency, service and status, never personal data. They
 * are notifications: the request store stays the truth, so a lost event costs a poll, nothing more.
 */
public class StatusEvents implements StatusListener {

    /** The topic counters subscribe to. */
    public static final String TOPIC = "mpp.events";

    private static final Logger LOG = LoggerFactory.getLogger(StatusEvents.class);

    private final RequestStore requests;
    private final JmsTemplate topic;
    private final ObjectMapper json;
    private final Clock clock;

    public StatusEvents(RequestStore requests, JmsTemplate topic, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.topic = topic;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void statusChanged(String requestId, RequestStatus status) {
        try {
            ServiceRequest r = requests.find(requestId).orElseThrow();
            ObjectNode event = json.createObjectNode();
            event.put("type", "request.status");
            event.put("requestId", r.id());
            event.put("trackingCode", r.trackingCode());
            event.put("agency", r.agency());
            event.put("service", r.service());
            event.put("status", status.name());
            event.put("at", OffsetDateTime.now(clock).toString());
            topic.convertAndSend(TOPIC, event.toString());
        } catch (RuntimeException e) {
            LOG.warn("Status event for {} ({}) not published: {}", requestId, status, e.getMessage());
        }
    }
}
