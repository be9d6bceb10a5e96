package id.go.tangerangkota.mpp.hub.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.security.OperationRules;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the audit trail: the store and its single writer, the API's filters (one before the API key
 * filter, one right after it), the agency-call steps ({@code agencyAudit}) and the admin API
 * ({@code auditApi}).
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditStore auditStore(DataSource dataSource) {
        return new AuditStore(dataSource);
    }

    @Bean(destroyMethod = "close")
    AuditWriter auditWriter(AuditStore store, MeterRegistry meters,
            @Value("${mpp.audit.batch-size:256}") int batchSize,
            @Value("${mpp.audit.queue-capacity:10000}") int queueCapacity,
            @Value("${mpp.audit.append-timeout:PT10S}") Duration appendTimeout) {
        return new AuditWriter(store, batchSize, queueCapacity, appendTimeout, meters);
    }

    @Bean
    AuditVerifier auditVerifier(AuditStore store) {
        return new AuditVerifier(store, 1000);
    }

    @Bean
    AuditApi auditApi(AuditStore store, AuditVerifier verifier, ObjectMapper json) {
        return new AuditApi(store, verifier, json);
    }

    @Bean
    AgencyCallAudit agencyAudit(AuditWriter writer, Clock clock) {
        return new AgencyCallAudit(writer, clock);
    }

    @Bean
    ApiOperations apiOperations(OperationRules rules) {
        return new ApiOperations(rules);
    }

    @Bean
    CounterCallRecorder counterCallRecorder(AuditWriter writer, Clock clock) {
        return new CounterCallRecorder(writer, clock);
    }

    /**
     * Before the API key filter (HIGHEST_PRECEDENCE + 10), so refused keys are audited, and after the
     * request id and trace filters, whose ids the entry carries. Mapped to every path because the
     * error page's dispatch (/error) must reach it too; it audits only calls under /api/.
     */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(ApiOperations operations, CounterCallRecorder recorder,
            @Value("${mpp.audit.response-hold-bytes:1048576}") int holdLimit) {
        FilterRegistrationBean<AuditFilter> registration =
                new FilterRegistrationBean<>(new AuditFilter(operations, recorder, holdLimit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Right after the API key filter: the authenticated client's identity for the entry. */
    @Bean
    FilterRegistrationBean<AuditIdentityFilter> auditIdentityFilter() {
        FilterRegistrationBean<AuditIdentityFilter> registration = new FilterRegistrationBean<>(new AuditIdentityFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    ServletListenerRegistrationBean<CounterCallCompletion> counterCallCompletion(CounterCallRecorder recorder) {
        return new ServletListenerRegistrationBean<>(new CounterCallCompletion(recorder));
    }
}
