package id.go.tangerangkota.mpp.hub.request;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.connector.DeliveryQueues;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.springframework.jms.core.JmsTemplate;

/**
 * An agency's dead letters ({@code mpp.agency.<slug>.dlq}): the applications the broker gave up on
 * after the descriptor's delivery attempts, each FAILED in the request store with its reason.
 * Integrators list them; an admin replays one or all once the cause is mended (the request goes
 * back to QUEUED and a fresh message to the agency's queue, so its attempts start again), or
 * discards one with a written reason that stays in the request's history.
 *
 * <p>Each move takes the message off the dead-letter queue in a local broker transaction that
 * commits only after the request store agreed, so a message is never dropped without its request
 * having been moved, and a request replayed twice is sent once.
 */
public class DeadLetters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JmsTemplate jms;
    private final RequestStore requests;

    public DeadLetters(ConnectionFactory connectionFactory, RequestStore requests) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.requests = requests;
        // Receiving from the dead-letter queue must not wait for messages that are not there.
        this.jms.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
    }

    /**
     * One dead letter with its request as the store has it.
     *
     * @param requestId the application
     * @param request   the stored request, if the store still has it
     */
    public record DeadLetter(String requestId, Optional<ServiceRequest> request) {
    }

    /** The dead letters of an agency, oldest first. */
    public List<DeadLetter> list(String slug) {
        return jms.browse(DeliveryQueues.dlqOf(slug), (Session session, jakarta.jms.QueueBrowser browser) -> {
            List<DeadLetter> letters = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                String id = requestIdOf((Message) messages.nextElement());
                if (id != null) {
                    letters.add(new DeadLetter(id, requests.find(id)));
                }
            }
            return letters;
        });
    }

    /**
     * Sends one dead letter back to its agency's queue.
     *
     * @return false when the request is not among the agency's dead letters
     */
    public boolean replay(String slug, String requestId, String by) {
        return Boolean.TRUE.equals(jms.execute(session -> {
            Message letter = take(session, slug, requestId);
            if (letter == null) {
                return false;
            }
            boolean moved = requests.transition(requestId, RequestStatus.FAILED, RequestStatus.QUEUED,
                    "Replayed from the dead-letter queue by " + by);
            if (moved) {
                Queue queue = session.createQueue(DeliveryQueues.queueOf(slug));
                TextMessage message = session.createTextMessage(bodyOf(requestId));
                // As at intake: the request id (the sweeper looks for it) and the citizen's group (order).
                message.setStringProperty(FlowKeys.REQUEST_ID, requestId);
                requests.find(requestId).ifPresent(r -> setGroup(message, r.nikHash()));
                session.createProducer(queue).send(message);
            }
            // A letter whose request is no longer FAILED (replayed or decided otherwise) is stale: drop it.
            session.commit();
            return moved;
        }, true));
    }

    /** Replays every dead letter of an agency; returns how many went back to its queue. */
    public int replayAll(String slug, String by) {
        int replayed = 0;
        for (DeadLetter letter : list(slug)) {
            if (replay(slug, letter.requestId(), by)) {
                replayed++;
            }
        }
        return replayed;
    }

    /**
     * Removes one dead letter for good; the request stays FAILED and its history says who discarded
     * it and why.
     *
     * @return false when the request is not among the agency's dead letters
     */
    public boolean discard(String slug, String requestId, String by, String reason) {
        return Boolean.TRUE.equals(jms.execute(session -> {
            Message letter = take(session, slug, requestId);
            if (letter == null) {
                return false;
            }
            requests.record(requestId, RequestStatus.FAILED, "Dead letter discarded by " + by + ": " + reason, null);
            session.commit();
            return true;
        }, true));
    }

    /** Takes the dead letter of one request off the queue, inside the session's transaction. */
    private static Message take(Session session, String slug, String requestId) throws JMSException {
        Queue dlq = session.createQueue(DeliveryQueues.dlqOf(slug));
        String messageId = null;
        try (jakarta.jms.QueueBrowser browser = session.createBrowser(dlq)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && messageId == null) {
                Message m = (Message) messages.nextElement();
                if (requestId.equals(requestIdOf(m))) {
                    messageId = m.getJMSMessageID();
                }
            }
        }
        if (messageId == null) {
            return null;
        }
        try (MessageConsumer consumer = session.createConsumer(dlq, "JMSMessageID = '" + messageId + "'")) {
            return consumer.receive(2000);
        }
    }

    private static String requestIdOf(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                return JSON.readTree(text.getText()).path("requestId").asText(null);
            }
        } catch (JMSException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
        return null;
    }

    private static void setGroup(TextMessage message, String nikHash) {
        try {
            message.setStringProperty(FlowKeys.CITIZEN_GROUP, nikHash);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot set the message group", e);
        }
    }

    private static String bodyOf(String requestId) {
        return JSON.createObjectNode().put("requestId", requestId).toString();
    }
}
