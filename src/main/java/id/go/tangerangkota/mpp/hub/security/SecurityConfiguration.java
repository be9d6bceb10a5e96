package id.go.tangerangkota.mpp.hub.security;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.ClientsApi;
import id.go.tangerangkota.mpp.hub.api.CounterRights;
import id.go.tangerangkota.mpp.hub.api.JsonInputLimits;
import id.go.tangerangkota.mpp.hub.api.OpenApiDocument;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may call what, in front of the API, in this order: the API key check (who is calling), the rate
 * limit (how often), then the operation's rule (may this caller call it). The audit's identity filter
 * sits between the key check and the rate limit (order + 1), so refused calls are audited with their
 * client. All three come before the
 * body limits, so a caller without rights learns nothing about what the API would accept.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Order of the API key check; the other security filters follow it directly. */
    public static final int API_KEY_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    OperationRules operationRules(ResourceLoader resources) throws IOException {
        try (InputStream in = resources.getResource(OpenApiDocument.LOCATION).getInputStream()) {
            return OperationRules.read(in);
        }
    }

    @Bean
    ApiClientStore apiClientStore(JdbcTemplate jdbc, Clock clock) {
        return new ApiClientStore(jdbc, clock);
    }

    @Bean
    ApiClientRegistry apiClientRegistry(ApiClientProperties properties, ApiClientStore store) {
        return new ApiClientRegistry(properties, store);
    }

    @Bean
    AccessRights accessRights(AccessRightsProperties properties) {
        return new AccessRights(properties);
    }

    @Bean
    CounterRights counterRights(ConnectorRegistry registry, AccessRights rights) {
        return new CounterRights(registry, rights);
    }

    @Bean
    ClientsApi clientsApi(ApiClientStore store, ApiClientRegistry clients, ConnectorRegistry registry, ObjectMapper json,
            JsonInputLimits limits) {
        return new ClientsApi(store, clients, registry, json, limits);
    }

    @Bean
    ClientRateLimits clientRateLimits(RateLimitProperties properties) {
        return new ClientRateLimits(properties);
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiClientRegistry clients, OperationRules rules) {
        return apiOnly(new ApiKeyFilter(clients, rules), API_KEY_ORDER);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ClientRateLimits limits) {
        return apiOnly(new RateLimitFilter(limits), API_KEY_ORDER + 2);
    }

    @Bean
    FilterRegistrationBean<OperationAccessFilter> operationAccessFilter(OperationRules rules) {
        return apiOnly(new OperationAccessFilter(rules), API_KEY_ORDER + 3);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> apiOnly(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
