package id.go.tangerangkota.mpp.hub.monitoring;

import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.resilience.OfficeHours;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of route health: agency states and their health component. */
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
}
