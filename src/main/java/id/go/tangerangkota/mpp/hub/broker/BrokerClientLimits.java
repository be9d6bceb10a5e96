package id.go.tangerangkota.mpp.hub.broker;

import java.time.Duration;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Bounds how long the hub's Artemis client may wait for an external broker, whatever the broker URL
 * says. A counter's application is answered 202 only after the broker confirmed the persistent
 * send, so a send must neither hang nor stop waiting for that confirmation:
 * <ul>
 * <li>{@code callTimeout} (wait for the broker's answer to a send or any blocking call) and
 * {@code callFailoverTimeout} (wait while the client reconnects; {@code -1} in a URL means forever,
 * which would hang every counter for the length of a broker outage) are at most
 * {@code mpp.broker.call-timeout}: past it the application is refused with a 503;</li>
 * <li>a TCP connect waits at most {@code mpp.broker.connect-timeout} (Artemis' default is the
 * connection TTL, 60 s) unless the URL sets {@code connect-timeout-millis};</li>
 * <li>without HA ({@code ha=true}) the client connects to the brokers its URL names only: a single
 * broker's topology names that broker again, and trying it a second time costs a
 * {@code retryInterval} (2 s) on every failed connection while the broker is down;</li>
 * <li>persistent sends stay blocking ({@code blockOnDurableSend}), so the confirmation exists.</li>
 * </ul>
 * Reconnection itself is left to Spring (the cached connection is dropped when the broker's
 * connection fails and made again on the next use; listener containers recover by themselves), so a
 * single broker needs no {@code reconnectAttempts}; an HA pair may set them, bounded as above.
 */
public final class BrokerClientLimits {

    private final long callTimeoutMs;
    private final long connectTimeoutMs;

    public BrokerClientLimits(Duration callTimeout, Duration connectTimeout) {
        this.callTimeoutMs = callTimeout.toMillis();
        this.connectTimeoutMs = connectTimeout.toMillis();
    }

    /** Applies the bounds to a connection factory that has not made a connection yet. */
    public ActiveMQConnectionFactory bound(ActiveMQConnectionFactory factory) {
        if (factory.getCallTimeout() <= 0 || factory.getCallTimeout() > callTimeoutMs) {
            factory.setCallTimeout(callTimeoutMs);
        }
        if (factory.getCallFailoverTimeout() < 0 || factory.getCallFailoverTimeout() > callTimeoutMs) {
            factory.setCallFailoverTimeout(callTimeoutMs);
        }
        factory.setBlockOnDurableSend(true);
        if (!factory.isHA()) {
            factory.setUseTopologyForLoadBalancing(false);
        }
        TransportConfiguration[] transports = factory.getServerLocator().getStaticTransportConfigurations();
        if (transports != null) {
            for (TransportConfiguration transport : transports) {
                transport.getParams().putIfAbsent(TransportConstants.NETTY_CONNECT_TIMEOUT, (int) connectTimeoutMs);
            }
        }
        return factory;
    }
}
