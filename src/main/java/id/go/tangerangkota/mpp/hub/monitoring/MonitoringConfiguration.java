package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.MonitoringApi;
import id.go.tangerangkota.mpp.hub.broker.BrokerQueues;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryHold;
import id.go.tangerangkota.mpp.hub.resilience.OfficeHours;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans of route health: agency states and their health component, the figures of agency calls
 * and counter calls, the sampler of queues and held requests, and the gauges built on it.
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringConfiguration {

    @Bean
    AgencyStates agencyStates(AgencyGuards guards, OfficeHours officeHours) {
        return new AgencyStates(guards, officeHours);
    }

    /** Named {@code connectors} on the health endpoint (Spring Boot drops the bean name's suffix). */
    @Bean
    ConnectorsHealth connectorsHealthContributor(ConnectorRegistry registry, AgencyStates states) {
        return new ConnectorsHealth(registry, states);
    }

    @Bean
    RecentFailures recentFailures(@Value("${mpp.monitoring.recent-failures:500}") int capacity) {
        return new RecentFailures(capacity);
    }

    @Bean
    AgencyCallStatistics agencyCallStatistics(MeterRegistry meters, RecentFailures failures, Clock clock) {
        return new AgencyCallStatistics(meters, failures, clock);
    }

    /** A Camel event notifier: Camel Spring Boot adds it to the context. */
    @Bean
    CounterCallMetrics counterCallMetrics(MeterRegistry meters) {
        return new CounterCallMetrics(meters);
    }

    @Bean
    ApplicationOutcomes applicationOutcomes(RequestStore requests, MeterRegistry meters, RecentFailures failures,
            Clock clock) {
        ApplicationOutcomes outcomes = new ApplicationOutcomes(requests, meters, failures, clock);
        requests.addListener(outcomes);
        return outcomes;
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    AgencyMonitor agencyMonitor(ConnectorRegistry registry, AgencyStates states, AgencyGuards guards,
            BrokerQueues broker, RequestStore requests, AgencyCallStatistics calls, MeterRegistry meters,
            Clock clock, @Value("${mpp.monitoring.sample-interval:PT5S}") Duration interval,
            @Value("${mpp.monitoring.history:PT30M}") Duration history) {
        AgencyMonitor monitor = new AgencyMonitor(registry, states, guards, broker, requests, calls, clock, interval,
                history);
        monitor.addListener(new AgencyGauges(meters));
        return monitor;
    }

    /** The admin API's monitoring views (routes/api/counter-api.camel.yaml calls it by this name). */
    @Bean
    MonitoringApi monitoringApi(ConnectorRegistry registry, AgencyMonitor monitor, AgencyCallStatistics calls,
            RecentFailures failures, DeliveryHold deliveryHold, CamelContext camel, MeterRegistry meters,
            ObjectMapper json) {
        return new MonitoringApi(registry, monitor, calls, failures, deliveryHold, camel, meters, json);
    }
}
