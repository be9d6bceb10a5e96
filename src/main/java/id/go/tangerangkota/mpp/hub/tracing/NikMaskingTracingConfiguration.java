package id.go.tangerangkota.mpp.hub.tracing;

import io.micrometer.observation.ObservationFilter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps NIKs out of observations and exported spans, as the log converters keep them out of the
 * logs: the observation filter masks tags (Spring's spans and metrics), and every span exporter,
 * the OTLP one or any other, is wrapped to mask what Camel's spans carry.
 */
@Configuration(proxyBeanMethods = false)
public class NikMaskingTracingConfiguration {

    @Bean
    ObservationFilter nikMaskingObservationFilter() {
        return new NikMaskingObservationFilter();
    }

    @Bean
    static BeanPostProcessor nikMaskingSpanExporters() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SpanExporter exporter && !(bean instanceof NikMaskingSpanExporter)
                        ? new NikMaskingSpanExporter(exporter) : bean;
            }
        };
    }
}
