package id.go.tangerangkota.mpp.hub.broker;

import java.time.Duration;

import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * Which broker the hub uses, and how its queue settings get there.
 *
 * <p>{@code spring.artemis.mode=embedded} (the default): Spring Boot starts the embedded broker and
 * its connection factory; the settings are written into the broker's configuration.
 *
 * <p>{@code spring.artemis.mode=native}: an external broker or HA pair at
 * {@code spring.artemis.broker-url}, as {@code spring.artemis.user} with
 * {@code spring.artemis.password} (from configuration or the environment). The hub makes the
 * connection factory itself, so that every connection is bounded ({@link BrokerClientLimits}) and
 * refused at once while the broker is down ({@link FailFastConnectionFactory}); with this factory
 * present Spring Boot's Artemis configuration, embedded broker included, stands back (and with it
 * {@code spring.artemis.pool.*}: the flows share one cached connection, {@code spring.jms.cache.*}).
 * The settings go to the broker through its management address.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerConfiguration.class);
    private static final String NATIVE = "'${spring.artemis.mode:embedded}'.equalsIgnoreCase('native')";

    /** How to reach the external broker, from {@code spring.artemis.*}; the password is never logged. */
    record ExternalBroker(String url, String user, String password, BrokerClientLimits limits) {

        ActiveMQConnectionFactory connectionFactory() {
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
            if (user != null && !user.isBlank()) {
                factory.setUser(user);
                factory.setPassword(password);
            }
            return limits.bound(factory);
        }

        @Override
        public String toString() {
            return "ExternalBroker[" + ExternalBrokerQueues.withoutQuery(url) + " as " + user + "]";
        }
    }

    @Bean
    @ConditionalOnExpression("!" + NATIVE)
    EmbeddedBrokerQueues embeddedBrokerQueues(ConnectorRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker) {
        return new EmbeddedBrokerQueues(registry, broker);
    }

    @Bean
    @ConditionalOnExpression(NATIVE)
    ExternalBroker externalBroker(@Value("${spring.artemis.broker-url:tcp://localhost:61616}") String url,
            @Value("${spring.artemis.user:}") String user, @Value("${spring.artemis.password:}") String password,
            @Value("${mpp.broker.call-timeout:PT10S}") Duration callTimeout,
            @Value("${mpp.broker.connect-timeout:PT5S}") Duration connectTimeout) {
        return new ExternalBroker(url, user, password, new BrokerClientLimits(callTimeout, connectTimeout));
    }

    /** The connection factory every flow uses: one cached connection, refused at once while the broker is down. */
    @Bean(name = "jmsConnectionFactory")
    @ConditionalOnExpression(NATIVE)
    FailFastConnectionFactory jmsConnectionFactory(ExternalBroker broker,
            @Value("${spring.jms.cache.session-cache-size:1}") int sessionCacheSize,
            @Value("${spring.jms.cache.producers:true}") boolean cacheProducers,
            @Value("${spring.jms.cache.consumers:false}") boolean cacheConsumers,
            @Value("${mpp.broker.retry-interval:PT1S}") Duration retryInterval) {
        ActiveMQConnectionFactory artemis = broker.connectionFactory();
        LOG.info("External broker {} as {}: callTimeout {} ms, callFailoverTimeout {} ms, reconnectAttempts {}",
                ExternalBrokerQueues.withoutQuery(broker.url()), broker.user().isBlank() ? "(no user)" : broker.user(),
                artemis.getCallTimeout(), artemis.getCallFailoverTimeout(), artemis.getReconnectAttempts());
        CachingConnectionFactory cached = new CachingConnectionFactory(artemis);
        cached.setSessionCacheSize(sessionCacheSize);
        cached.setCacheProducers(cacheProducers);
        cached.setCacheConsumers(cacheConsumers);
        return new FailFastConnectionFactory(cached, retryInterval);
    }

    @Bean
    @ConditionalOnExpression(NATIVE)
    ExternalBrokerQueues externalBrokerQueues(ExternalBroker broker,
            @Value("${mpp.broker.management-address:activemq.management}") String managementAddress,
            @Value("${mpp.broker.call-timeout:PT10S}") Duration timeout) {
        // Management calls get a factory of their own: plain connections, apart from the flows' shared one.
        return new ExternalBrokerQueues(new BrokerManagement(broker.connectionFactory(), managementAddress, timeout),
                broker.url());
    }
}
