package id.go.tangerangkota.mpp.hub.broker;

import java.time.Duration;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;

/**
 * Calls operations of an external Artemis broker ({@code ActiveMQServerControl}) with management
 * messages: each a request to the broker's management address, answered on a temporary queue. The
 * broker checks that the hub's user has the {@code manage} permission there.
 *
 * <p>The calls use a connection of their own, apart from the hub's shared one, and each waits at
 * most {@code timeout} for its answer: a broker that does not answer must not hang the hub's start
 * or a connector reload.
 */
public class BrokerManagement {

    private final ConnectionFactory connections;
    private final String managementAddress;
    private final Duration timeout;

    /**
     * @param connections       a factory of plain (uncached) connections to the broker
     * @param managementAddress the broker's management address ({@code activemq.management} unless
     *                          its {@code management-address} says otherwise)
     * @param timeout           the longest wait for one answer
     */
    public BrokerManagement(ConnectionFactory connections, String managementAddress, Duration timeout) {
        this.connections = connections;
        this.managementAddress = managementAddress;
        this.timeout = timeout;
    }

    /**
     * Opens a connection for a few calls.
     *
     * @throws BrokerSettingsException when the broker cannot be reached
     */
    public Calls open() {
        try {
            return new Calls(connections.createConnection());
        } catch (JMSSecurityException e) {
            throw new BrokerSettingsException("the broker refused the hub's user: " + e.getMessage(), e);
        } catch (JMSException e) {
            throw BrokerSettingsException.unreachable("the broker cannot be reached: " + e.getMessage(), e);
        }
    }

    /** Management calls over one connection; close it when done. */
    public final class Calls implements AutoCloseable {

        private final Connection connection;
        private final Session session;
        private final Queue management;
        private final TemporaryQueue replies;
        private final MessageConsumer answers;

        private Calls(Connection connection) throws JMSException {
            this.connection = connection;
            try {
                connection.start();
                session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                management = session.createQueue(managementAddress);
                replies = session.createTemporaryQueue();
                answers = session.createConsumer(replies);
            } catch (JMSException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        /**
         * Invokes an operation of the broker and gives its result.
         *
         * @throws BrokerSettingsException when the broker does not answer in time or refuses the
         *                                 operation (its reason is in the message)
         */
        public Object invoke(String operation, Object... parameters) {
            return call(ResourceNames.BROKER + " " + operation, request ->
                    JMSManagementHelper.putOperationInvocation(request, ResourceNames.BROKER, operation, parameters));
        }

        /**
         * Whether the broker has a queue of this name.
         *
         * @throws BrokerSettingsException when the broker does not answer in time
         */
        public boolean hasQueue(String name) {
            try {
                call("queue " + name, request ->
                        JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + name, "name"));
                return true;
            } catch (Refused e) {
                // The broker has no such resource (or does not let the hub see it): not there for the hub.
                return false;
            }
        }

        /**
         * How many messages wait in a queue, or -1 when the broker has no such queue.
         *
         * @throws BrokerSettingsException when the broker does not answer in time
         */
        public long messageCount(String name) {
            try {
                Object count = call("queue " + name + " message count", request ->
                        JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + name, "messageCount"));
                return count instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(count));
            } catch (Refused e) {
                return -1;
            }
        }

        private Object call(String what, Request content) {
            try {
                Message request = session.createMessage();
                content.fill(request);
                request.setJMSReplyTo(replies);
                try (MessageProducer producer = session.createProducer(management)) {
                    producer.send(request);
                }
                Message reply = answers.receive(timeout.toMillis());
                if (reply == null) {
                    throw new BrokerSettingsException("the broker did not answer " + what + " within " + timeout);
                }
                Object result = JMSManagementHelper.getResult(reply);
                if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
                    throw new Refused("the broker refused " + what + ": " + result);
                }
                return result;
            } catch (BrokerSettingsException e) {
                throw e;
            } catch (JMSSecurityException e) {
                // The hub's user may not manage the broker (no "manage" permission on its management address).
                throw new Refused("the broker refused " + what + " to the hub's user: " + e.getMessage(), e);
            } catch (JMSException e) {
                throw BrokerSettingsException.unreachable(what + " could not be sent to the broker: " + e.getMessage(), e);
            } catch (Exception e) {
                throw new BrokerSettingsException("the broker's answer to " + what + " could not be read: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (JMSException e) {
                // The connection is gone either way; nothing to keep.
            }
        }
    }

    /** Puts one management request into a message. */
    @FunctionalInterface
    private interface Request {
        void fill(Message message) throws JMSException;
    }

    /** The broker answered, and said no. */
    private static final class Refused extends BrokerSettingsException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
