package id.go.tangerangkota.mpp.hub.request;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.connector.DeliveryQueues;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Puts back on its queue an application stored QUEUED whose message is missing: the hub stores the
 * application (and its 202 answer) before it sends the message, so a crash between the two would
 * otherwise leave an accepted application that is never delivered. A request still QUEUED after
 * {@code mpp.delivery.requeue-after} whose message cannot be found on its agency's queue is queued
 * again; should both copies exist after all, the second finds the request decided and is dropped.
 */
public class QueuedRequestSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedRequestSweeper.class);

    private final RequestStore requests;
    private final JmsTemplate queues;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration requeueAfter;

    public QueuedRequestSweeper(RequestStore requests, JmsTemplate queues, ObjectMapper json, Clock clock,
            Duration requeueAfter) {
        this.requests = requests;
        this.queues = queues;
        this.json = json;
        this.clock = clock;
        this.requeueAfter = requeueAfter;
    }

    @Scheduled(fixedDelayString = "${mpp.delivery.sweep-interval:PT1M}",
            initialDelayString = "${mpp.delivery.sweep-interval:PT1M}")
    public void sweep() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(requeueAfter);
        for (ServiceRequest r : requests.stale("application", RequestStatus.QUEUED, before, 100)) {
            if (!RequestIds.looksValid(r.id())) {
                // The id goes into a JMS selector below: only the hub's own ids, never quotes.
                continue;
            }
            String queue = DeliveryQueues.queueOf(r.agency());
            Boolean present = queues.browseSelected(queue, FlowKeys.REQUEST_ID + " = '" + r.id() + "'",
                    (session, browser) -> browser.getEnumeration().hasMoreElements());
            if (Boolean.FALSE.equals(present)) {
                String body = json.createObjectNode().put("requestId", r.id()).toString();
                queues.convertAndSend(queue, body, m -> {
                    m.setStringProperty(FlowKeys.REQUEST_ID, r.id());
                    m.setStringProperty(FlowKeys.CITIZEN_GROUP, r.nikHash());
                    return m;
                });
                requests.record(r.id(), RequestStatus.QUEUED, "Queued again: its message was missing", null);
                LOG.warn("Application {} was QUEUED without a message on {}; queued again", r.id(), queue);
            }
        }
    }
}
