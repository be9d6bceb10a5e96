package id.go.tangerangkota.mpp.hub.broker;

import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the hub's queue settings get to its broker: written into the embedded broker's configuration.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    @Bean
    EmbeddedBrokerQueues embeddedBrokerQueues(ConnectorRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker) {
        return new EmbeddedBrokerQueues(registry, broker);
    }
}
