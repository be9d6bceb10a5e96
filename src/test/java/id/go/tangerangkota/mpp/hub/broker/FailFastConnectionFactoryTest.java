package id.go.tangerangkota.mpp.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * While the broker is down, connections are refused at once and only one caller at a time tries
 * the broker again; and the client's waits are bounded whatever the broker URL asks for.
 */
class FailFastConnectionFactoryTest {

    /** A broker that is down until told otherwise, counting the attempts made on it. */
    private static final class Broker {
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicBoolean up = new AtomicBoolean();

        ConnectionFactory factory() {
            return (ConnectionFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ConnectionFactory.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("createConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        attempts.incrementAndGet();
                        if (!up.get()) {
                            throw new JMSException("AMQ219007: Cannot connect to server(s)");
                        }
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> null);
                    });
        }
    }

    @Test
    void afterAFailedAttemptCallersAreRefusedAtOnceUntilOneProbeFindsTheBrokerBack() throws Exception {
        Broker broker = new Broker();
        FailFastConnectionFactory factory = new FailFastConnectionFactory(broker.factory(), Duration.ofMillis(300));

        assertThatThrownBy(factory::createConnection).hasMessageContaining("Cannot connect");
        assertThat(factory.refusing()).isTrue();
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(factory::createConnection).hasMessageContaining("not trying again yet");
        }
        assertThat(broker.attempts).as("refused without trying the broker").hasValue(1);

        Thread.sleep(350);
        assertThatThrownBy(factory::createConnection).hasMessageContaining("Cannot connect");
        assertThat(broker.attempts).as("one probe after the pause").hasValue(2);

        broker.up.set(true);
        Thread.sleep(350);
        assertThat(factory.createConnection()).isNotNull();
        assertThat(factory.refusing()).isFalse();
        assertThat(factory.createConnection()).isNotNull();
        assertThat(broker.attempts).hasValue(4);
    }

    @Test
    void theBrokerUrlCannotMakeASendWaitForeverOrStopWaitingForTheBrokersConfirmation() {
        ActiveMQConnectionFactory factory = new BrokerClientLimits(Duration.ofSeconds(10), Duration.ofSeconds(5))
                .bound(new ActiveMQConnectionFactory("tcp://127.0.0.1:1?callTimeout=60000&callFailoverTimeout=-1"
                        + "&reconnectAttempts=-1&blockOnDurableSend=false"));

        assertThat(factory.getCallTimeout()).isEqualTo(10_000);
        assertThat(factory.getCallFailoverTimeout()).isEqualTo(10_000);
        assertThat(factory.isBlockOnDurableSend()).isTrue();
        assertThat(factory.isUseTopologyForLoadBalancing()).isFalse();
        assertThat(factory.getServerLocator().getStaticTransportConfigurations()[0].getParams())
                .containsEntry(TransportConstants.NETTY_CONNECT_TIMEOUT, 5000);

        ActiveMQConnectionFactory stated = new BrokerClientLimits(Duration.ofSeconds(10), Duration.ofSeconds(5))
                .bound(new ActiveMQConnectionFactory("tcp://127.0.0.1:1?callTimeout=3000&connect-timeout-millis=1000"));
        assertThat(stated.getCallTimeout()).as("a shorter wait stays").isEqualTo(3000);
        assertThat(stated.getServerLocator().getStaticTransportConfigurations()[0].getParams())
                .containsEntry(TransportConstants.NETTY_CONNECT_TIMEOUT, "1000");
    }
}
